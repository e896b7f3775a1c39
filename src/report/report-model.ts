import {escapeDeep} from '../model/control-characters.js'
import {type AocLabels, type AocView, buildAocView} from './aoc.js'
import {buildSiteViews, siteOfTerminal, type SitesView} from './site-views.js'
import {daysBetween} from '../model/day.js'
import {DEVICE_STATE_LABELS} from '../model/device.js'
import type {Language} from '../model/language.js'
import {STATUS_LABELS} from '../model/status.js'
import {otherStandardsText} from '../model/references.js'
import type {Device} from '../generated/answers.js'
import type {AssessmentResult, ControlResult, RemediationItem, ResultStatus, Severity} from '../generated/result.js'
import {EMBEDDED_INVENTORY_NAME} from '../model/report-attachments.js'
import {findingsBySerial, INVENTORY_LISTED_MAX, summarisesInventory} from './inventory-csv.js'

/** A PTS approval this close to its expiry (counted from the assessment date) is flagged in the inventory. */
export const PTS_EXPIRY_WARNING_DAYS = 365

/**
 * The short texts of one language (templates/<lang>/labels.json); the prose lives in the .hbs templates. The names
 * of statuses and terminal states are the model's (src/model/status.ts, src/model/device.ts).
 */
export interface ReportLabels {
  report_title: string
  page: string
  verdict_caption: string
  score_caption: string
  signature: string
  gap: string
  ok: string
  severity: Record<Severity, string>
  verdict: Record<AssessmentResult['verdict'], string>
  role: Record<AssessmentResult['assessment']['role'], string>
  connection: Record<string, string>
  pts: {expired: string; expiring: string}
  inventory_columns: Record<'serial' | 'model' | 'pts' | 'expiry' | 'location' | 'seals' | 'inspected' | 'firmware' | 'state', string>
  /** The tables of a summarised inventory (above INVENTORY_LISTED_MAX terminals). */
  inventory_summary_columns: Record<'model' | 'site' | 'state' | 'terminals' | 'in_use' | 'with_findings' | 'serial' | 'findings', string>
  remediation_columns: Record<'priority' | 'control' | 'title' | 'owner' | 'due', string>
  answers_columns: Record<'control' | 'status' | 'result' | 'evidence' | 'owner' | 'notes', string>
  chart: {axis: string; none: string}
  due: string
  owner_missing: string
  list_separator: string
  /** After the first items of a long list in a report whose inventory is summarised: {count} and {file}. */
  more_in_inventory: string
  /** After the start of a long remediation step in such a report: {file}. */
  rest_in_inventory: string
  aoc: AocLabels
  /** An organisation with sites: the per-site summary table and findings. */
  sites: {columns: Record<'site' | 'terminals' | 'score' | 'verdict' | 'gaps', string>}
}

export type PtsState = 'expired' | 'expiring' | 'current' | 'unknown'

export interface DeviceView extends Device {
  state_label: string
  pts_state: PtsState
  /** Days from the assessment date to the PTS expiry (negative once expired). */
  pts_days_left?: number
}

/** One row of a summary table: a model, site or state and how many terminals it has. */
export interface InventoryGroupView {
  label: string
  terminals: number
  in_use: number
  with_findings: number
}

/** A terminal with a finding (named by a control's finding, or its PTS approval expired or expiring). */
export interface FlaggedDeviceView {
  serial: string
  model: string
  location?: string
  state_label: string
  pts_state: PtsState
  pts_expiry?: string
  /** The controls whose finding names the terminal. */
  controls: string[]
}

/** Rows of each summary table at most; the rest are counted ("and N more"), and all are in the attached CSV. */
export const INVENTORY_SUMMARY_ROWS = 50
/** Terminals with findings listed at most. */
export const INVENTORY_FLAGGED_ROWS = 100
/**
 * With a summarised inventory, a control's finding may name thousands of terminals: its card shows this many
 * of its reasons and terminals, and a remediation step this many characters, then says where the rest are.
 */
export const SUMMARISED_LIST_ITEMS = 20
export const SUMMARISED_STEP_CHARS = 600

/** The inventory of a long list (an acquirer's estate), summarised: the whole list is the attached CSV. */
export interface InventorySummaryView {
  listed_max: number
  attachment: string
  by_model: InventoryGroupView[]
  by_model_more: number
  by_site: InventoryGroupView[]
  by_site_more: number
  by_state: InventoryGroupView[]
  flagged: FlaggedDeviceView[]
  flagged_total: number
  flagged_more: number
}

export interface EvidenceView {
  reference: string
  date: string
  description?: string
  sha256?: string
}

export interface ControlView {
  id: string
  domain: string
  title: string
  severity: Severity
  severity_label: string
  status: ResultStatus
  status_label: string
  pci_dss: string
  /** Requirements of other PCI standards, grouped by standard: `PCI PIN Security v3.1 12, 14`. */
  other_standards: string
  notes?: string
  justification?: string
  owner?: string
  target_date?: string
  /** An exception's review day (not applicable, in place with CCW). */
  review_by?: string
  evidence: EvidenceView[]
  /** Why the control is a gap; empty when it is satisfied. */
  reasons: string[]
  devices: string
  gap: boolean
  ccw?: NonNullable<ControlResult['ccw']>
}

export interface DomainView {
  id: string
  title: string
  score: number
  score_text: string
  applicable: number
  satisfied: number
  gaps: number
  controls: ControlView[]
}

export interface RemediationView {
  priority: RemediationItem['priority']
  control_id: string
  title: string
  severity_label: string
  steps: string[]
  owner?: string
  due_date: string
  /** The owner's own target date from the answer, when one was given. */
  target_date?: string
  /** The owner's target date falls after the due date. */
  target_after_due: boolean
  /** An organisation with sites: the sites where the control is a gap, as one list. */
  sites?: string
}

export interface ReportModel {
  lang: Language
  labels: ReportLabels
  /** The date the report is issued (and attested), YYYY-MM-DD. */
  report_date: string
  title: string
  generator: string
  catalog: AssessmentResult['catalog']
  assessment: AssessmentResult['assessment']
  entity_name: string
  role_label: string
  verdict: {code: AssessmentResult['verdict']; label: string; compliant: boolean}
  score: number
  score_text: string
  counts: {
    applicable: number
    satisfied: number
    gaps: number
    excluded: number
    in_place: number
    in_place_ccw: number
    not_applicable: number
    not_in_place: number
    unanswered: number
    p1: number
    p2: number
    p3: number
    p4: number
  }
  domains: DomainView[]
  controls: ControlView[]
  excluded: string
  profile: AssessmentResult['profile'] & {connections_text: string}
  /** Every terminal, listed in the PDF; empty when the inventory is summarised (see inventory_summary). */
  inventory: DeviceView[]
  /** Set when the inventory is longer than INVENTORY_LISTED_MAX: the PDF shows this and attaches the CSV. */
  inventory_summary: InventorySummaryView | null
  inventory_counts: {total: number; in_use: number; spare: number; in_repair: number; retired: number; expired: number; expiring: number}
  remediation: RemediationView[]
  ccw: ControlView[]
  not_applicable: ControlView[]
  changes: (NonNullable<AssessmentResult['changes']> & {previous_score_text: string; score_delta_text: string}) | null
  /** The Attestation of Compliance (src/report/aoc.ts). */
  aoc: AocView
  /** An organisation with sites (src/report/site-views.ts); null for a single site. */
  sites: SitesView | null
}

/** Scores carry one decimal; whole numbers print without it. */
export function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1)
}

/** Everything the templates and the layout show, worked out once from the result in one language. */
export function buildReportModel(
  given: AssessmentResult,
  options: {lang: Language; reportDate: string; labels: ReportLabels},
): ReportModel {
  // Every string of the result may come from the answers: none reaches the PDF with a control character
  // (a viewer, a copy-paste or pdftotext would carry it on); line breaks stay, they are the notes' layout.
  const result = escapeDeep(given, {keepNewlines: true})
  const {lang, labels} = options
  const text = (t: Record<string, string | undefined>): string => t[lang] ?? t.en ?? Object.values(t).find(Boolean) ?? ''
  const summarised = summarisesInventory(result)
  const more = (count: number) => labels.more_in_inventory.replace('{count}', count.toLocaleString('en-US')).replace('{file}', EMBEDDED_INVENTORY_NAME)
  // Only a summarised inventory's lists are cut: every other report shows them whole, as it always has.
  const firstOf = (items: string[]): string[] =>
    summarised && items.length > SUMMARISED_LIST_ITEMS ? [...items.slice(0, SUMMARISED_LIST_ITEMS), more(items.length - SUMMARISED_LIST_ITEMS)] : items
  const step = (t: string): string => {
    const chars = [...t]
    if (!summarised || chars.length <= SUMMARISED_STEP_CHARS) return t
    return `${chars.slice(0, SUMMARISED_STEP_CHARS).join('').trimEnd()}${labels.rest_in_inventory.replace('{file}', EMBEDDED_INVENTORY_NAME)}`
  }
  const controls = result.controls.map((c): ControlView => ({
    id: c.id,
    domain: c.domain,
    title: text(c.title),
    severity: c.severity,
    severity_label: labels.severity[c.severity],
    status: c.status,
    status_label: STATUS_LABELS[lang][c.status],
    pci_dss: (c.pci_dss ?? []).join(', '),
    other_standards: otherStandardsText(c.other_standards),
    notes: c.notes,
    justification: c.justification,
    owner: c.owner,
    target_date: c.target_date,
    review_by: c.review_by,
    evidence: c.evidence.map((e) => ({reference: e.path ?? e.url ?? '', date: e.date, description: e.description, sha256: e.sha256})),
    reasons: firstOf(c.finding?.reasons.map((r) => text(r.text)) ?? []),
    devices: firstOf(c.finding?.devices ?? []).join(labels.list_separator),
    gap: c.finding !== null,
    ccw: c.ccw,
  }))

  const domains: DomainView[] = result.scores.domains.map((d) => ({
    id: d.domain,
    title: text(d.title),
    score: d.score,
    score_text: formatScore(d.score),
    applicable: d.applicable,
    satisfied: d.satisfied,
    gaps: d.gaps,
    controls: controls.filter((c) => c.domain === d.domain),
  }))
  // A control whose domain has no score entry still has to appear somewhere.
  const orphans = controls.filter((c) => !domains.some((d) => d.id === c.domain))
  for (const id of [...new Set(orphans.map((c) => c.domain))]) {
    const own = orphans.filter((c) => c.domain === id)
    const gaps = own.filter((c) => c.gap).length
    domains.push({id, title: id, score: 0, score_text: '–', applicable: own.length, satisfied: own.length - gaps, gaps, controls: own})
  }

  const siteOf = siteOfTerminal(result)
  const inventory = result.inventory.map((d): DeviceView => {
    const view: DeviceView = {...d, state_label: DEVICE_STATE_LABELS[lang][d.state], pts_state: 'unknown'}
    // An organisation with sites: the location says the site first.
    const site = siteOf.get(d.serial)
    if (site !== undefined) view.location = d.location === undefined ? site : `${site} · ${d.location}`
    if (d.pts_expiry) {
      const left = daysBetween(result.assessment.date, d.pts_expiry)
      view.pts_days_left = left
      // A retired terminal no longer takes cards: its expiry is history, not a risk.
      view.pts_state = d.state === 'retired' ? 'current' : left < 0 ? 'expired' : left <= PTS_EXPIRY_WARNING_DAYS ? 'expiring' : 'current'
    }
    return view
  })
  const inventorySummary = summarised ? summariseInventory(inventory, result, lang) : null

  const count = (status: ResultStatus) => result.controls.filter((c) => c.status === status).length
  const priorities = (p: RemediationItem['priority']) => result.remediation.filter((r) => r.priority === p).length
  const entity = result.assessment.entity
  const changes = result.changes
    ? {
        ...result.changes,
        previous_score_text: formatScore(result.changes.previous_score),
        score_delta_text: signed(Math.round((result.scores.overall - result.changes.previous_score) * 10) / 10),
      }
    : null

  return {
    lang,
    labels,
    report_date: options.reportDate,
    title: labels.report_title,
    generator: result.generator,
    catalog: result.catalog,
    assessment: result.assessment,
    entity_name: entity.trading_name && entity.trading_name !== entity.legal_name ? `${entity.legal_name} (${entity.trading_name})` : entity.legal_name,
    role_label: labels.role[result.assessment.role],
    verdict: {code: result.verdict, label: labels.verdict[result.verdict], compliant: result.verdict === 'compliant'},
    score: result.scores.overall,
    score_text: formatScore(result.scores.overall),
    counts: {
      applicable: result.controls.length,
      satisfied: result.controls.filter((c) => c.finding === null).length,
      gaps: result.controls.filter((c) => c.finding !== null).length,
      excluded: result.excluded.length,
      in_place: count('in_place'),
      in_place_ccw: count('in_place_ccw'),
      not_applicable: count('not_applicable'),
      not_in_place: count('not_in_place'),
      unanswered: count('unanswered'),
      p1: priorities('P1'),
      p2: priorities('P2'),
      p3: priorities('P3'),
      p4: priorities('P4'),
    },
    domains,
    controls,
    excluded: result.excluded.join(labels.list_separator),
    profile: {
      ...result.profile,
      connections_text: (result.profile.terminal_connections ?? []).map((c) => labels.connection[c] ?? c).join(labels.list_separator),
    },
    inventory: inventorySummary ? [] : inventory,
    inventory_summary: inventorySummary,
    inventory_counts: {
      total: inventory.length,
      in_use: inventory.filter((d) => d.state === 'in-use').length,
      spare: inventory.filter((d) => d.state === 'spare').length,
      in_repair: inventory.filter((d) => d.state === 'in-repair').length,
      retired: inventory.filter((d) => d.state === 'retired').length,
      expired: inventory.filter((d) => d.pts_state === 'expired').length,
      expiring: inventory.filter((d) => d.pts_state === 'expiring').length,
    },
    remediation: result.remediation.map((r) => {
      const target = result.controls.find((c) => c.id === r.control_id)?.target_date
      return {
        priority: r.priority,
        control_id: r.control_id,
        title: text(r.title),
        severity_label: labels.severity[r.severity],
        steps: r.steps.map((s) => step(text(s))),
        owner: r.owner,
        due_date: r.due_date,
        target_date: target,
        target_after_due: target !== undefined && target > r.due_date,
        ...(r.sites === undefined ? {} : {sites: r.sites.join(labels.list_separator)}),
      }
    }),
    ccw: controls.filter((c) => c.status === 'in_place_ccw'),
    not_applicable: controls.filter((c) => c.status === 'not_applicable'),
    changes,
    aoc: buildAocView(result, lang, labels.aoc, labels.list_separator),
    sites: result.sites ? buildSiteViews(result.sites, lang, labels) : null,
  }
}

/**
 * The summary tables of a long inventory: terminals by make and model, by site (location) and by state, the
 * largest groups first (ties by name, compared by code unit so every machine orders alike), each table cut at
 * INVENTORY_SUMMARY_ROWS; and the terminals with findings in inventory order, cut at INVENTORY_FLAGGED_ROWS.
 */
function summariseInventory(inventory: readonly DeviceView[], result: AssessmentResult, lang: Language): InventorySummaryView {
  const findings = findingsBySerial(result)
  const flagged = (d: DeviceView) => findings.has(d.serial) || d.pts_state === 'expired' || d.pts_state === 'expiring'
  const groups = (key: (d: DeviceView) => string, order?: readonly string[]) => {
    const byKey = new Map<string, InventoryGroupView>()
    for (const d of inventory) {
      const label = key(d)
      let group = byKey.get(label)
      if (!group) byKey.set(label, (group = {label, terminals: 0, in_use: 0, with_findings: 0}))
      group.terminals++
      if (d.state === 'in-use') group.in_use++
      if (flagged(d)) group.with_findings++
    }
    const all = [...byKey.values()]
    if (order) return all.sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label))
    return all.sort((a, b) => b.terminals - a.terminals || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
  }
  const byModel = groups((d) => `${d.make} ${d.model}`)
  const bySite = groups((d) => d.location ?? '—')
  const stateLabels = Object.values(DEVICE_STATE_LABELS[lang])
  const withFindings = inventory.filter(flagged)
  return {
    listed_max: INVENTORY_LISTED_MAX,
    attachment: EMBEDDED_INVENTORY_NAME,
    by_model: byModel.slice(0, INVENTORY_SUMMARY_ROWS),
    by_model_more: Math.max(0, byModel.length - INVENTORY_SUMMARY_ROWS),
    by_site: bySite.slice(0, INVENTORY_SUMMARY_ROWS),
    by_site_more: Math.max(0, bySite.length - INVENTORY_SUMMARY_ROWS),
    by_state: groups((d) => d.state_label, stateLabels),
    flagged: withFindings.slice(0, INVENTORY_FLAGGED_ROWS).map((d) => ({
      serial: d.serial,
      model: `${d.make} ${d.model}`,
      ...(d.location === undefined ? {} : {location: d.location}),
      state_label: d.state_label,
      pts_state: d.pts_state,
      ...(d.pts_expiry === undefined ? {} : {pts_expiry: d.pts_expiry}),
      controls: findings.get(d.serial) ?? [],
    })),
    flagged_total: withFindings.length,
    flagged_more: Math.max(0, withFindings.length - INVENTORY_FLAGGED_ROWS),
  }
}

function signed(n: number): string {
  return n > 0 ? `+${formatScore(n)}` : n < 0 ? `−${formatScore(-n)}` : '±0'
}
