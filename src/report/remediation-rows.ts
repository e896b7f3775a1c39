import type {AssessmentResult, ControlResult, RemediationItem, SiteResult} from '../generated/result.js'
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
 * The sites an item of the plan is for, as its sheet names them ("LDS-01 Leeds Briggate"): the sites the
 * result lists for the control's gap. Empty for a single-site result, and for a gap that holds at every site of
 * an organisation: that is the organisation's own work, one row, not one per shop.
 */
export function sitesOf(item: {sites?: readonly string[]}, result: AssessmentResult): string[] {
  return planSites(item, result).map((site) => `${site.id} ${site.name}`)
}

function planSites(item: {sites?: readonly string[]}, result: AssessmentResult): SiteResult[] {
  const all = result.sites ?? []
  const listed = item.sites ?? []
  if (all.length === 0 || listed.length === 0 || all.every((site) => listed.includes(site.id))) return []
  return all.filter((site) => listed.includes(site.id))
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
  return sortedPlan(result.remediation).flatMap((item) => {
    const control = controls.get(item.control_id)
    const sites = planSites(item, result)
    return sites.length === 0 ? [planRow(item, control?.status ?? '', control?.finding?.reasons ?? [], undefined, control, lang)] : sites.map((site) => {
      // A site's row says the site's own status and the reasons that hold there.
      const gap = site.gaps.find((g) => g.control_id === item.control_id)
      return planRow(item, gap?.status ?? control?.status ?? '', gap?.reasons ?? [], `${site.id} ${site.name}`, control, lang)
    })
  })
}

function planRow(
  item: RemediationItem,
  status: string,
  reasons: readonly {text: Readonly<Record<string, string | undefined>>}[],
  site: string | undefined,
  control: ControlResult | undefined,
  lang: Language,
): RemediationRow {
  return {
      site: site === undefined ? '' : safeText(site),
      priority: item.priority,
      control_id: safeText(item.control_id),
      domain: safeText(item.domain),
      title: safeText(localized(item.title, lang)),
      severity: item.severity,
      status,
      owner: item.owner === undefined ? '' : safeText(item.owner),
      due_date: item.due_date,
      steps: item.steps.map((s, i) => `${i + 1}. ${safeText(localized(s, lang))}`).join('\n'),
      reasons: reasons.map((r) => safeText(localized(r.text, lang))).join('\n'),
      devices: (control?.finding?.devices ?? []).map((d) => safeText(d)).join(' '),
  }
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
