import {createHash} from 'node:crypto'
import {open} from 'node:fs/promises'
import type {AssessmentResult} from '../generated/result.js'
import {EXIT, fileError, UserError} from '../errors.js'
import {schemaErrors} from '../schemas.js'
import {EMBEDDED_RESULT_NAME} from '../signing/embedded-name.js'
import type {SignatureVerification} from '../signing/verify.js'
import {endOfDay} from './day-of-judgement.js'
import type {SignatureStatus} from './gate.js'
import type {PolicySignatureChecks} from './load-policy.js'
import {signerBindingProblem} from './signer-binding.js'

/** No report comes near this; a larger file is refused before it is parsed. */
export const MAX_SUBMISSION_BYTES = 64 * 1024 * 1024


export type SubmissionKind = 'pdf' | 'json' | 'unknown'

/** What could be learnt from a submission's bytes before any policy is applied. */
export interface Submission {
  kind: SubmissionKind
  signature: SignatureStatus
  /** ISO 8601 signing time claimed in the signature (PDF only). */
  signingTime?: string
  /** The evaluated result: embedded in the PDF, or the JSON itself; valid against the result schema. */
  result?: AssessmentResult
  /** Why no result could be taken from the submission. */
  problem?: string
}

const UNSIGNED: SignatureStatus = {signed: false, valid: false, trusted: false, problems: []}

/** Where the PDF header may sit: readers accept junk before it, within the first kilobyte. */
function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')
}

function looksLikeJson(bytes: Uint8Array): boolean {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d || bytes[at] === 0x09)) at++
  return bytes[at] === 0x7b || bytes[at] === 0x5b
}

/** Parses and schema-checks a result; returns it, or the reason it is unusable. */
export function parseResult(bytes: Uint8Array, what: string): {result?: AssessmentResult; problem?: string} {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', {fatal: true}).decode(bytes))
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'not UTF-8 text'
    return {problem: `${what} is not JSON: ${reason}`}
  }
  const errors = schemaErrors('result', value)
  const first = errors[0]
  if (first) {
    const where = [...first.path, ...(first.key === undefined ? [] : [first.key])].join('.')
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length === 2 ? '' : 's'})` : ''
    return {problem: `${what} is not a valid posattest result: ${where ? `${where}: ` : ''}${first.message}${more}`}
  }
  return {result: value as AssessmentResult}
}

/**
 * Reads a submission from its bytes. A PDF has its signature verified against `trustedRoots` (by
 * src/signing/verify.ts) and its embedded result read back; the result is read even when the signature fails,
 * so a refusal can still name the merchant, but only a valid trusted signature makes it trustworthy (the gate
 * decides that). A JSON is a bare, unsigned result. Never throws on hostile bytes: every problem is data.
 */
/** What a submission's signature is checked with: the trusted roots, the policy's other signature rules, the day of judgement. */
export interface SubmissionChecks extends Partial<PolicySignatureChecks> {
  trustedRoots: readonly string[]
  /** The day of judgement (YYYY-MM-DD): the signer's chain is validated at its end unless a trusted timestamp says otherwise. */
  now?: string
}

export async function readSubmission(bytes: Uint8Array, options: SubmissionChecks): Promise<Submission> {
  if (bytes.length === 0) return {kind: 'unknown', signature: UNSIGNED, problem: 'the file is empty'}
  if (bytes.length > MAX_SUBMISSION_BYTES) {
    return {kind: 'unknown', signature: UNSIGNED, problem: `the file is ${bytes.length} bytes; the limit is ${MAX_SUBMISSION_BYTES}`}
  }
  if (isPdf(bytes)) return readPdfSubmission(bytes, options)
  if (looksLikeJson(bytes)) return {kind: 'json', signature: UNSIGNED, ...parseResult(bytes, 'the file')}
  return {kind: 'unknown', signature: UNSIGNED, problem: 'neither a PDF report nor a result JSON'}
}

async function readPdfSubmission(bytes: Uint8Array, checks: SubmissionChecks): Promise<Submission> {
  const [{verifySignature}, {readEmbeddedFile}, {pdfProblem}] = await Promise.all([
    import('../signing/verify.js'),
    import('../signing/embedded-result.js'),
    import('../signing/pdf-file.js'),
  ])
  let verification: SignatureVerification | undefined
  let uncheckable: SignatureStatus | undefined
  try {
    verification = await verifySignature(bytes, {
      trustedRoots: checks.trustedRoots,
      timestampRoots: checks.timestampRoots ?? [],
      // The whole day of judgement: a signature made during it is not in the future.
      validationTime: checks.now === undefined ? new Date() : endOfDay(checks.now),
      ...(checks.crls ? {crls: checks.crls} : {}),
      requireRevocation: checks.requireRevocation ?? false,
      requireTimestamp: checks.requireTimestamp ?? false,
      validityGraceDays: checks.validityGraceDays ?? 0,
    })
  } catch (error) {
    // Hostile bytes must not stop a portfolio: whatever the verifier trips on is a failed signature.
    uncheckable = {signed: true, valid: false, trusted: false, problems: [{code: 'signature-uncheckable', message: `the signature cannot be checked: ${(error as Error).message}`}]}
  }
  const judged = async (rest: {result?: AssessmentResult; problem?: string}): Promise<Submission> => {
    const signature = uncheckable ?? (await signatureStatus(verification!, rest.result, checks))
    const signingTime = verification?.signingTime
    return {kind: 'pdf', signature, ...(signingTime ? {signingTime} : {}), ...rest}
  }
  // A file cut short has lost its catalog and cross-reference table: nothing in it can be located.
  const damaged = pdfProblem(bytes)
  if (damaged) return judged({problem: damaged.message})
  let attachment: Uint8Array | undefined
  try {
    attachment = await readEmbeddedFile(bytes, EMBEDDED_RESULT_NAME, 'the PDF')
  } catch (error) {
    // readEmbeddedFile makes every fault of the bytes a one-line UserError; anything else is a bug.
    if (!(error instanceof UserError)) throw error
    return judged({problem: error.message})
  }
  if (!attachment) return judged({problem: `the PDF carries no ${EMBEDDED_RESULT_NAME} attachment: it is not a posattest report`})
  return judged(parseResult(attachment, `the embedded ${EMBEDDED_RESULT_NAME}`))
}

/**
 * The gate's view of a verified signature: the verification report, with what only the result can tell
 * added as problems: a signature made before the assessment date, a signer the policy does not bind to the
 * assessed entity.
 */
async function signatureStatus(verification: SignatureVerification, result: AssessmentResult | undefined, checks: SubmissionChecks): Promise<SignatureStatus> {
  let report = verification
  if (result) {
    const {checkSignedAfterAssessment} = await import('../signing/verify.js')
    report = checkSignedAfterAssessment(report, result.assessment.date)
    const binding = checks.signerBinding
    if (binding && report.signer) {
      const unbound = signerBindingProblem(binding, checks.signerRegistry, report.signer, result.assessment.entity)
      if (unbound) report = {...report, trusted: false, reasons: [...report.reasons, unbound]}
    }
  }
  const signer = report.signer
  return {
    signed: report.signed,
    valid: report.valid,
    trusted: report.trusted,
    ...(signer ? {signer: signer.cn ?? signer.org ?? signer.subject} : {}),
    problems: report.reasons,
    ...(report.signed ? {verification: report} : {}),
  }
}

/** A submission file's bytes; a file over the size limit is refused before it is read. */
export async function readSubmissionBytes(file: string): Promise<Uint8Array> {
  let handle
  try {
    handle = await open(file, 'r')
  } catch (error) {
    throw fileError(file, error)
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) throw new UserError(`${file}: not a regular file`, EXIT.usage)
    if (stat.size > MAX_SUBMISSION_BYTES) {
      throw new UserError(`${file}: the file is ${stat.size} bytes; the limit is ${MAX_SUBMISSION_BYTES}`, EXIT.usage)
    }
    return await handle.readFile()
  } catch (error) {
    throw error instanceof UserError ? error : fileError(file, error)
  } finally {
    await handle.close()
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
