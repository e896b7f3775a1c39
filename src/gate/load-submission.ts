import {createHash} from 'node:crypto'
import {open} from 'node:fs/promises'
import type {AssessmentResult} from '../generated/result.js'
import {EXIT, fileError, UserError} from '../errors.js'
import {schemaErrors} from '../schemas.js'
import {EMBEDDED_ANSWERS_NAME, EMBEDDED_PREVIOUS_NAME, EMBEDDED_RESULT_NAME} from '../signing/embedded-name.js'
import type {ReportAttachments} from './derive-result.js'
import type {SignatureStatus} from './gate.js'

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
export async function readSubmission(bytes: Uint8Array, options: {trustedRoots: readonly string[]}): Promise<Submission> {
  if (bytes.length === 0) return {kind: 'unknown', signature: UNSIGNED, problem: 'the file is empty'}
  if (bytes.length > MAX_SUBMISSION_BYTES) {
    return {kind: 'unknown', signature: UNSIGNED, problem: `the file is ${bytes.length} bytes; the limit is ${MAX_SUBMISSION_BYTES}`}
  }
  if (isPdf(bytes)) return readPdfSubmission(bytes, options.trustedRoots)
  if (looksLikeJson(bytes)) return {kind: 'json', signature: UNSIGNED, ...parseResult(bytes, 'the file'), attachments: {result: bytes}}
  return {kind: 'unknown', signature: UNSIGNED, problem: 'neither a PDF report nor a result JSON'}
}

async function readPdfSubmission(bytes: Uint8Array, trustedRoots: readonly string[]): Promise<Submission> {
  const [{verifySignature}, {readEmbeddedFile}, {pdfProblem}] = await Promise.all([
    import('../signing/verify.js'),
    import('../signing/embedded-result.js'),
    import('../signing/pdf-file.js'),
  ])
  let signature: SignatureStatus
  let signingTime: string | undefined
  try {
    const verification = await verifySignature(bytes, {trustedRoots})
    const signer = verification.signer
    signature = {
      signed: verification.signed,
      valid: verification.valid,
      trusted: verification.trusted,
      ...(signer ? {signer: signer.cn ?? signer.org ?? signer.subject} : {}),
      problems: verification.reasons,
    }
    if (verification.signingTime) signingTime = verification.signingTime
  } catch (error) {
    // Hostile bytes must not stop a portfolio: whatever the verifier trips on is a failed signature.
    signature = {signed: true, valid: false, trusted: false, problems: [`the signature cannot be checked: ${(error as Error).message}`]}
  }
  const base = {kind: 'pdf' as const, signature, ...(signingTime ? {signingTime} : {})}
  // A file cut short has lost its catalog and cross-reference table: nothing in it can be located.
  const damaged = pdfProblem(bytes)
  if (damaged) return {...base, problem: damaged}
  let attachment: Uint8Array | undefined
  let answers: Uint8Array | undefined
  let previous: Uint8Array | undefined
  try {
    attachment = await readEmbeddedFile(bytes, EMBEDDED_RESULT_NAME, 'the PDF')
    answers = await readEmbeddedFile(bytes, EMBEDDED_ANSWERS_NAME, 'the PDF')
    previous = await readEmbeddedFile(bytes, EMBEDDED_PREVIOUS_NAME, 'the PDF')
  } catch (error) {
    // readEmbeddedFile makes every fault of the bytes a one-line UserError; anything else is a bug.
    if (!(error instanceof UserError)) throw error
    return {...base, problem: error.message}
  }
  if (!attachment) return {...base, problem: `the PDF carries no ${EMBEDDED_RESULT_NAME} attachment: it is not a posattest report`}
  const attachments = {result: attachment, ...(answers ? {answers} : {}), ...(previous ? {previous} : {})}
  return {...base, ...parseResult(attachment, `the embedded ${EMBEDDED_RESULT_NAME}`), attachments}
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
