/* This file is generated from schemas/ by scripts/generate-types.mjs: do not edit. */

export type DomainId =
  | 'device-custody'
  | 'seals'
  | 'authorised-servicing'
  | 'software-updates'
  | 'encryption'
  | 'staff-training'
  | 'incident-response'
  | 'retention'
export type Role = 'merchant' | 'acquirer'
/**
 * A short SAQ of PCI DSS v4.0.1 that card-terminal merchants may be eligible for.
 */
export type SaqType = 'P2PE' | 'B' | 'B-IP'
export type Severity = 'critical' | 'high' | 'medium' | 'low'
/**
 * Applicability over the answers file's profile facts; a control without applies_when applies to every assessment of its roles.
 */
export type Condition =
  | {
      /**
       * @minItems 1
       */
      all: [Condition, ...Condition[]]
    }
  | {
      /**
       * @minItems 1
       */
      any: [Condition, ...Condition[]]
    }
  | {
      not: Condition
    }
  | {
      fact: string
      equals: string | number | boolean
    }
  | {
      fact: string
      includes: string
    }
  | {
      fact: string
      at_least: number
    }
/**
 * A check run on every terminal in use when this control applies; failing devices become part of the finding and of the remediation context.
 */
export type DeviceCheck = 'identity' | 'seals' | 'inspection' | 'pts_approval' | 'firmware'

/**
 * One domain of the posattest control catalog: a YAML file under controls/.
 */
export interface ControlFile {
  domain: DomainId
  /**
   * Id prefix of every control in this file, e.g. SEAL for SEAL-03.
   */
  prefix: string
  title: LocalizedText
  description: LocalizedText
  /**
   * @minItems 1
   */
  controls: [Control, ...Control[]]
}
/**
 * The same text in each catalog language, keyed by BCP 47 tag (en, zh-CN).
 */
export interface LocalizedText {
  [k: string]: string | undefined
}
export interface Control {
  /**
   * Stable id: the file's prefix, a dash and two digits.
   */
  id: string
  /**
   * @minItems 1
   */
  roles: [Role, ...Role[]]
  /**
   * The short SAQs whose assessment this merchant control belongs to. When the catalog defines saq_types and the merchant's SAQ is determined, a merchant control applies only if it lists that SAQ.
   *
   * @minItems 1
   */
  saq_types?: [SaqType, ...SaqType[]]
  title: LocalizedText
  question: LocalizedText
  guidance: LocalizedText
  severity: Severity
  applies_when?: Condition
  /**
   * Where the control is answered in an organisation with sites: once for the whole organisation (the default), or per site, each site inheriting the organisation's answer unless it gives its own (inspections, seals, local servicing).
   */
  scope?: 'organisation' | 'site'
  device_checks?: DeviceCheck[]
  /**
   * Longest allowed gap between two occurrences of the activity (e.g. terminal inspections).
   */
  interval_days?: number
  /**
   * A profile fact holding the interval the entity set itself (e.g. inspection_interval_days from its risk analysis); used instead of interval_days when answered.
   */
  interval_fact?: string
  evidence: EvidenceRequirement
  remediation: Remediation
  references: References
}
export interface EvidenceRequirement {
  required: boolean
  description: LocalizedText
  max_age_days: number
}
export interface Remediation {
  deadline_days: number
  /**
   * Handlebars templates over the remediation context (see docs/catalog.md).
   *
   * @minItems 1
   */
  steps: [LocalizedText, ...LocalizedText[]]
}
export interface References {
  /**
   * PCI DSS v4.0.1 requirement ids, e.g. 9.5.1.2 or A2.1.1. May be empty when only other_standards covers the control.
   *
   * @minItems 0
   */
  pci_dss: string[]
  /**
   * Requirements of other PCI standards where PCI DSS does not cover the duty (terminal keys: PCI PIN Security; P2PE listing and PIM: PCI P2PE).
   */
  other_standards?: StandardReference[]
  /**
   * Reference documents for facts taken from them, as paths under shared/reference (e.g. seeds/000_b129ceca9fe63640.txt).
   */
  sources?: string[]
}
export interface StandardReference {
  standard: 'PCI PIN Security v3.1' | 'PCI P2PE v3.1' | 'PCI PTS POI v7'
  requirement: string
}
