import type {AssessmentResult, ControlResult, RemediationItem} from '../generated/result.js'
import {safeText} from '../model/control-characters.js'
import type {Language} from '../model/language.js'

/** One line of the remediation plan, as the CSV and the workbook show it: every text already made safe. */
export interface RemediationRow {
  site: string
  priority: string
  control_id: string
  domain: string
  title: string
  severity: string
  status: string
  owner: string
  due_date: string
  steps: string
  reasons: string
  devices: string
}

/** The columns of the plan, in order: the CSV's header and the workbook's first row. */
export const REMEDIATION_COLUMNS: readonly (keyof RemediationRow)[] = [
  'site',
  'priority',
  'control_id',
  'domain',
  'title',
  'severity',
  'status',
  'owner',
  'due_date',
  'steps',
  'reasons',
  'devices',
]

/**
 * The site an item of the result belongs to, for per-site sheets. Results do not name sites yet, so this is
 * undefined today and the plan is one group; when a control or a remediation item carries a `site`, it is
 * read here and nowhere else.
 */
export function siteOf(item: object): string | undefined {
  const site = (item as {site?: unknown}).site
  return typeof site === 'string' && site.trim() !== '' ? site : undefined
}

/** A localized text in `lang`, else English, else any language the text has. */
export function localized(text: Readonly<Record<string, string | undefined>>, lang: Language): string {
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? ''
}

/** Plain code-unit order: the same on every machine and locale. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The remediation plan as rows, in plan order (priority, due date, control id). Multi-line cells (steps,
 * reasons) are one line per step; every text passes through safeText, line by line.
 */
export function remediationRows(result: AssessmentResult, lang: Language): RemediationRow[] {
  const controls = new Map<string, ControlResult>(result.controls.map((c) => [c.id, c]))
  return sortedPlan(result.remediation).map((item) => {
    const control = controls.get(item.control_id)
    const site = siteOf(item) ?? (control === undefined ? undefined : siteOf(control))
    return {
      site: site === undefined ? '' : safeText(site),
      priority: item.priority,
      control_id: safeText(item.control_id),
      domain: safeText(item.domain),
      title: safeText(localized(item.title, lang)),
      severity: item.severity,
      status: control?.status ?? '',
      owner: item.owner === undefined ? '' : safeText(item.owner),
      due_date: item.due_date,
      steps: item.steps.map((s, i) => `${i + 1}. ${safeText(localized(s, lang))}`).join('\n'),
      reasons: (control?.finding?.reasons ?? []).map((r) => safeText(localized(r.text, lang))).join('\n'),
      devices: (control?.finding?.devices ?? []).map((d) => safeText(d)).join(' '),
    }
  })
}

/** The plan in a fixed order: priority, then due date, then control id. */
export function sortedPlan(items: readonly RemediationItem[]): RemediationItem[] {
  return [...items].sort(
    (a, b) => byCodeUnits(a.priority, b.priority) || byCodeUnits(a.due_date, b.due_date) || byCodeUnits(a.control_id, b.control_id),
  )
}

export interface SiteGroup {
  /** The site, or undefined for rows without one. */
  site: string | undefined
  rows: RemediationRow[]
}

/** Rows grouped by site, sites in code-unit order, rows without a site last; one group when no row names a site. */
export function groupBySite(rows: readonly RemediationRow[]): SiteGroup[] {
  const groups = new Map<string, RemediationRow[]>()
  const unassigned: RemediationRow[] = []
  for (const row of rows) {
    if (row.site === '') unassigned.push(row)
    else {
      const group = groups.get(row.site)
      if (group) group.push(row)
      else groups.set(row.site, [row])
    }
  }
  const out: SiteGroup[] = [...groups.keys()].sort(byCodeUnits).map((site) => ({site, rows: groups.get(site)!}))
  if (unassigned.length > 0 || out.length === 0) out.push({site: undefined, rows: unassigned})
  return out
}
