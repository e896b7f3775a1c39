import {createHash} from 'node:crypto'
import {UserError} from '../model/errors.js'
import {writeOutputFile} from '../io/atomic-write.js'
import {readInput} from '../io/read-input.js'
import {pdfProblem} from '../signing/pdf-file.js'
import {openSigner, type SignerOptions} from '../signing/signing-setup.js'

export interface SignServiceOptions extends SignerOptions {
  /** The PDF to sign. */
  file: string
  /** Where the signed PDF goes (may be the input). */
  output: string
}

/** What `posattest sign` reports (its --json output). */
export interface SignSummary {
  input: string
  output: string
  signer: string
  serial: string
  issuer: string
  signingTime: string
  timestamp: {tsa: string; genTime: string} | null
  bytes: number
  sha256: string
}

/**
 * `posattest sign`: the PDF is read and checked before any secret is asked for, then signed through the one
 * signing pipeline (openSigner, shared with `report --sign`) and written atomically.
 */
export async function sign(options: SignServiceOptions): Promise<SignSummary> {
  const pdf = await readInput(options.file)
  const problem = pdfProblem(pdf)
  if (problem) throw new UserError(problem.code, `${options.file}: ${problem.message}`)
  const signer = await openSigner(options)
  let signed
  try {
    signed = await signer.sign(pdf, options.file)
  } finally {
    signer.close()
  }
  await writeOutputFile(options.output, signed.pdf)
  const {identity} = signer
  return {
    input: options.file,
    output: options.output,
    signer: identity.name,
    serial: identity.serial,
    issuer: identity.issuer,
    signingTime: signer.signingTime.toISOString(),
    timestamp: signed.timestamp ? {tsa: signed.timestamp.url, genTime: signed.timestamp.genTime.toISOString()} : null,
    bytes: signed.pdf.length,
    sha256: createHash('sha256').update(signed.pdf).digest('hex'),
  }
}
