import {ZH} from '../../model/glossary.js'
import type {Language} from '../../model/language.js'

/**
 * The controls: each one's question, and what its status needs. In English; the other languages follow its shape,
 * so a missing translation is a type error.
 */
const en = {
  section: 'Controls',
  progress: (d: number, dn: number, c: number, cn: number) => `Domain ${d}/${dn} · Control ${c}/${cn}`,
  resumeAt: (done: number, total: number, id: string) => `${done} of ${total} controls already answered; continuing with ${id}.`,
  allAnswered: (total: number) => `All ${total} controls are answered.`,
  recheck: (from: string, to: string, count: number) =>
    `These answers were written for catalog ${from}; ${count} of their controls are new or changed in ${to} and are asked again. The others keep their answers.`,
  askAll: (total: number) => `Asking all ${total} controls again; each answer given is offered as the default.`,
  newIn: (version: string) => `New in catalog ${version}.`,
  changedIn: (version: string) => `Changed in catalog ${version}: check your answer (the status given is the default).`,
  retired: (id: string, version: string) => `${id} was retired in catalog ${version}: its answer is removed.`,
  upgraded: (from: string, to: string) => `These answers, written for catalog ${from}, are now for catalog ${to}.`,
  evidenceExpected: (required: boolean, description: string, days: number) =>
    `Evidence ${required ? 'required' : 'suggested'}: ${description} (no older than ${days} days)`,
  guidance: (text: string) => `Guidance: ${text}`,
  status: 'Status',
  justification: 'Why does this control not apply to you?',
  ccwIntro: 'Compensating control worksheet (PCI DSS Appendix B): six short answers.',
  /** Under each worksheet row's name (src/model/ccw.ts), what the row asks. */
  ccwExplanations: {
    constraint: 'Why can the requirement not be met as written?',
    objective: 'What is the requirement meant to achieve, and how does your control achieve it?',
    identified_risk: 'What extra risk comes from not meeting the requirement as written?',
    definition: 'What do you do instead?',
    validation: 'How was the compensating control tested?',
    maintenance: 'What keeps it working over time?',
  },
  reviewBy: (latest: string) => `Review this exception again by, YYYY-MM-DD (at most 12 months after the assessment: ${latest})`,
  reviewByPast: (date: string, assessed: string) =>
    `Note: ${date} is before the assessment date ${assessed}; the exception has expired and will be reported as a gap.`,
  owner: 'Who will close this gap? (name or role)',
  targetDate: (days: number) => `Target date to close it, YYYY-MM-DD (the catalog allows ${days} days)`,
  notes: 'Notes (empty to skip)',
  evidenceLocation: 'Evidence: a file path (relative to the answers file) or an https:// URL (empty when done)',
  evidenceDate: 'Date of this evidence (YYYY-MM-DD)',
  evidenceNeeded: 'The catalog requires evidence for this control; without it the control is reported as failing.',
  evidenceStale: (date: string, days: number) => `Note: evidence dated ${date} is older than ${days} days and will count as stale.`,
  evidenceMissingFile: (path: string) => `Note: ${path} does not exist yet; add it before running posattest report.`,
  badUrl: 'Enter a file path or a URL starting with http:// or https://',
}

/** The texts above, and their types, are the ones every language has. */
export type ControlsMessages = typeof en

const zhCN: ControlsMessages = {
  section: ZH.control,
  progress: (d, dn, c, cn) => `领域 ${d}/${dn} · ${ZH.control} ${c}/${cn}`,
  resumeAt: (done, total, id) => `${total} 个${ZH.control}中已回答 ${done} 个；从 ${id} 继续。`,
  allAnswered: (total) => `全部 ${total} 个${ZH.control}均已回答。`,
  recheck: (from, to, count) =>
    `这些回答是按${ZH.catalog} ${from} 填写的；其中 ${count} 个${ZH.control}在 ${to} 中为新增或有变更，现重新询问。其余${ZH.control}保留原有回答。`,
  askAll: (total) => `重新询问全部 ${total} 个${ZH.control}；已给出的回答作为默认值。`,
  newIn: (version) => `${ZH.catalog} ${version} 新增。`,
  changedIn: (version) => `${ZH.catalog} ${version} 有变更：请核对您的回答（已给出的状态为默认值）。`,
  retired: (id, version) => `${id} 已在${ZH.catalog} ${version} 中停用：其回答已删除。`,
  upgraded: (from, to) => `这些回答原按${ZH.catalog} ${from} 填写，现已对应${ZH.catalog} ${to}。`,
  evidenceExpected: (required, description, days) =>
    `${required ? '必需' : '建议'}${ZH.evidence}：${description}（不得早于评估日期前 ${days} 天）`,
  guidance: (text) => `说明：${text}`,
  status: '状态',
  justification: `为什么此${ZH.control}对您不适用？`,
  ccwIntro: `${ZH.ccw}（PCI DSS 附录 B）：请简要回答六个问题。`,
  ccwExplanations: {
    constraint: '为什么无法按原文满足该要求？',
    objective: '该要求旨在达到什么目的？您的控制如何达到？',
    identified_risk: '未按原文满足要求会带来哪些额外风险？',
    definition: '您采取了哪些替代措施？',
    validation: '如何测试补偿性控制的有效性？',
    maintenance: '如何确保其持续有效？',
  },
  reviewBy: (latest) => `该${ZH.exception}的${ZH.reviewBy}，YYYY-MM-DD（最晚为评估日期后 12 个月：${latest}）`,
  reviewByPast: (date, assessed) => `提示：${date} 早于评估日期 ${assessed}；该${ZH.exception}已过期，将计为${ZH.gap}。`,
  owner: `由谁负责弥补此${ZH.gap}？（姓名或岗位）`,
  targetDate: (days) => `${ZH.targetDate}，YYYY-MM-DD（${ZH.catalog}允许 ${days} 天）`,
  notes: '备注（留空跳过）',
  evidenceLocation: `${ZH.evidence}：文件路径（相对于回答文件）或 https:// 链接（完成时留空）`,
  evidenceDate: `该${ZH.evidence}的日期（YYYY-MM-DD）`,
  evidenceNeeded: `${ZH.catalog}要求此${ZH.control}提供${ZH.evidence}；没有${ZH.evidence}时，该${ZH.control}将被判定为不合格。`,
  evidenceStale: (date, days) => `提示：日期为 ${date} 的${ZH.evidence}已超过 ${days} 天，将被视为过期。`,
  evidenceMissingFile: (path) => `提示：${path} 尚不存在；请在运行 posattest report 之前补上。`,
  badUrl: '请输入文件路径，或以 http:// 或 https:// 开头的链接',
}

export const CONTROLS_MESSAGES: Record<Language, ControlsMessages> = {en, 'zh-CN': zhCN}
