import type {CompensatingControlWorksheet, Device} from '../generated/answers.js'
import type {LocalizedText} from '../generated/catalog.js'
import type {FindingReason} from '../generated/result.js'
import {localized} from '../catalog/catalog.js'
import {daysBetween, type DeviceCheckOptions, type DeviceProblem} from './device-checks.js'

/** Every text evaluation writes is in these languages: the ones an assessment may be reported in. */
export const RESULT_LANGUAGES = ['en', 'zh-CN'] as const

type Code = FindingReason['code']

function reason(code: Code, en: string, zh: string): FindingReason {
  return {code, text: {en, 'zh-CN': zh}}
}

export function unansweredReason(): FindingReason {
  return reason('unanswered', 'The control has not been answered.', '该控制项尚未作答。')
}

export function notInPlaceReason(): FindingReason {
  return reason('not_in_place', 'The control is answered as not in place.', '该控制项的回答为“未落实”。')
}

export function justificationMissingReason(): FindingReason {
  return reason(
    'justification_missing',
    'The control is marked not applicable without a justification (the SAQ requires an explanation in Appendix C).',
    '该控制项被标记为“不适用”，但未说明理由（SAQ 要求在附录 C 中说明不适用的原因）。',
  )
}

const CCW_FIELDS: readonly (keyof CompensatingControlWorksheet)[] = [
  'constraint',
  'objective',
  'identified_risk',
  'definition',
  'validation',
  'maintenance',
]

const CCW_FIELD_NAMES: Record<keyof CompensatingControlWorksheet, {en: string; zh: string}> = {
  constraint: {en: 'constraint', zh: '限制条件'},
  objective: {en: 'objective', zh: '目标'},
  identified_risk: {en: 'identified risk', zh: '已识别的风险'},
  definition: {en: 'definition', zh: '补偿性控制的定义'},
  validation: {en: 'validation', zh: '补偿性控制的验证'},
  maintenance: {en: 'maintenance', zh: '补偿性控制的维护'},
}

/** The worksheet rows left blank, in the Appendix B order; every row of a missing worksheet. */
export function blankCcwFields(ccw: CompensatingControlWorksheet | undefined): (keyof CompensatingControlWorksheet)[] {
  return CCW_FIELDS.filter((f) => !ccw || (ccw[f] ?? '').trim() === '')
}

export function ccwMissingReason(ccw: CompensatingControlWorksheet | undefined): FindingReason {
  if (!ccw) {
    return reason(
      'ccw_missing',
      'The control is marked in place with a compensating control, but the Compensating Controls Worksheet (Appendix B) is missing.',
      '该控制项被标记为“通过补偿性控制落实”，但缺少补偿性控制工作表（附录 B）。',
    )
  }
  const blank = blankCcwFields(ccw)
  return reason(
    'ccw_missing',
    `The control is marked in place with a compensating control, but the Compensating Controls Worksheet (Appendix B) is incomplete: ${blank.map((f) => CCW_FIELD_NAMES[f].en).join(', ')} ${blank.length === 1 ? 'is' : 'are'} empty.`,
    `该控制项被标记为“通过补偿性控制落实”，但补偿性控制工作表（附录 B）不完整：${blank.map((f) => CCW_FIELD_NAMES[f].zh).join('、')}为空。`,
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
      `缺少所需证据：证据文件 ${unreadable.join('、')} 无法读取。要求：${zh}`,
    )
  }
  return reason('evidence_missing', `Required evidence is missing: ${en}`, `缺少所需证据：${zh}`)
}

export function evidenceStaleReason(newest: string, age: number, maxAgeDays: number): FindingReason {
  return reason(
    'evidence_stale',
    `The newest evidence is dated ${newest}, ${age} days before the assessment; at most ${maxAgeDays} days are allowed.`,
    `最新证据的日期为 ${newest}，早于评估日 ${age} 天，超过允许的 ${maxAgeDays} 天。`,
  )
}

const IDENTITY_FIELDS_ZH: Partial<Record<keyof Device, string>> = {
  serial: '序列号',
  make: '厂商',
  model: '型号',
  location: '位置',
}

/**
 * A device problem in every result language. The English text is device-checks' own message, so the two
 * cannot drift; the Chinese text is rebuilt from the same device fields.
 */
export function deviceProblemReason(problem: DeviceProblem, device: Device, options: DeviceCheckOptions): FindingReason {
  const en = `${problem.message.charAt(0).toUpperCase()}${problem.message.slice(1)}.`
  const s = problem.serial
  let zh: string
  switch (problem.check) {
    case 'identity':
      zh = `终端 ${s} 在清单中缺少${IDENTITY_FIELDS_ZH[problem.field] ?? problem.field}。`
      break
    case 'seals':
      zh = `终端 ${s} 未记录防拆封条编号。`
      break
    case 'inspection':
      zh = device.last_inspection
        ? `终端 ${s} 最近一次检查早于评估日 ${daysBetween(device.last_inspection, options.date)} 天（最多允许 ${options.intervalDays} 天）。`
        : `终端 ${s} 没有检查记录。`
      break
    case 'pts_approval':
      zh =
        problem.field === 'pts_approval'
          ? `终端 ${s} 缺少 PCI PTS 认证编号。`
          : device.pts_expiry
            ? `终端 ${s} 的 PTS 认证已于 ${device.pts_expiry} 过期。`
            : `终端 ${s} 缺少 PTS 认证有效期。`
      break
    case 'firmware':
      zh = `终端 ${s} 未记录固件版本。`
      break
  }
  return reason('device_check_failed', en, zh)
}
