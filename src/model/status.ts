import type {Answer} from '../generated/answers.js'
import type {ResultStatus} from '../generated/result.js'
import type {Language} from './language.js'

/** The answers a control may be given: the responses of the PCI DSS v4.0.1 short SAQs, in the SAQs' order. */
export const ANSWER_STATUSES = ['in_place', 'in_place_ccw', 'not_applicable', 'not_in_place'] as const satisfies readonly NonNullable<
  Answer['status']
>[]
export type AnswerStatus = (typeof ANSWER_STATUSES)[number]

/** What a result says of a control: one of the answers, or `unanswered`. */
export const RESULT_STATUSES = [...ANSWER_STATUSES, 'unanswered'] as const satisfies readonly ResultStatus[]

/** Each status by its SAQ name, as the walk-through offers it, the report prints it and the reasons quote it. */
export const STATUS_LABELS: Record<Language, Record<ResultStatus, string>> = {
  en: {in_place: 'In Place', in_place_ccw: 'In Place with CCW', not_applicable: 'Not Applicable', not_in_place: 'Not in Place', unanswered: 'Unanswered'},
  'zh-CN': {in_place: '已落实', in_place_ccw: '通过补偿性控制落实', not_applicable: '不适用', not_in_place: '未落实', unanswered: '未作答'},
}

export function isAnswerStatus(value: unknown): value is AnswerStatus {
  return (ANSWER_STATUSES as readonly unknown[]).includes(value)
}

/** The two answers that claim the control is met, and so need its evidence (and the terminals to pass its checks). */
export function claimsInPlace(status: unknown): status is 'in_place' | 'in_place_ccw' {
  return status === 'in_place' || status === 'in_place_ccw'
}
