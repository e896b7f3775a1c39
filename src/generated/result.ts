/* This file is generated from schemas/ by scripts/generate-types.mjs: do not edit. */

export type IsoDate = string
export type Severity = 'critical' | 'high' | 'medium' | 'low'
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
  /**
   * Every applicable control of the role, in catalog order.
   */
  controls: ControlResult[]
  /**
   * Controls of the role whose applies_when condition is false for this profile.
   */
  excluded: string[]
  scores: Scores
  verdict: 'compliant' | 'non_compliant'
  remediation: RemediationItem[]
  changes?: Changes
}
export interface CatalogRef {
  id: string
  version: string
}
export interface Assessment {
  entity: Entity
  role: 'merchant' | 'acquirer'
  acquirer?: string
  date: IsoDate
  period: Period
  assessor: Assessor
  language: 'en' | 'zh-CN'
}
export interface Entity {
  legal_name: string
  trading_name?: string
  merchant_id?: string
  acquirer_id?: string
  country?: string
}
export interface Period {
  start: IsoDate
  end: IsoDate
}
export interface Assessor {
  name: string
  title: string
  email: string
}
/**
 * Scoping facts. The catalog's applies_when conditions may name exactly these keys.
 */
export interface Profile {
  /**
   * How terminals reach the processor.
   */
  terminal_connections?: ('ip' | 'dial' | 'cellular' | 'wifi' | 'bluetooth')[]
  /**
   * A PCI-listed P2PE solution protects every terminal.
   */
  p2pe_solution?: boolean
  p2pe_listing_id?: string
  stores_card_data_electronically?: boolean
  /**
   * Paper carrying card data (receipts, forms) is kept.
   */
  keeps_paper_records?: boolean
  location_count?: number
  /**
   * Someone other than the entity's own staff installs or repairs terminals.
   */
  third_party_servicing?: boolean
  /**
   * Terminals are carried to the customer (pay at table, delivery).
   */
  mobile_terminals?: boolean
  /**
   * Terminals run without staff present (kiosks, fuel pumps).
   */
  unattended_terminals?: boolean
  /**
   * Acquirer: terminal keys are loaded remotely rather than in a key-injection facility.
   */
  remote_key_injection?: boolean
  /**
   * Terminal software is pushed over the network by a terminal-management system.
   */
  remote_updates?: boolean
  /**
   * Acquirer: merchants whose terminals the acquirer deploys.
   */
  merchant_count?: number
}
export interface Device {
  serial: string
  make: string
  model: string
  pts_approval?: string
  pts_expiry?: IsoDate
  location?: string
  seal_ids?: string[]
  last_inspection?: IsoDate
  firmware?: string
  state: 'in-use' | 'spare' | 'in-repair' | 'retired'
}
export interface ControlResult {
  id: string
  domain: string
  title: LocalizedText
  severity: Severity
  pci_dss?: string[]
  status: ResultStatus
  notes?: string
  evidence: EvidenceResult[]
  justification?: string
  ccw?: CompensatingControlWorksheet
  owner?: string
  target_date?: string
  /**
   * null when the control is satisfied.
   */
  finding: null | Finding
}
/**
 * The same text in each catalog language, keyed by BCP 47 tag (en, zh-CN).
 */
export interface LocalizedText {
  [k: string]: string | undefined
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
/**
 * PCI DSS Appendix B worksheet.
 */
export interface CompensatingControlWorksheet {
  constraint: string
  objective: string
  identified_risk: string
  definition: string
  validation: string
  maintenance: string
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
  text: LocalizedText
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
