import type {AssessmentResult, SiteResult} from '../generated/result.js'
import type {Language} from '../model/language.js'
import type {PdfLayout, TableRow} from './pdf-layout.js'
import {COLORS} from './pdf-style.js'
import {formatScore, type ReportLabels, type ReportModel} from './report-model.js'

/** The per-site table's columns, with their widths in points (0: what is left). */
const SITES_TABLE_COLUMNS = [['site', 0], ['terminals', 60], ['score', 50], ['verdict', 86], ['gaps', 40]] as const

export interface SiteGapView {
  control_id: string
  title: string
  priority: string
  severity_label: string
  reasons: string[]
  devices: string
  owner?: string
  due_date: string
}

export interface SiteView {
  id: string
  name: string
  address?: string
  terminals: number
  score: number
  score_text: string
  compliant: boolean
  verdict_label: string
  gaps: SiteGapView[]
}

export interface SitesView {
  list: SiteView[]
  /** The sites without a gap, as one list in the report's language. */
  compliant_list: string
  compliant_count: number
  with_gaps_count: number
}

/** Each terminal's site id, for an organisation with sites (empty otherwise). */
export function siteOfTerminal(result: AssessmentResult): Map<string, string> {
  return new Map((result.sites ?? []).flatMap((s) => s.terminals.map((serial) => [serial, s.id] as const)))
}

/** The per-site part of the report: the summary table's rows and each site's gaps, in one language. */
export function buildSiteViews(sites: readonly SiteResult[], lang: Language, labels: ReportLabels): SitesView {
  const text = (t: Record<string, string | undefined>): string => t[lang] ?? t.en ?? Object.values(t).find(Boolean) ?? ''
  const list = sites.map(
    (s): SiteView => ({
      id: s.id,
      name: s.name,
      ...(s.address === undefined ? {} : {address: s.address}),
      terminals: s.terminals.length,
      score: s.score,
      score_text: formatScore(s.score),
      compliant: s.verdict === 'compliant',
      verdict_label: labels.verdict[s.verdict],
      gaps: s.gaps.map((g) => ({
        control_id: g.control_id,
        title: text(g.title),
        priority: g.priority,
        severity_label: labels.severity[g.severity],
        reasons: g.reasons.map((r) => text(r.text)),
        devices: g.devices.join(labels.list_separator),
        ...(g.owner === undefined ? {} : {owner: g.owner}),
        due_date: g.due_date,
      })),
    }),
  )
  const compliant = list.filter((s) => s.compliant)
  return {
    list,
    compliant_list: compliant.map((s) => s.id).join(labels.list_separator),
    compliant_count: compliant.length,
    with_gaps_count: list.length - compliant.length,
  }
}

/** The per-site summary table: site, terminals, score, verdict, gaps; a site with gaps is tinted. */
export function sitesTable(layout: PdfLayout, model: ReportModel): void {
  const labels = model.labels.sites.columns
  const rows: TableRow[] = (model.sites?.list ?? []).map((s) => ({
    fill: s.compliant ? undefined : COLORS.redTint,
    cells: [
      {text: `${s.id}  ${s.name}`, weight: 'bold'},
      String(s.terminals),
      {text: s.score_text, weight: 'bold'},
      s.compliant ? {text: s.verdict_label, color: COLORS.green} : {text: s.verdict_label, color: COLORS.red, weight: 'bold'},
      s.gaps.length === 0 ? '—' : {text: String(s.gaps.length), color: COLORS.red, weight: 'bold'},
    ],
  }))
  layout.table(SITES_TABLE_COLUMNS.map(([key, width]) => ({header: labels[key], width})), rows, {size: 8})
}
