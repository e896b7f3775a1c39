/* This file is generated from schemas/ by scripts/generate-types.mjs: do not edit. */

import type {SaqType} from './catalog.js'
export type {SaqType} from './catalog.js'


/**
 * controls/catalog.yaml: what the catalog is and which domain files it holds.
 */
export interface CatalogMeta {
  id: string
  version: string
  effective: string
  /**
   * @minItems 1
   */
  languages: [string, ...string[]]
  pci_dss_version: '4.0.1'
  title?: {
    [k: string]: string | undefined
  }
  /**
   * Domain ids in the order they are assessed and reported; each is controls/<domain>.yaml.
   *
   * @minItems 1
   */
  domains: [string, ...string[]]
  /**
   * The short SAQs this catalog scopes merchants into, in order of preference: the first whose every eligibility criterion is met is the merchant's SAQ. Without it, no SAQ is determined.
   *
   * @minItems 1
   */
  saq_types?: [SaqDefinition, ...SaqDefinition[]]
  /**
   * What each catalog version changed, newest first: controls added, changed (question, applicability or what counts as met) and retired. `validate` and `assess` use it for answers written for an older version.
   */
  changes?: CatalogChange[]
}
export interface SaqDefinition {
  id: SaqType
  title: {
    [k: string]: string | undefined
  }
  /**
   * Eligibility criteria, each a statement the merchant confirms (true) or not (false); all must be confirmed.
   *
   * @minItems 1
   */
  criteria: [SaqCriterion, ...SaqCriterion[]]
}
export interface SaqCriterion {
  /**
   * The SAQ id, a dot and a number, e.g. B-IP.3.
   */
  id: string
  text: {
    [k: string]: string | undefined
  }
}
export interface CatalogChange {
  version: string
  summary: {
    [k: string]: string | undefined
  }
  added?: string[]
  changed?: string[]
  retired?: string[]
}
