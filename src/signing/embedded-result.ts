import type {AssessmentResult} from '../generated/result.js'
import {EXIT, UserError} from '../model/errors.js'

import {EMBEDDED_RESULT_NAME} from '../model/report-attachments.js'
import {readReportAttachments, ReportStructureError} from './report-structure.js'

export {EMBEDDED_RESULT_NAME}

/**
 * The bytes of the file attached to the report under `name` (one of EMBEDDED_NAMES), decoded, or undefined
 * when there is no such attachment. Read by the strict reader (report-structure.ts): a PDF whose structure
 * breaks a rule is refused, not read leniently. Reading verifies nothing: call it on a PDF whose signature
 * verifySignature found valid, where it covers every byte (and so the attachment).
 * Throws a one-line UserError (naming `source`) when the PDF cannot be read or the attachment decoded.
 */
export async function readEmbeddedFile(pdf: Uint8Array, name: string, source = 'PDF'): Promise<Uint8Array | undefined> {
  try {
    return readReportAttachments(pdf).get(name as never)
  } catch (error) {
    if (!(error instanceof ReportStructureError)) throw error
    throw new UserError(error.code, `${source}: cannot be parsed to read its attachments: ${error.message} [${error.code}]`)
  }
}

/** The few facts of an embedded result that `verify` prints. */
export interface EmbeddedResultSummary {
  entity: string | null
  role: string | null
  assessmentDate: string | null
  verdict: string | null
  score: number | null
  /** Controls with a finding (open gaps). */
  gaps: number | null
}

/**
 * Parses the embedded result JSON and picks out what a reader checks first. Tolerant on purpose: the
 * gate validates the result against its schema; here a missing field is shown as unknown.
 * Throws a UserError when the bytes are not JSON.
 */
export function summarizeEmbeddedResult(bytes: Uint8Array, source = EMBEDDED_RESULT_NAME): EmbeddedResultSummary {
  let value: Partial<AssessmentResult>
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8')) as Partial<AssessmentResult>
  } catch (error) {
    throw new UserError('embedded-result-not-json', `${source}: the embedded result is not JSON: ${(error as Error).message}`, {exit: EXIT.findings})
  }
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null)
  const controls = Array.isArray(value?.controls) ? value.controls : undefined
  return {
    entity: text(value?.assessment?.entity?.legal_name),
    role: text(value?.assessment?.role),
    assessmentDate: text(value?.assessment?.date),
    verdict: text(value?.verdict),
    score: typeof value?.scores?.overall === 'number' ? value.scores.overall : null,
    gaps: controls ? controls.filter((control) => control && control.finding !== null && control.finding !== undefined).length : null,
  }
}
