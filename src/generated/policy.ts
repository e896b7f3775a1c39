/* This file is generated from schemas/ by scripts/generate-types.mjs: do not edit. */

/**
 * No open gap of this severity or worse may be past its due date.
 */
export type Severity = 'critical' | 'high' | 'medium' | 'low'

/**
 * An acquirer's rules for accepting a merchant's self-assessment (policy.yaml).
 */
export interface GatePolicy {
  schema_version: 1
  name: string
  /**
   * PEM files of the certificate authorities whose signers are trusted, relative to the policy file.
   */
  trusted_roots?: string[]
  /**
   * Further control catalog folders (relative to the policy file) whose assessments the gate can evaluate again, besides the catalog shipped with posattest.
   */
  catalogs?: string[]
  /**
   * Refuse a signed report whose signed bytes are not exactly what this posattest renders from the data it carries (hand-edited pages, another posattest version).
   */
  require_reproducible?: boolean
  /**
   * Accept a bare result JSON (no signature). Off by default: only signed reports are trusted.
   */
  accept_unsigned_results?: boolean
  /**
   * The assessment date may be at most this many days before the day of judgement.
   */
  max_assessment_age_days?: number
  /**
   * The catalog the assessment must use.
   */
  catalog_id?: string
  min_catalog_version?: string
  required_verdict?: 'compliant' | 'any'
  max_open_gaps?: GapAllowance
  no_overdue_gaps_at_or_above?: Severity
  min_domain_score?: DomainScoreMinimums
  min_overall_score?: number
  /**
   * Domains that must have at least one applicable control, all answered.
   */
  required_domains?: string[]
  inventory?: InventoryRules
}
/**
 * The most open gaps tolerated per severity (only meaningful with required_verdict: any).
 */
export interface GapAllowance {
  critical?: number
  high?: number
  medium?: number
  low?: number
}
/**
 * Minimum score (0-100) per domain; `default` applies to every domain not named.
 */
export interface DomainScoreMinimums {
  [k: string]: number | undefined
}
export interface InventoryRules {
  /**
   * No terminal in use with a PTS approval expired on the day of judgement.
   */
  forbid_expired_pts?: boolean
  /**
   * Warn (not fail) when an approval expires within this many days.
   */
  pts_expiry_warning_days?: number
  /**
   * Every terminal in use has tamper-evident seal ids recorded.
   */
  require_seal_ids?: boolean
  /**
   * Every terminal in use was inspected at most this many days before the assessment date.
   */
  max_days_since_inspection?: number
  min_terminals?: number
}
