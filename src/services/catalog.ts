import type {Role} from '../generated/catalog.js'
import path from 'node:path'
import {DEFAULT_CATALOG_DIR, loadCatalog, type CatalogControl} from '../catalog/catalog.js'
import {closestMatches} from '../catalog/closest.js'
import {contentHash, readCachedResult, writeCachedResult} from '../catalog/catalog-cache.js'
import {readRawLintInputs, type RawLintInput, type ReadLintFile} from '../catalog/lint-read.js'
import {lintExitCode, lintRules} from '../catalog/lint-rules.js'
import type {Diagnostic} from '../diagnostics/diagnostic.js'
import type {DiagnosticReport} from '../diagnostics/formats.js'
import type {ExitCode} from '../model/errors.js'
import type {Language} from '../model/language.js'

export {renderControlDetail, renderControlTable} from '../catalog/catalog-text.js'

/** `posattest catalog lint`: read every path (default: the shipped catalog) and lint what was read, in `language` (default English). */
export async function lint(options: {paths: readonly string[]; version: string; language?: Language}): Promise<{report: DiagnosticReport; exitCode: ExitCode}> {
  const language = options.language ?? 'en'
  const paths = options.paths.length > 0 ? options.paths : [shownPath(DEFAULT_CATALOG_DIR)]
  const {files, diagnostics} = await lintFiles(await readRawLintInputs(paths, language), language)
  return {
    report: {tool: 'catalog lint', version: options.version, files, diagnostics, rules: lintRules(language), language, helpUri: 'https://github.com/posattest/posattest#ci-the-catalog'},
    exitCode: lintExitCode(diagnostics),
  }
}

/**
 * Lints what was read. Lint is a pure function of the files' contents, so its result is kept (catalog-cache.ts)
 * under their names and hashes: an unchanged catalog is not parsed again.
 */
async function lintFiles(raw: readonly RawLintInput[], language: Language): Promise<{files: string[]; diagnostics: Diagnostic[]}> {
  const named = (f: ReadLintFile) => ('bytes' in f ? {file: f.file, sha256: contentHash(f.bytes)} : f)
  const key = {language, inputs: raw.map((i) => (i.kind === 'folder' ? {...i, files: i.files.map(named)} : {...i, file: named(i.file), meta: named(i.meta)}))}
  const cached = lintResult(await readCachedResult('lint', key))
  if (cached) return cached
  // The parser and the rules (yaml, ajv, handlebars) are loaded only when there is something to parse.
  const [{parseLintInputs}, {lintCatalog, lintedFiles}] = await Promise.all([import('../catalog/lint-sources.js'), import('../catalog/lint.js')])
  const inputs = parseLintInputs(raw, language)
  const result = {files: lintedFiles(inputs), diagnostics: lintCatalog(inputs, language)}
  await writeCachedResult('lint', key, result)
  return result
}

/** A kept lint result, when it has the shape of one. */
function lintResult(value: unknown): {files: string[]; diagnostics: Diagnostic[]} | undefined {
  const v = value as {files?: unknown; diagnostics?: unknown} | undefined
  if (!v || !Array.isArray(v.files) || !Array.isArray(v.diagnostics) || !v.files.every((f) => typeof f === 'string')) return undefined
  const isText = (value: unknown) => typeof value === 'string'
  const isDiagnostic = (d: Partial<Diagnostic> | null) =>
    d !== null && typeof d === 'object' && isText(d.file) && typeof d.line === 'number' && typeof d.column === 'number' &&
    isText(d.rule) && isText(d.message) && (d.severity === 'error' || d.severity === 'warning')
  if (!v.diagnostics.every(isDiagnostic)) return undefined
  return {files: v.files as string[], diagnostics: v.diagnostics as Diagnostic[]}
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
