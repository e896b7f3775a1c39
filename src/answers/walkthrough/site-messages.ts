import {ZH} from '../../model/glossary.js'
import type {Language} from '../../model/language.js'

/**
 * One site's walk-through (`assess --site`). In English; the other languages follow its shape, so a missing
 * translation is a type error.
 */
const en = {
  section: (id: string, name: string) => `Site ${id} · ${name}`,
  intro: (count: number) =>
    `${count} per-site ${count === 1 ? 'control' : 'controls'}: for each, keep the organisation's answer or give this site's own.`,
  none: 'No per-site control applies to this assessment: every answer is the organisation\'s.',
  progress: (n: number, total: number) => `Per-site control ${n}/${total}`,
  status: 'Status at this site',
  inherit: (organisation: string) => `Same as the organisation (${organisation})`,
  organisationUnanswered: 'not answered yet',
  done: (own: number, total: number) => `This site answers ${own} of ${total} per-site controls itself; the others follow the organisation.`,
  gaps: 'Gaps at this site (not in place):',
  noGaps: 'No gaps recorded at this site.',
  gapLine: (id: string, title: string, owner: string, target: string) => `  ${id}  ${title}: owner ${owner || '?'}, target ${target || '?'}`,
  next: (file: string) => `Next: posattest validate ${file}`,
}

export type SiteMessages = typeof en

const zhCN: SiteMessages = {
  section: (id, name) => `${ZH.site} ${id} · ${name}`,
  intro: (count) => `按${ZH.site}作答的${ZH.control}共 ${count} 项：每项可沿用机构的回答，或填写本${ZH.site}自己的回答。`,
  none: `本次评估没有适用的按${ZH.site}作答的${ZH.control}：所有回答均为机构的回答。`,
  progress: (n, total) => `按${ZH.site}作答的${ZH.control} ${n}/${total}`,
  status: `本${ZH.site}的状态`,
  inherit: (organisation) => `与机构相同（${organisation}）`,
  organisationUnanswered: '尚未作答',
  done: (own, total) => `本${ZH.site}自行回答了 ${total} 项按${ZH.site}作答的${ZH.control}中的 ${own} 项；其余沿用机构的回答。`,
  gaps: `本${ZH.site}的${ZH.gap}（未落实）：`,
  noGaps: `本${ZH.site}没有记录${ZH.gap}。`,
  gapLine: (id, title, owner, target) => `  ${id}  ${title}：${ZH.owner} ${owner || '?'}，${ZH.targetDate} ${target || '?'}`,
  next: (file) => `下一步：posattest validate ${file}`,
}

export const SITE_MESSAGES: Record<Language, SiteMessages> = {en, 'zh-CN': zhCN}
