import {CCW_FIELDS, type CcwField} from './ccw.js'
import {addYears, daysBetween, isDay} from './day.js'
import {claimsInPlace} from './status.js'

/**
 * What a complete answer needs: the one set of rules `validate` reports (the completeness rules), evaluation turns
 * into findings and the walk-through asks for until it holds. Each takes the answer as read from the file, of any
 * shape; a value of the wrong type counts as not given.
 *
 *   no status          the control is unanswered
 *   not_applicable     a justification
 *   in_place_ccw       the worksheet, every row filled in
 *   not_in_place       an owner and a target_date
 *   in_place(_ccw)     evidence where the catalog requires it, the newest no older than the catalog allows
 *
 * An exception (not_applicable or in_place_ccw) also carries a review_by day (exceptionReview below): its absence
 * is only a warning, so answers written before the key existed stay complete; past it, the exception is a gap.
 */

/** Text that is given: a string with more than white space in it. */
export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

/** Whether the answer has a status at all (null is how `posattest init` leaves it). */
export function hasStatus(answer: unknown): boolean {
  return isRecord(answer) && answer.status !== undefined && answer.status !== null
}

/** The worksheet rows left blank, in Appendix B order; every row when there is no worksheet. */
export function blankCcwFields(ccw: unknown): CcwField[] {
  const rows = isRecord(ccw) ? ccw : {}
  return CCW_FIELDS.filter((field) => !hasText(rows[field]))
}

/** A part of an answer that its status needs: `ccw` is the whole worksheet, `ccw.<row>` one row of it. */
export type AnswerPart = 'status' | 'justification' | 'ccw' | `ccw.${CcwField}` | 'owner' | 'target_date'

/** What the answer lacks for its status to stand, in the order above; empty when nothing is missing. */
export function missingAnswerParts(answer: unknown): AnswerPart[] {
  if (!isRecord(answer) || !hasStatus(answer)) return ['status']
  switch (answer.status) {
    case 'not_applicable':
      return hasText(answer.justification) ? [] : ['justification']
    case 'in_place_ccw':
      return isRecord(answer.ccw) ? blankCcwFields(answer.ccw).map((field) => `ccw.${field}` as const) : ['ccw']
    case 'not_in_place':
      return [...(hasText(answer.owner) ? [] : ['owner' as const]), ...(hasText(answer.target_date) ? [] : ['target_date' as const])]
    default:
      return []
  }
}

/** The two answers that set a requirement aside: each is an exception that is reviewed again by its review_by day. */
export function isException(status: unknown): status is 'not_applicable' | 'in_place_ccw' {
  return status === 'not_applicable' || status === 'in_place_ccw'
}

/** The longest an exception may stand before its review: 12 months after the assessment date. */
export const EXCEPTION_REVIEW_YEARS = 1

/** The latest review_by an exception may give: the assessment date plus 12 months. */
export function latestReviewBy(assessmentDate: string): string {
  return addYears(assessmentDate, EXCEPTION_REVIEW_YEARS)
}

/**
 * What is wrong with an exception's review_by on the assessment date, or undefined when nothing is (or the answer
 * is no exception):
 *   missing    no review_by (a warning: answers from before the key stay valid and evaluate as before)
 *   too-far    more than 12 months after the assessment date (an error)
 *   expired    before the assessment date (allowed in the file; evaluation makes it a gap)
 */
export function exceptionReview(answer: unknown, assessmentDate: string): 'missing' | 'too-far' | 'expired' | undefined {
  if (!isRecord(answer) || !isException(answer.status)) return undefined
  if (!isDay(answer.review_by)) return 'missing'
  if (answer.review_by > latestReviewBy(assessmentDate)) return 'too-far'
  if (answer.review_by < assessmentDate) return 'expired'
  return undefined
}

/** An answer claiming the control is met that gives no evidence at all, where the catalog requires evidence. */
export function lacksRequiredEvidence(answer: unknown, required: boolean): boolean {
  if (!required || !isRecord(answer) || !claimsInPlace(answer.status)) return false
  return !Array.isArray(answer.evidence) || !answer.evidence.some(isRecord)
}

/** Evidence dated `evidenceDate` is stale when it is more than `maxAgeDays` days old on the assessment date. */
export function isStale(evidenceDate: string, assessmentDate: string, maxAgeDays: number): boolean {
  return daysBetween(evidenceDate, assessmentDate) > maxAgeDays
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
