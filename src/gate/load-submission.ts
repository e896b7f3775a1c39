import {createHash} from 'node:crypto'
import {open} from 'node:fs/promises'
import type {AssessmentResult} from '../generated/result.js'
import {fileError, UserError} from '../model/errors.js'
import {endOfDay} from '../model/day.js'
import {schemaErrors} from '../io/schemas.js'
import {EMBEDDED_ANSWERS_NAME, EMBEDDED_INVENTORY_NAME, EMBEDDED_PREVIOUS_NAME, EMBEDDED_RESULT_NAME} from '../model/report-attachments.js'
import type {SignatureVerification} from '../signing/verify.js'
import type {ReportAttachments} from './derive-result.js'
import type {SignatureStatus} from './gate.js'
import type {PolicySignatureChecks} from './load-policy.js'
import {signerBindingProblem} from './signer-binding.js'
import type {Language} from '../model/language.js'
import {GATE_MESSAGES} from './gate-messages.js'

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
  /** The bytes the result was parsed from, and a report's answers and previous-result attachments, for derive-result.ts. */
  attachments?: ReportAttachments
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
export function parseResult(bytes: Uint8Array, what: string, language: Language = 'en'): {result?: AssessmentResult; problem?: string} {
  const say = GATE_MESSAGES[language]
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', {fatal: true}).decode(bytes))
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : say.notUtf8
    return {problem: say.notJson(what, reason)}
  }
  const errors = schemaErrors('result', value, language)
  const first = errors[0]
  if (first) {
    const where = [...first.path, ...(first.key === undefined ? [] : [first.key])].join('.')
    return {problem: say.notAResult(what, say.at(where, first.message), errors.length - 1)}
  }
  return {result: value as AssessmentResult}
}

/**
 * Reads a submission from its bytes. A PDF has its structure and signature verified against `trustedRoots`
 * (src/signing/verify.ts); its embedded result is decoded only when the signature is valid (or the PDF is
 * unsigned, for a policy that accepts unsigned results), never from a file whose signature fails: a refusal
 * names the signature's problem, not the merchant the unverified file claims to be. A JSON is a bare,
 * unsigned result. Never throws on hostile bytes: every problem is data.
 */
/** What a signature is checked against: the trusted roots, the policy's signature checks, the day of judgement. */
export interface SubmissionChecks extends Partial<PolicySignatureChecks> {
  trustedRoots: readonly string[]
  /** The day of judgement (YYYY-MM-DD): the signer's chain is validated at its end unless a trusted timestamp says otherwise. */
  now?: string
  /** The language of the problems (default English). */
  language?: Language
}

export async function readSubmission(bytes: Uint8Array, options: SubmissionChecks): Promise<Submission> {
  const say = GATE_MESSAGES[options.language ?? 'en']
  if (bytes.length === 0) return {kind: 'unknown', signature: UNSIGNED, problem: say.empty}
  if (bytes.length > MAX_SUBMISSION_BYTES) {
    return {kind: 'unknown', signature: UNSIGNED, problem: say.tooLarge(bytes.length, MAX_SUBMISSION_BYTES)}
  }
  if (isPdf(bytes)) return readPdfSubmission(bytes, options)
  if (looksLikeJson(bytes)) return {kind: 'json', signature: UNSIGNED, ...parseResult(bytes, say.theFile, options.language), attachments: {result: bytes}}
  return {kind: 'unknown', signature: UNSIGNED, problem: say.notASubmission}
}

async function readPdfSubmission(bytes: Uint8Array, checks: SubmissionChecks): Promise<Submission> {
  const say = GATE_MESSAGES[checks.language ?? 'en']
  const {verifyReport} = await import('../signing/verify.js')
  let verification: SignatureVerification | undefined
  let attachments: Map<string, Uint8Array> | undefined
  let attachmentProblem: string | undefined
  let uncheckable: SignatureStatus | undefined
  try {
    const verified = await verifyReport(bytes, {
      trustedRoots: checks.trustedRoots,
      timestampRoots: checks.timestampRoots ?? [],
      // The whole day of judgement: a signature made during it is not in the future.
      validationTime: checks.now === undefined ? new Date() : endOfDay(checks.now),
      ...(checks.crls ? {crls: checks.crls} : {}),
      requireRevocation: checks.requireRevocation ?? false,
      requireTimestamp: checks.requireTimestamp ?? false,
      validityGraceDays: checks.validityGraceDays ?? 0,
    })
    verification = verified.verification
    attachments = verified.attachments
    attachmentProblem = verified.attachmentProblem?.message ?? (verification.signed ? undefined : verification.reasons[0]?.message)
  } catch (error) {
    // Hostile bytes must not stop a portfolio: whatever the verifier trips on is a failed signature.
    uncheckable = {signed: true, valid: false, trusted: false, problems: [{code: 'signature-uncheckable', message: say.uncheckable((error as Error).message)}]}
  }
  const judged = async (rest: Partial<Submission>): Promise<Submission> => {
    const signature = uncheckable ?? (await signatureStatus(verification!, rest.result, checks))
    const signingTime = verification?.signingTime
    return {kind: 'pdf', signature, ...(signingTime ? {signingTime} : {}), ...rest}
  }
  // A signed file whose signature fails has nothing more to say: its content is not read, and the signature's
  // problems are the whole refusal.
  if (!attachments) return judged(uncheckable || verification?.signed ? {} : {problem: say.pdfUnreadable(attachmentProblem)})
  const attachment = attachments.get(EMBEDDED_RESULT_NAME)
  if (!attachment) return judged({problem: say.noResultAttachment(EMBEDDED_RESULT_NAME)})
  const answers = attachments.get(EMBEDDED_ANSWERS_NAME)
  const previous = attachments.get(EMBEDDED_PREVIOUS_NAME)
  const inventory = attachments.get(EMBEDDED_INVENTORY_NAME)
  const embedded = {result: attachment, ...(answers ? {answers} : {}), ...(previous ? {previous} : {}), ...(inventory ? {inventory} : {})}
  return judged({...parseResult(attachment, say.theEmbedded(EMBEDDED_RESULT_NAME), checks.language), attachments: embedded})
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
    if (!stat.isFile()) throw new UserError('not-a-file', `${file}: not a regular file`)
    if (stat.size > MAX_SUBMISSION_BYTES) {
      throw new UserError('submission-too-large', `${file}: the file is ${stat.size} bytes; the limit is ${MAX_SUBMISSION_BYTES}`)
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
