import type {Role} from '../generated/catalog.js'
import path from 'node:path'
import {DEFAULT_CATALOG_DIR, loadCatalog, type CatalogControl} from '../catalog/catalog.js'
import {closestMatches} from '../catalog/closest.js'
import {readLintInputs} from '../catalog/lint-sources.js'
import {lintCatalog, lintedFiles, lintExitCode, lintRules} from '../catalog/lint.js'
import type {DiagnosticReport} from '../diagnostics/formats.js'
import type {ExitCode} from '../model/errors.js'
import type {Language} from '../model/language.js'

export {renderControlDetail, renderControlTable} from '../catalog/catalog-text.js'

/** `posattest catalog lint`: read every path (default: the shipped catalog) and lint what was read, in `language` (default English). */
export async function lint(options: {paths: readonly string[]; version: string; language?: Language}): Promise<{report: DiagnosticReport; exitCode: ExitCode}> {
  const language = options.language ?? 'en'
  const paths = options.paths.length > 0 ? options.paths : [shownPath(DEFAULT_CATALOG_DIR)]
  const inputs = await readLintInputs(paths, language)
  const diagnostics = lintCatalog(inputs, language)
  return {
    report: {tool: 'catalog lint', version: options.version, files: lintedFiles(inputs), diagnostics, rules: lintRules(language), language, helpUri: 'https://github.com/posattest/posattest#ci-the-catalog'},
    exitCode: lintExitCode(diagnostics),
  }
}

/** The shipped catalog as a short relative path when it lies under the current folder. */
function shownPath(dir: string): string {
  const relative = path.relative(process.cwd(), dir)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : dir.replace(/[\\/]+$/, '')
}

/** `posattest catalog list`: the controls of the catalog, of one role and one domain when given, in catalog order. */
export async function listControls(options: {catalog?: string; role?: Role; domain?: string}): Promise<CatalogControl[]> {
  const catalog = await loadCatalog(options.catalog ?? DEFAULT_CATALOG_DIR)
  return catalog.controls.filter(
    (c) => (options.role === undefined || c.roles.includes(options.role)) && (options.domain === undefined || c.domain === options.domain),
  )
}

/** `posattest catalog show`: one control by id (matched without regard to case), else the closest ids. */
export async function findControl(options: {catalog?: string; id: string}): Promise<{control: CatalogControl} | {control: undefined; near: string[]}> {
  const catalog = await loadCatalog(options.catalog ?? DEFAULT_CATALOG_DIR)
  const control = catalog.byId.get(options.id) ?? catalog.controls.find((c) => c.id.toUpperCase() === options.id.toUpperCase())
  if (control) return {control}
  return {control: undefined, near: closestMatches(options.id, catalog.controls.map((c) => c.id))}
}
