/* This file is generated from schemas/ by scripts/generate-types.mjs: do not edit. */

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
}
