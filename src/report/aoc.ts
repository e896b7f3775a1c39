import type {AssessmentResult} from '../generated/result.js'
import {devicesInUse} from '../model/device.js'
import type {Language} from '../model/language.js'

/** The AOC's own words of one language (templates/<lang>/labels.json, key `aoc`). */
export interface AocLabels {
  not_answered: string
  yes: string
  no: string
  channels: Record<'card_present' | 'moto' | 'ecommerce', string>
  saq: Record<'P2PE' | 'B' | 'B-IP', string>
  acknowledgements: Record<'completed_per_instructions' | 'fairly_represented' | 'controls_maintained' | 'no_sensitive_authentication_data', string>
  requirements: Record<string, string>
  columns: Record<'requirement' | 'description' | 'compliant' | 'remediation', string>
}

export interface AocRequirementRow {
  /** The principal requirement: 1 to 12, or an appendix such as A2. */
  requirement: string
  title: string
  compliant: boolean
  /** For a requirement with gaps: the latest due date of its gaps, and the controls to fix. */
  remediation_date?: string
  actions?: string
}

export interface AocView {
  saq: {determined: boolean; eligible: boolean; label: string; confirmed: string; unmet: string[]}
  business_description?: string
  channels_text: string
  locations: {type: string; count: number; place: string}[]
  /** The PTS-listed terminal models in use, each with its approval number and expiry (Part 2e). */
  devices: {model: string; approval: string; expiry: string; in_use: number}[]
  service_providers: {name: string; service: string}[]
  acknowledgements: {text: string; confirmed: boolean | undefined}[]
  executive_officer?: {name: string; title: string; date: string}
  /** Non-compliant: the date all gaps are due to be closed (the latest remediation due date). */
  target_date?: string
  requirements: AocRequirementRow[]
}

/** 9.5.1.2 → 9; A2.1.1 → A2. */
export function principalRequirement(id: string): string {
  return id.split('.')[0]!
}

/** 1 … 12, then the appendices A1 … A3. */
function requirementOrder(a: string, b: string): number {
  const rank = (r: string) => (r.startsWith('A') ? 100 + Number(r.slice(1)) : Number(r))
  return rank(a) - rank(b)
}

/**
 * What the Attestation of Compliance shows, worked out from the evaluated result: the SAQ, the business and its
 * terminals (Part 2), the validation statement and acknowledgements (Part 3) and the action plan per PCI DSS
 * requirement (Part 4). Part 4 takes a requirement from every applicable control that cites it; a requirement is
 * not compliant when any of those controls has a gap, and its remediation is those gaps' due dates and controls.
 */
export function buildAocView(result: AssessmentResult, lang: Language, labels: AocLabels, separator: string): AocView {
  const text = (t: Record<string, string | undefined>): string => t[lang] ?? t.en ?? ''
  const a = result.attestation ?? {}
  const saq = result.saq
  const chosen = saq && saq.type !== 'ineligible' ? saq.type : undefined
  const due = new Map(result.remediation.map((r) => [r.control_id, r.due_date]))

  const rows = new Map<string, {gaps: {id: string; title: string; due: string}[]}>()
  for (const control of result.controls) {
    for (const requirement of new Set((control.pci_dss ?? []).map(principalRequirement))) {
      const row = rows.get(requirement) ?? {gaps: []}
      if (control.finding !== null) row.gaps.push({id: control.id, title: text(control.title), due: due.get(control.id) ?? result.assessment.date})
      rows.set(requirement, row)
    }
  }
  const requirements = [...rows.entries()]
    .sort(([x], [y]) => requirementOrder(x, y))
    .map(([requirement, {gaps}]): AocRequirementRow => {
      const row: AocRequirementRow = {requirement, title: labels.requirements[requirement] ?? requirement, compliant: gaps.length === 0}
      if (gaps.length > 0) {
        row.remediation_date = gaps.map((g) => g.due).reduce((x, y) => (y > x ? y : x))
        row.actions = gaps.map((g) => `${g.id} ${g.title} (${g.due})`).join('\n')
      }
      return row
    })

  // Terminals in use grouped by make, model and approval: the validated products of Part 2e.
  const devices = new Map<string, AocView['devices'][number]>()
  for (const d of devicesInUse(result.inventory)) {
    const key = [d.make, d.model, d.pts_approval ?? '', d.pts_expiry ?? ''].join('\u0000')
    const entry = devices.get(key) ?? {model: `${d.make} ${d.model}`, approval: d.pts_approval ?? labels.not_answered, expiry: d.pts_expiry ?? labels.not_answered, in_use: 0}
    entry.in_use++
    devices.set(key, entry)
  }

  const officer = a.executive_officer
  const view: AocView = {
    saq: {
      determined: saq !== undefined,
      eligible: chosen !== undefined,
      label: chosen ? labels.saq[chosen] : '',
      confirmed: chosen ? saq!.criteria.filter((c) => c.id.startsWith(`${chosen}.`) && c.met).map((c) => c.id).join(separator) : '',
      unmet: (saq?.unmet ?? []).map((u) => `${labels.saq[u.saq]}: ${u.criteria.join(separator)}`),
    },
    channels_text: (a.payment_channels ?? []).map((c) => labels.channels[c]).join(separator),
    locations: (a.locations ?? []).map((l) => ({type: l.type, count: l.count, place: [l.city, l.country].filter(Boolean).join(', ')})),
    devices: [...devices.values()],
    service_providers: (a.service_providers ?? []).map((p) => ({name: p.name, service: p.service})),
    acknowledgements: (Object.keys(labels.acknowledgements) as (keyof AocLabels['acknowledgements'])[]).map((key) => ({
      text: labels.acknowledgements[key],
      confirmed: a.acknowledgements?.[key],
    })),
    requirements,
  }
  if (a.business_description !== undefined) view.business_description = a.business_description
  if (officer) view.executive_officer = {name: officer.name, title: officer.title, date: officer.date}
  if (result.verdict !== 'compliant' && result.remediation.length > 0) {
    view.target_date = result.remediation.map((r) => r.due_date).reduce((x, y) => (y > x ? y : x))
  }
  return view
}
