import type {CompensatingControlWorksheet, Device} from '../generated/answers.js'
import type {LocalizedText} from '../generated/catalog.js'
import type {FindingReason, ResultStatus} from '../generated/result.js'
import {localized} from '../catalog/catalog.js'
import {CCW_FIELD_NAMES} from '../model/ccw.js'
import {blankCcwFields} from '../model/completeness.js'
import {daysBetween} from '../model/day.js'
import type {DeviceCheckOptions, DeviceProblem, IDENTITY_FIELDS} from '../model/device-checks.js'
import {ZH} from '../model/glossary.js'
import {STATUS_LABELS} from '../model/status.js'

type Code = FindingReason['code']

function reason(code: Code, en: string, zh: string): FindingReason {
  return {code, text: {en, 'zh-CN': zh}}
}

/** A status as the Chinese reasons quote it: “未落实”. */
const quoted = (status: ResultStatus): string => `“${STATUS_LABELS['zh-CN'][status]}”`

export function unansweredReason(): FindingReason {
  return reason('unanswered', 'The control has not been answered.', `该${ZH.control}尚未作答。`)
}

export function notInPlaceReason(): FindingReason {
  return reason('not_in_place', 'The control is answered as not in place.', `该${ZH.control}的回答为${quoted('not_in_place')}。`)
}

export function justificationMissingReason(): FindingReason {
  return reason(
    'justification_missing',
    'The control is marked not applicable without a justification (the SAQ requires an explanation in Appendix C).',
    `该${ZH.control}被标记为${quoted('not_applicable')}，但未说明理由（SAQ 要求在附录 C 中说明不适用的原因）。`,
  )
}

export function ccwMissingReason(ccw: CompensatingControlWorksheet | undefined): FindingReason {
  if (!ccw) {
    return reason(
      'ccw_missing',
      'The control is marked in place with a compensating control, but the Compensating Controls Worksheet (Appendix B) is missing.',
      `该${ZH.control}被标记为${quoted('in_place_ccw')}，但缺少${ZH.ccw}（附录 B）。`,
    )
  }
  const blank = blankCcwFields(ccw)
  return reason(
    'ccw_missing',
    `The control is marked in place with a compensating control, but the Compensating Controls Worksheet (Appendix B) is incomplete: ${blank.map((f) => CCW_FIELD_NAMES.en[f]).join(', ')} ${blank.length === 1 ? 'is' : 'are'} empty.`,
    `该${ZH.control}被标记为${quoted('in_place_ccw')}，但${ZH.ccw}（附录 B）不完整：${blank.map((f) => CCW_FIELD_NAMES['zh-CN'][f]).join('、')}为空。`,
  )
}

/** An exception (not applicable, or in place with a CCW) whose review_by day passed before the assessment. */
export function exceptionExpiredReason(status: 'not_applicable' | 'in_place_ccw', reviewBy: string, date: string): FindingReason {
  return reason(
    'exception_expired',
    `The control is answered ${STATUS_LABELS.en[status]}, but the exception was to be reviewed by ${reviewBy}, before the assessment date ${date}: review it and give a new review date.`,
    `该${ZH.control}的回答为${quoted(status)}，但该${ZH.exception}应在 ${reviewBy} 前${ZH.review}，早于评估日 ${date}：请重新${ZH.review}并给出新的${ZH.reviewBy}。`,
  )
}

/** Required evidence of which nothing usable was given; `unreadable` lists path evidence whose file was not hashed. */
export function evidenceMissingReason(required: LocalizedText, unreadable: readonly string[]): FindingReason {
  const en = localized(required, 'en')
  const zh = localized(required, 'zh-CN')
  if (unreadable.length > 0) {
    return reason(
      'evidence_missing',
      `Required evidence is missing: the evidence file ${unreadable.join(', ')} could not be read. Required: ${en}`,
      `缺少所需${ZH.evidence}：${ZH.evidence}文件 ${unreadable.join('、')} 无法读取。要求：${zh}`,
    )
  }
  return reason('evidence_missing', `Required evidence is missing: ${en}`, `缺少所需${ZH.evidence}：${zh}`)
}

export function evidenceStaleReason(newest: string, age: number, maxAgeDays: number): FindingReason {
  return reason(
    'evidence_stale',
    `The newest evidence is dated ${newest}, ${age} days before the assessment; at most ${maxAgeDays} days are allowed.`,
    `最新${ZH.evidence}的日期为 ${newest}，早于评估日 ${age} 天，超过允许的 ${maxAgeDays} 天。`,
  )
}

const IDENTITY_FIELDS_ZH: Record<(typeof IDENTITY_FIELDS)[number], string> = {
  serial: ZH.serial,
  make: ZH.make,
  model: ZH.model,
  location: ZH.position,
}

/**
 * A device problem in every result language. The English text is device-checks' own message, so the two
 * cannot drift; the Chinese text is rebuilt from the same device fields.
 */
export function deviceProblemReason(problem: DeviceProblem, device: Device, options: DeviceCheckOptions): FindingReason {
  const en = `${problem.message.charAt(0).toUpperCase()}${problem.message.slice(1)}.`
  const s = problem.serial
  const terminal = `${ZH.terminal} ${s}`
  let zh: string
  switch (problem.check) {
    case 'identity':
      zh = `${terminal} 在清单中缺少${IDENTITY_FIELDS_ZH[problem.field as keyof typeof IDENTITY_FIELDS_ZH] ?? problem.field}。`
      break
    case 'seals':
      zh = `${terminal} 未记录${ZH.sealIds}。`
      break
    case 'inspection':
      zh = device.last_inspection
        ? `${terminal} 最近一次${ZH.inspection}早于评估日 ${daysBetween(device.last_inspection, options.date)} 天（最多允许 ${options.intervalDays} 天）。`
        : `${terminal} 没有${ZH.inspection}记录。`
      break
    case 'pts_approval':
      zh =
        problem.field === 'pts_approval'
          ? `${terminal} 缺少 ${ZH.ptsApproval}编号。`
          : device.pts_expiry
            ? `${terminal} 的 PTS 认证已于 ${device.pts_expiry} 过期。`
            : `${terminal} 缺少 ${ZH.ptsExpiry}。`
      break
    case 'firmware':
      zh = `${terminal} 未记录${ZH.firmware}版本。`
      break
  }
  return reason('device_check_failed', en, zh)
}
