import path from 'node:path'
import {UserError, type ExitCode} from '../model/errors.js'
import {readInput} from '../io/read-input.js'
import {readRootCertificates} from '../signing/certificates.js'
import {pdfProblem} from '../signing/pdf-file.js'
import {checkSignedAfterAssessment, verifyReport} from '../signing/verify.js'
import {renderVerifyReport, shownVerifyReport, verifyExitCode, type VerifyReport} from './verify-report.js'

export {renderVerifyReport, shownVerifyReport, type VerifyReport}

export interface VerifyOptions {
  /** The signed PDF. */
  file: string
  /** PEM files of trusted roots (--ca). */
  ca?: readonly string[]
  /** PEM files of the roots a timestamp authority must chain to. */
  tsaCa?: readonly string[]
  /** CRL files to check revocation against, instead of the signature's own. */
  crl?: readonly string[]
  /** Further catalog folders the embedded answers may be evaluated against. */
  catalogs?: readonly string[]
  /** The time of verification (already read); default the clock. */
  now?: Date
  requireTimestamp?: boolean
  requireRevocation?: boolean
  /** Also render the report again and require the signed bytes to be that rendering. */
  reproduce?: boolean
}

export interface VerifyRun {
  report: VerifyReport
  /** 0 valid, trusted, derived (and reproduced); 1 otherwise. */
  exitCode: ExitCode
}

/**
 * `posattest verify`: checks the signature, and when it holds, reads the embedded result back as the gate
 * does (load-submission.ts), derives it from the embedded answers (judge-submission-bytes.ts) and, with
 * `reproduce`, renders the report again (reproduce-report.ts). A file that is not a PDF is a UserError.
 */
export async function verify(options: VerifyOptions): Promise<VerifyRun> {
  const validationTime = options.now ?? new Date()
  const roots: string[] = []
  for (const file of options.ca ?? []) roots.push(await readRootCertificates(file))
  const timestampRoots: string[] = []
  for (const file of options.tsaCa ?? []) timestampRoots.push(await readRootCertificates(file))
  const crls = options.crl ? await Promise.all(options.crl.map(async (file) => ({bytes: await readInput(file), source: file}))) : undefined
  const pdf = await readInput(options.file)
  const problem = pdfProblem(pdf)
  if (problem?.code === 'not-a-pdf') throw new UserError(problem.code, `${options.file}: ${problem.message}`)

  const checks = {
    trustedRoots: roots,
    timestampRoots,
    ...(crls ? {crls} : {}),
    requireTimestamp: options.requireTimestamp ?? false,
    requireRevocation: options.requireRevocation ?? false,
  }
  let {verification: signature} = await verifyReport(pdf, {...checks, validationTime})
  const report: VerifyReport = {
    file: options.file,
    rootsGiven: roots.length > 0,
    signature,
    embeddedResult: null,
    embeddedResultNote: null,
    derivation: null,
    reproduction: null,
  }
  if (signature.valid) {
    // The PDF parser is loaded only when there is something trustworthy to read: the gate's own reading of it.
    const [{readSubmission}, {deriveSubmission}, embedded] = await Promise.all([
      import('../gate/load-submission.js'),
      import('../gate/judge-submission-bytes.js'),
      import('../signing/embedded-result.js'),
    ])
    const read = await readSubmission(pdf, checks)
    // The assessment date bounds the signing time even before the result is derived: this only adds a refusal.
    if (read.result) signature = checkSignedAfterAssessment(signature, read.result.assessment.date)
    report.signature = signature
    const derivation = await deriveSubmission(read, (options.catalogs ?? []).map((dir) => path.resolve(dir)))
    if (!derivation) report.embeddedResultNote = read.problem ?? 'cannot be read'
    else if (derivation.problem) {
      report.derivation = derivation.problem
      report.embeddedResultNote = `not shown: ${derivation.problem.code}: ${derivation.problem.message}`
    } else {
      report.embeddedResult = embedded.summarizeEmbeddedResult(read.attachments!.result)
      if (options.reproduce) {
        const {reproduceReport} = await import('../gate/reproduce-report.js')
        report.reproduction = await reproduceReport(pdf, {result: derivation.result, attachments: read.attachments!})
      }
    }
  } else if (signature.signed) {
    report.embeddedResultNote = 'not shown, since the signature is invalid'
  }
  return {report, exitCode: verifyExitCode(report)}
}
