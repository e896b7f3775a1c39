import type {CatalogMeta} from '../generated/catalog-meta.js'
import {compareVersions} from './released-catalogs.js'

/** The catalog version of answers that do not name one: the only version before `catalog_version` existed. */
export const FIRST_CATALOG_VERSION = '1.0.0'

/** What changed for controls between two catalog versions, from the catalog's `changes` list. */
export interface ChangesSince {
  /** The version the answers were written for (exclusive). */
  from: string
  /** The catalog's version (inclusive). */
  to: string
  /** Control ids added since `from` (also when changed again later), sorted. */
  added: string[]
  /** Control ids that existed at `from` and changed since, sorted. */
  changed: string[]
  /** Control ids retired since `from` (whatever else happened to them), sorted. */
  retired: string[]
  /** For each id above, the version that decided its kind: where it was added, last changed, or retired. */
  versions: Readonly<Record<string, string>>
}

/**
 * The controls added, changed and retired after `fromVersion` up to and including the catalog's own version:
 * the union over the entries of `changes` in between, taken oldest first. A control added and then changed
 * counts as added (it is new to these answers); a retirement wins over everything. Entries outside the range,
 * and a `fromVersion` at or after the catalog's version, give nothing. Pure: the catalog's metadata only.
 */
export function changesSince(catalog: {meta: CatalogMeta}, fromVersion: string): ChangesSince {
  const to = catalog.meta.version
  const kinds = new Map<string, {kind: 'added' | 'changed' | 'retired'; version: string}>()
  const entries = (catalog.meta.changes ?? [])
    .filter((entry) => compareVersions(entry.version, fromVersion) > 0 && compareVersions(entry.version, to) <= 0)
    .sort((a, b) => compareVersions(a.version, b.version))
  for (const entry of entries) {
    for (const id of entry.added ?? []) if (kinds.get(id)?.kind !== 'retired') kinds.set(id, {kind: 'added', version: entry.version})
    for (const id of entry.changed ?? []) {
      const known = kinds.get(id)
      if (known === undefined || known.kind === 'changed') kinds.set(id, {kind: 'changed', version: entry.version})
    }
    for (const id of entry.retired ?? []) kinds.set(id, {kind: 'retired', version: entry.version})
  }
  const of = (kind: string) => [...kinds].filter(([, k]) => k.kind === kind).map(([id]) => id).sort()
  return {
    from: fromVersion,
    to,
    added: of('added'),
    changed: of('changed'),
    retired: of('retired'),
    versions: Object.fromEntries([...kinds].map(([id, k]) => [id, k.version])),
  }
}

/** The catalog version an answers value was written for: its `catalog_version`, else 1.0.0. */
export function answersCatalogVersion(answers: unknown): string {
  const version = answers !== null && typeof answers === 'object' ? (answers as {catalog_version?: unknown}).catalog_version : undefined
  return typeof version === 'string' ? version : FIRST_CATALOG_VERSION
}
