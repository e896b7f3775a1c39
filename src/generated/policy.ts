/* This file is generated from schemas/ by scripts/generate-types.mjs: do not edit. */

/**
 * Who may sign for whom: the signer certificate's organisation must be the assessed entity's legal name, or the certificate must be listed for the merchant id in a registry file.
 */
export type SignerBinding =
  | {
      match: 'organisation'
    }
  | {
      /**
       * A YAML (merchant id: list of SHA-256 fingerprints or subjects) or CSV (merchant_id,certificate) file, relative to the policy file.
       */
      registry: string
    }
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
   * PEM files of the roots a timestamp authority (RFC 3161) must chain to, relative to the policy file. A signature with a trusted timestamp is judged at the timestamp's time; without one, at the day of judgement.
   */
  timestamp_roots?: string[]
  /**
   * Refuse a signature that carries no timestamp trusted under timestamp_roots.
   */
  require_timestamp?: boolean
  /**
   * A certificate expired at most this many days before the validation time still counts (with a note).
   */
  validity_grace_days?: number
  revocation?: RevocationRules
  signer_binding?: SignerBinding
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
  /**
   * The SAQ types accepted; a submission with another SAQ, none determined, or an ineligible setup fails.
   *
   * @minItems 1
   */
  allowed_saq_types?: ['P2PE' | 'B' | 'B-IP', ...('P2PE' | 'B' | 'B-IP')[]]
  required_verdict?: 'compliant' | 'any'
  max_open_gaps?: GapAllowance
  no_overdue_gaps_at_or_above?: Severity
  /**
   * Every not_applicable or in_place_ccw answer must have a review_by date at least this many days after the day of judgement.
   */
  exceptions_valid_for_days?: number
  min_domain_score?: DomainScoreMinimums
  min_overall_score?: number
  /**
   * Domains that must have at least one applicable control, all answered.
   */
  required_domains?: string[]
  inventory?: InventoryRules
}
/**
 * Check the signer's and the intermediates' revocation status against CRLs.
 */
export interface RevocationRules {
  /**
   * CRL files (PEM or DER), relative to the policy file. Without any, the CRLs embedded in the signature are used.
   */
  crls?: string[]
  /**
   * Refuse a signature when a certificate of its path has no status in a current CRL.
   */
  require?: boolean
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
  /**
   * What a terminal in use whose PTS approval has expired on the day of judgement does: warn, or fail the submission. Replaces forbid_expired_pts (true means fail).
   */
  expired_pts?: 'warn' | 'fail'
  /**
   * The longest inspection interval a merchant's risk analysis may set (profile inspection_interval_days).
   */
  max_inspection_interval_days?: number
}
