/* This file is generated from schemas/ by scripts/generate-types.mjs: do not edit. */

export type ShortText = string
export type IsoDate = string
/**
 * Expiry date of the P2PE solution's PCI SSC listing (AOC Part 2e).
 */
export type IsoDate1 = string
export type FreeText = string
export type Evidence = {
  [k: string]: unknown | undefined
}
/**
 * For not_applicable and in_place_ccw: the day by which the exception is reviewed again, at most 12 months after the assessment date; past it, the exception is a gap.
 */
export type IsoDate2 = string

/**
 * A merchant's or acquirer's answers to the posattest catalog (answers.yaml).
 */
export interface AnswersFile {
  schema_version: 1
  /**
   * The catalog version these answers were written for; absent means 1.0.0, the only version before this key existed.
   */
  catalog_version?: string
  assessment: Assessment
  profile: Profile
  scoping?: Scoping
  attestation?: Attestation
  inventory: Device[]
  /**
   * Answers keyed by control id. A control not yet answered is absent or has no status.
   */
  controls: {
    [k: string]: Answer | undefined
  }
  /**
   * An organisation with several sites (shops, branches): the answers above are the organisation's and hold for every site; each site lists its own terminals and, for the controls the catalog marks `scope: site`, the answers where it differs. With sites, the top-level inventory is empty.
   *
   * @minItems 1
   * @maxItems 10000
   */
  sites?: [Site, ...Site[]]
}
export interface Assessment {
  entity: Entity
  role: 'merchant' | 'acquirer'
  acquirer?: ShortText
  date: IsoDate
  period: Period
  assessor: Assessor
  language: 'en' | 'zh-CN'
}
export interface Entity {
  legal_name: ShortText
  trading_name?: ShortText
  merchant_id?: ShortText
  acquirer_id?: ShortText
  /**
   * The agent or ISO (independent sales organisation) the merchant is boarded through, if any: an acquirer's portfolio groups merchant ids under it.
   */
  agent?: string
  country?: string
  /**
   * Mailing address (AOC Part 1a).
   */
  address?: string
  /**
   * Website (AOC Part 1a).
   */
  website?: string
}
export interface Period {
  start: IsoDate
  end: IsoDate
}
export interface Assessor {
  name: ShortText
  title: ShortText
  email: string
  /**
   * Telephone of the contact (AOC Part 1a).
   */
  phone?: string
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
  p2pe_listing_expiry?: IsoDate1
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
  /**
   * Days between two inspections of each terminal, as set by the merchant's own risk analysis (PCI DSS 9.5.1.2.1).
   */
  inspection_interval_days?: number
  /**
   * Days the terminals keep their own transaction log before it is cleared.
   */
  terminal_log_retention_days?: number
}
/**
 * Merchants: the SAQ eligibility criteria of the catalog, each confirmed (true) or not (false); null or absent while unanswered. Decides the SAQ type.
 */
export interface Scoping {
  [k: string]: (boolean | null) | undefined
}
/**
 * What the Attestation of Compliance (AOC) asks beyond the assessment itself: the business, its payment channels and locations, its service providers, and the executive officer's acknowledgement.
 */
export interface Attestation {
  /**
   * The nature of the business and how it takes card payments (AOC Part 2).
   */
  business_description?: string
  /**
   * Channels through which the business takes cards (AOC Part 2a).
   */
  payment_channels?: ('card_present' | 'moto' | 'ecommerce')[]
  /**
   * In-scope location types (AOC Part 2d).
   *
   * @maxItems 1000
   */
  locations?: AttestationLocation[]
  /**
   * Third-party service providers with access to the terminals or card data (AOC Part 2f).
   *
   * @maxItems 1000
   */
  service_providers?: ServiceProvider[]
  acknowledgements?: Acknowledgements
  executive_officer?: ExecutiveOfficer
}
export interface AttestationLocation {
  type: ShortText
  count: number
  city?: ShortText
  country?: string
}
export interface ServiceProvider {
  name: ShortText
  service: ShortText
}
/**
 * The merchant's acknowledgements of AOC Part 3a, each confirmed (true) or not.
 */
export interface Acknowledgements {
  completed_per_instructions?: boolean
  fairly_represented?: boolean
  controls_maintained?: boolean
  no_sensitive_authentication_data?: boolean
}
/**
 * The merchant executive officer who signs the AOC (Part 3b).
 */
export interface ExecutiveOfficer {
  name: ShortText
  title: ShortText
  date: IsoDate
}
export interface Device {
  serial: string
  make: ShortText
  model: ShortText
  pts_approval?: string
  pts_expiry?: IsoDate
  location?: ShortText
  seal_ids?: string[]
  last_inspection?: IsoDate
  firmware?: string
  state: 'in-use' | 'spare' | 'in-repair' | 'retired'
}
export interface Answer {
  /**
   * The v4.0.1 short-SAQ responses; null while unanswered.
   */
  status?: 'in_place' | 'in_place_ccw' | 'not_applicable' | 'not_in_place' | null
  notes?: FreeText
  evidence?: Evidence[]
  /**
   * Why the control does not apply (needed for not_applicable).
   */
  justification?: string
  ccw?: CompensatingControlWorksheet
  /**
   * Who closes the gap (needed for not_in_place).
   */
  owner?: string
  target_date?: IsoDate
  review_by?: IsoDate2
}
/**
 * PCI DSS Appendix B worksheet.
 */
export interface CompensatingControlWorksheet {
  constraint: FreeText
  objective: FreeText
  identified_risk: FreeText
  definition: FreeText
  validation: FreeText
  maintenance: FreeText
}
/**
 * One site of the organisation: its terminals and its own answers to per-site controls, each replacing the organisation's answer to that control at this site.
 */
export interface Site {
  /**
   * Stable, short: letters, digits, dot, dash or underscore.
   */
  id: string
  name: ShortText
  address?: ShortText
  inventory: Device[]
  /**
   * This site's answers to per-site controls (catalog `scope: site`), keyed by control id; a control not listed takes the organisation's answer.
   */
  controls?: {
    [k: string]: Answer | undefined
  }
}
