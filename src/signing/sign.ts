import {SignPdf} from '@signpdf/signpdf'
import type {Signer} from '@signpdf/utils'
import {EXIT, UserError} from '../errors.js'
import {readInput} from '../io/read-input.js'
import {assertValidAt, openSigningIdentity, type SigningIdentity} from './identity.js'
import {pdfProblem} from './pdf-file.js'
import {addPlaceholderToPdf, SIGNATURE_LENGTH} from './placeholder.js'
import {findSignatureDictionaries} from './signature-dictionary.js'

/** The reason written into the signature when none is given. */
export const DEFAULT_REASON = 'PCI DSS self-assessment of POS terminal security (posattest)'

/**
 * Signs a PDF that carries exactly one empty signature placeholder (from addSignaturePlaceholder or
 * addPlaceholderToPdf): fills /ByteRange and writes the detached CMS (adbe.pkcs7.detached) into /Contents.
 * The same `signingTime` as the placeholder's makes the result byte-identical across runs.
 * `source` names the PDF in error messages.
 */
export async function signPdf(
  pdf: Uint8Array,
  signer: SigningIdentity | Signer,
  signingTime: Date,
  source = 'PDF',
): Promise<Buffer> {
  const placeholders = findSignatureDictionaries(pdf).filter((signature) => signature.placeholder)
  if (placeholders.length !== 1) {
    throw new UserError(
      placeholders.length === 0
        ? `${source}: no empty signature field to sign`
        : `${source}: ${placeholders.length} empty signature fields; expected one`,
      EXIT.usage,
    )
  }
  try {
    const cmsSigner = 'createSigner' in signer ? signer.createSigner() : signer
    return await new SignPdf().sign(Buffer.from(pdf), cmsSigner, signingTime)
  } catch (error) {
    const message = (error as Error)?.message ?? String(error)
    if (/exceeds placeholder length/.test(message)) {
      throw new UserError(
        `${source}: the signature does not fit the ${SIGNATURE_LENGTH}-byte signature field ` +
          `(${message.replace(/^.*: /, '')} hex digits): the certificate chain in the p12 is too long`,
        EXIT.usage,
      )
    }
    if (/MAC could not be verified|Invalid password/i.test(message)) {
      throw new UserError(`${source}: wrong passphrase (the PKCS#12 integrity check failed)`, EXIT.usage)
    }
    if (/EOF/.test(message)) throw new UserError(`${source}: truncated or damaged PDF (it does not end with %%EOF)`, EXIT.usage)
    throw new UserError(`${source}: cannot be signed: ${message}`, EXIT.usage)
  }
}

export interface SignOptions {
  signingTime: Date
  /** Defaults to DEFAULT_REASON. */
  reason?: string
  location?: string
  /** Defaults to the certificate's e-mail address, if it has one. */
  contactInfo?: string
  /** How the PDF is named in messages. */
  source?: string
}

/**
 * Signs any PDF with an opened identity. A PDF that carries an empty placeholder (a `posattest report`)
 * is signed in place, keeping the fields written with the placeholder. Any other PDF gets a signature field
 * by an incremental update first, so its original bytes stay intact. An already signed PDF is refused.
 */
export async function signWithIdentity(pdf: Uint8Array, identity: SigningIdentity, options: SignOptions): Promise<Buffer> {
  const source = options.source ?? 'PDF'
  const problem = pdfProblem(pdf)
  if (problem) throw new UserError(`${source}: ${problem.message}`, EXIT.usage)
  assertValidAt(identity, options.signingTime)
  const signatures = findSignatureDictionaries(pdf)
  const placeholder = signatures.some((signature) => signature.placeholder)
  if (!placeholder && signatures.length > 0) {
    const signer = signatures.at(-1)?.name
    throw new UserError(`${source}: already signed${signer ? ` by ${signer}` : ''}; posattest adds no second signature`, EXIT.usage)
  }
  const prepared = placeholder
    ? pdf
    : addPlaceholderToPdf(
        pdf,
        {
          name: identity.name,
          reason: options.reason ?? DEFAULT_REASON,
          location: options.location ?? '',
          contactInfo: options.contactInfo ?? identity.email ?? '',
          signingTime: options.signingTime,
        },
        source,
      )
  return signPdf(prepared, identity, options.signingTime, source)
}

/** Reads and opens a p12 file; a missing or unreadable file, a wrong passphrase: one-line UserErrors. */
export async function openP12File(p12Path: string, passphrase: string): Promise<SigningIdentity> {
  return openSigningIdentity(await readInput(p12Path), passphrase, p12Path)
}

/**
 * The one call for a command that holds PDF bytes and a p12 path: opens the p12, checks the certificate is
 * valid at the signing time, and signs (in place when the PDF carries a placeholder).
 */
export async function signWithP12File(
  pdf: Uint8Array,
  options: SignOptions & {p12Path: string; passphrase: string},
): Promise<{pdf: Buffer; identity: SigningIdentity}> {
  const identity = await openP12File(options.p12Path, options.passphrase)
  return {pdf: await signWithIdentity(pdf, identity, options), identity}
}
