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
  remediation_columns: Record<'priority' | 'control' | 'title' | 'owner' | 'due', string>
  answers_columns: Record<'control' | 'status' | 'result' | 'evidence' | 'owner' | 'notes', string>
  chart: {axis: string; none: string}
  due: string
  owner_missing: string
  list_separator: string
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
  inventory: DeviceView[]
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
    reasons: c.finding?.reasons.map((r) => text(r.text)) ?? [],
    devices: (c.finding?.devices ?? []).join(labels.list_separator),
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
    inventory,
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
        steps: r.steps.map((s) => text(s)),
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

function signed(n: number): string {
  return n > 0 ? `+${formatScore(n)}` : n < 0 ? `−${formatScore(-n)}` : '±0'
}
