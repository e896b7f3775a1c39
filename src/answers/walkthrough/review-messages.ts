import {ZH} from '../../model/glossary.js'
import type {Language} from '../../model/language.js'

/**
 * The review at the end: what is answered, the gaps, what is still open, and what to run next. In English; the
 * other languages follow its shape, so a missing translation is a type error.
 */
const en = {
  section: 'Review',
  gaps: 'Gaps (not in place):',
  noGaps: 'No gaps recorded.',
  gapLine: (id: string, title: string, owner: string, target: string) => `  ${id}  ${title}: owner ${owner || '?'}, target ${target || '?'}`,
  unanswered: 'Not answered yet:',
  incomplete: 'Answered but incomplete (run assess again to finish):',
  withoutEvidence: 'In place but without the evidence the catalog requires:',
  done: (answered: number, total: number) => `${answered} of ${total} applicable controls answered.`,
  next: (file: string) => [`Next: posattest validate ${file}`, `Then: posattest report ${file}`],
  resume: (file: string) => `To answer the rest: posattest assess ${file}`,
}

/** The texts above, and their types, are the ones every language has. */
export type ReviewMessages = typeof en

const zhCN: ReviewMessages = {
  section: '复核',
  gaps: `${ZH.gap}（未落实）：`,
  noGaps: `没有记录${ZH.gap}。`,
  gapLine: (id, title, owner, target) => `  ${id}  ${title}：${ZH.owner} ${owner || '?'}，${ZH.targetDate} ${target || '?'}`,
  unanswered: '尚未回答：',
  incomplete: '已回答但不完整（再次运行 assess 以完成）：',
  withoutEvidence: `已落实但缺少${ZH.catalog}要求的${ZH.evidence}：`,
  done: (answered, total) => `${total} 个适用${ZH.control}中已回答 ${answered} 个。`,
  next: (file) => [`下一步：posattest validate ${file}`, `然后：posattest report ${file}`],
  resume: (file) => `继续回答其余问题：posattest assess ${file}`,
}

export const REVIEW_MESSAGES: Record<Language, ReviewMessages> = {en, 'zh-CN': zhCN}
