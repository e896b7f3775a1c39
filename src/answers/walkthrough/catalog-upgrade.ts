import {changesSince, FIRST_CATALOG_VERSION, type ChangesSince} from '../../catalog/catalog-changes.js'
import type {Catalog} from '../../catalog/catalog.js'
import {compareVersions} from '../../catalog/released-catalogs.js'
import {hasStatus} from '../../model/completeness.js'
import {UserError} from '../../model/errors.js'
import type {AnswersDocument} from '../answers-document.js'

/** Why a control that already has an answer is asked again. */
export type Reason = {kind: 'added' | 'changed'; version: string} | {kind: 'all'}

/**
 * What the walk-through does about the catalog version the answers were written for (`catalog_version`, absent:
 * 1.0.0): the controls new or changed since then are asked again even when answered (with `--all`, every
 * control), and once they all have been, the file names the catalog's version and loses the answers of
 * retired controls. A file that answers no control yet is simply a new one, for this catalog.
 */
export interface CatalogUpgrade {
  /** The catalog version the answers were written for (a fresh file: the catalog's). */
  from: string
  /** The file's own `catalog_version`, as found (undefined when absent). */
  named: unknown
  /** The file answers no control yet: it names the catalog's version from its first saved answer on. */
  fresh: boolean
  changes: ChangesSince
  /** Answered controls to ask again, and why. */
  reask: ReadonlyMap<string, Reason>
}

/** Plans the run; answers for a catalog newer than this one are refused, since this catalog cannot know what they mean. */
export function planCatalogUpgrade(catalog: Catalog, doc: AnswersDocument, all: boolean): CatalogUpgrade {
  const given = doc.get(['catalog_version'])
  const from = typeof given === 'string' && /^\d+\.\d+\.\d+$/.test(given) ? given : FIRST_CATALOG_VERSION
  const {id, version} = catalog.meta
  if (given !== undefined && given === from && compareVersions(from, version) > 0) {
    throw new UserError(
      'catalog-version-unknown',
      `${doc.file}: these answers are for catalog ${from}, newer than this catalog (${id} ${version})`,
      {next: 'use the posattest (or --catalog) they were written with'},
    )
  }
  const controls = doc.get(['controls'])
  const answered = controls !== null && typeof controls === 'object' ? Object.values(controls as Record<string, unknown>) : []
  const fresh = !answered.some((answer) => hasStatus(answer))
  // A new file has nothing to catch up on: it is asked as for this catalog.
  const changes = changesSince(catalog, fresh ? version : from)
  const reask = new Map<string, Reason>()
  for (const id of changes.added) reask.set(id, {kind: 'added', version: changes.versions[id]!})
  for (const id of changes.changed) reask.set(id, {kind: 'changed', version: changes.versions[id]!})
  if (all) for (const control of catalog.controls) if (!reask.has(control.id)) reask.set(control.id, {kind: 'all'})
  return {from: fresh ? version : from, named: given, fresh, changes, reask}
}
