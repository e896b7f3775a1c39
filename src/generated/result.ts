/* This file is generated from schemas/ by scripts/generate-types.mjs: do not edit. */

import type {Assessment, Attestation, CompensatingControlWorksheet, Device, Profile} from './answers.js'
import type {LocalizedText, Severity, StandardReference} from './catalog.js'
export type {Acknowledgements, Assessment, Assessor, Attestation, AttestationLocation, CompensatingControlWorksheet, Device, Entity, ExecutiveOfficer, IsoDate, IsoDate1, Period, Profile, ServiceProvider} from './answers.js'
export type {LocalizedText, Severity, StandardReference} from './catalog.js'

export type ResultStatus = 'in_place' | 'in_place_ccw' | 'not_applicable' | 'not_in_place' | 'unanswered'
/**
 * Severity-weighted share of applicable controls in place, 0 to 100, one decimal.
 */
export type Score = number

/**
 * The evaluated assessment: what `posattest evaluate` writes and what a signed report embeds.
 */
export interface AssessmentResult {
  schema_version: 1
  /**
   * posattest name and version.
   */
  generator: string
  catalog: CatalogRef
  assessment: Assessment
  profile: Profile
  inventory: Device[]
  saq?: SaqResult
  attestation?: Attestation
  /**
   * Every applicable control of the role, in catalog order.
   */
  controls: ControlResult[]
  /**
   * Controls of the role whose applies_when condition is false for this profile, or that do not serve the merchant's SAQ.
   */
  excluded: string[]
  scores: Scores
  verdict: 'compliant' | 'non_compliant'
  remediation: RemediationItem[]
  changes?: Changes
  /**
   * An organisation with sites: each site evaluated on its own (the organisation's answers overlaid with the site's), in the answers' order. The organisation is compliant only when every site is; absent for a single-site assessment.
   */
  sites?: SiteResult[]
}
export interface CatalogRef {
  id: string
  version: string
}
/**
 * Merchants assessed under a catalog that scopes SAQs: the SAQ their scoping answers make them eligible for (the first in catalog order whose every criterion is confirmed), or ineligible; absent when no scoping was answered.
 */
export interface SaqResult {
  type: 'P2PE' | 'B' | 'B-IP' | 'ineligible'
  criteria: SaqCriterionResult[]
  /**
   * For each SAQ tried before the chosen one (every SAQ when ineligible), the criteria not confirmed.
   */
  unmet: SaqUnmet[]
}
export interface SaqCriterionResult {
  id: string
  met: boolean
}
export interface SaqUnmet {
  saq: 'P2PE' | 'B' | 'B-IP'
  criteria: string[]
}
export interface ControlResult {
  id: string
  domain: string
  title: LocalizedText
  severity: Severity
  pci_dss?: string[]
  /**
   * The control's requirements of other PCI standards (catalog references.other_standards); absent when it cites none.
   */
  other_standards?: StandardReference[]
  status: ResultStatus
  notes?: string
  evidence: EvidenceResult[]
  justification?: string
  ccw?: CompensatingControlWorksheet
  owner?: string
  target_date?: string
  /**
   * For not_applicable and in_place_ccw: the day by which the exception is reviewed again (answers' review_by).
   */
  review_by?: string
  /**
   * null when the control is satisfied.
   */
  finding: null | Finding
}
export interface EvidenceResult {
  path?: string
  url?: string
  date: string
  description?: string
  /**
   * Of the evidence file, for path evidence.
   */
  sha256?: string
}
export interface Finding {
  /**
   * Why the control counts as a gap, each a code and a text per language.
   *
   * @minItems 1
   */
  reasons: [FindingReason, ...FindingReason[]]
  /**
   * Serials of the devices that failed the control's device checks.
   */
  devices: string[]
  /**
   * In an organisation with sites: the ids of the sites where the control is a gap.
   */
  sites?: string[]
}
export interface FindingReason {
  code:
    | 'not_in_place'
    | 'unanswered'
    | 'evidence_missing'
    | 'evidence_stale'
    | 'justification_missing'
    | 'ccw_missing'
    | 'device_check_failed'
    | 'exception_expired'
  text: LocalizedText
  /**
   * In an organisation with sites: the site the reason holds at; absent when it holds at every site alike.
   */
  site?: string
}
export interface Scores {
  overall: Score
  domains: DomainScore[]
}
export interface DomainScore {
  domain: string
  title: LocalizedText
  score: Score
  applicable: number
  satisfied: number
  gaps: number
}
export interface RemediationItem {
  control_id: string
  domain: string
  title: LocalizedText
  severity: Severity
  /**
   * P1 (critical) to P4 (low).
   */
  priority: 'P1' | 'P2' | 'P3' | 'P4'
  /**
   * The catalog's steps rendered for this answer.
   */
  steps: LocalizedText[]
  owner?: string
  due_date: string
  /**
   * In an organisation with sites: the ids of the sites where the control is a gap.
   */
  sites?: string[]
}
/**
 * What changed since the previous result (with --previous).
 */
export interface Changes {
  previous_date: string
  previous_verdict: 'compliant' | 'non_compliant'
  previous_score: Score
  /**
   * Gaps last time, satisfied now.
   */
  resolved: string[]
  /**
   * Satisfied (or absent) last time, gaps now.
   */
  new_gaps: string[]
  still_open: string[]
  added_controls: string[]
  removed_controls: string[]
}
/**
 * One site of the organisation, evaluated on the organisation's answers overlaid with its own.
 */
export interface SiteResult {
  id: string
  name: string
  address?: string
  /**
   * Serials of the site's terminals (every state), in its inventory order.
   */
  terminals: string[]
  /**
   * The per-site controls this site answers itself, in catalog order.
   */
  overrides: string[]
  /**
   * This site's own answers (the overrides), evaluated at the site: their evidence with its fingerprints, and their findings.
   */
  controls: ControlResult[]
  score: Score
  verdict: 'compliant' | 'non_compliant'
  /**
   * The site's gaps, in the order of its remediation plan.
   */
  gaps: SiteGap[]
}
export interface SiteGap {
  control_id: string
  domain: string
  title: LocalizedText
  severity: Severity
  priority: 'P1' | 'P2' | 'P3' | 'P4'
  status: ResultStatus
  /**
   * @minItems 1
   */
  reasons: [FindingReason, ...FindingReason[]]
  devices: string[]
  owner?: string
  due_date: string
}
