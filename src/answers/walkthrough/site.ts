import {localized} from '../../catalog/catalog.js'
import {hasStatus} from '../../model/completeness.js'
import {UserError} from '../../model/errors.js'
import {ANSWER_STATUSES, STATUS_LABELS, type AnswerStatus} from '../../model/status.js'
import type {YamlPath} from '../answers-document.js'
import {answerOf, applicableControls, askControl} from './controls.js'
import type {WalkthroughGap} from './review.js'
import type {WalkthroughSession} from './session.js'
import {SITE_MESSAGES} from './site-messages.js'

/** Where one site's answers stand when its walk-through ends. */
export interface SiteWalkthroughSummary {
  site: string
  /** Per-site controls that apply. */
  applicable: number
  /** Of those, the ones this site answers itself. */
  own: string[]
  gaps: WalkthroughGap[]
}

/** The index in `sites` of the site named (by id, else by name), or a UserError listing the sites. */
export function siteIndex(s: WalkthroughSession, name: string): number {
  const sites = s.doc.get(['sites'])
  const list = Array.isArray(sites) ? (sites as unknown[]) : []
  const field = (site: unknown, key: 'id' | 'name') =>
    site !== null && typeof site === 'object' ? (site as Record<string, unknown>)[key] : undefined
  if (list.length === 0) {
    throw new UserError('no-sites', `${s.options.file} lists no sites`, {next: 'posattest init --sites sites.csv, for an organisation with sites'})
  }
  let index = list.findIndex((site) => field(site, 'id') === name)
  if (index < 0) index = list.findIndex((site) => field(site, 'name') === name)
  if (index < 0) {
    const known = list.map((site) => String(field(site, 'id'))).join(', ')
    throw new UserError('unknown-site', `${s.options.file} has no site '${name}'; its sites are: ${known}`)
  }
  return index
}

/**
 * Walks one site through the per-site controls (the catalog's `scope: site`) that apply: for each, the site keeps
 * the organisation's answer (nothing is written; an answer of its own is removed) or gives its own, written under
 * sites.N.controls and asked, as any answer, for what its status needs. Every answer is saved at once.
 */
export async function askSite(s: WalkthroughSession, name: string): Promise<SiteWalkthroughSummary> {
  const m = SITE_MESSAGES[s.lang]
  const lang = s.lang
  const index = siteIndex(s, name)
  const id = String(s.doc.get(['sites', index, 'id']))
  s.heading(m.section(id, String(s.doc.get(['sites', index, 'name']) ?? '')))
  const perSite = applicableControls(s).filter((c) => c.scope === 'site' && (s.options.domain === undefined || c.domain === s.options.domain))
  if (perSite.length === 0) s.print(m.none)
  else s.print(m.intro(perSite.length))

  for (const [n, control] of perSite.entries()) {
    const base: YamlPath = ['sites', index, 'controls', control.id]
    const chooseStatus = async () => {
      const organisation = answerOf(s, control.id)
      const current = answerOf(s, control.id, base)
      const inherited = hasStatus(organisation) ? STATUS_LABELS[lang][organisation!.status as AnswerStatus] : m.organisationUnanswered
      const choices = [
        {value: 'organisation' as const, name: m.inherit(inherited)},
        ...ANSWER_STATUSES.map((value) => ({value, name: STATUS_LABELS[lang][value]})),
      ]
      const chosen = await s.prompts.select({message: m.status, choices, default: hasStatus(current) ? (current!.status as AnswerStatus) : 'organisation'})
      if (chosen === 'organisation') {
        if (current !== undefined) await s.put(base, undefined)
        return
      }
      // Another status starts the site's answer afresh (its notes kept): what the new status needs is asked next.
      if (current?.status !== chosen) await s.put(base, {status: chosen, ...(current?.notes === undefined ? {} : {notes: current.notes})})
    }
    await askControl(s, control, m.progress(n + 1, perSite.length), undefined, base, chooseStatus)
  }

  const own = perSite.filter((c) => hasStatus(answerOf(s, c.id, ['sites', index, 'controls', c.id]))).map((c) => c.id)
  const gaps: WalkthroughGap[] = []
  for (const c of perSite) {
    const answer = answerOf(s, c.id, own.includes(c.id) ? ['sites', index, 'controls', c.id] : ['controls', c.id])
    if (answer?.status !== 'not_in_place') continue
    gaps.push({
      id: c.id,
      title: localized(c.title, lang),
      ...(answer.owner ? {owner: answer.owner} : {}),
      ...(answer.target_date ? {target_date: answer.target_date} : {}),
    })
  }
  s.print('')
  s.print(m.done(own.length, perSite.length))
  if (gaps.length === 0) s.print(m.noGaps)
  else {
    s.print(m.gaps)
    for (const gap of gaps) s.print(m.gapLine(gap.id, gap.title, gap.owner ?? '', gap.target_date ?? ''))
  }
  s.print(m.next(s.options.file))
  return {site: id, applicable: perSite.length, own, gaps}
}
