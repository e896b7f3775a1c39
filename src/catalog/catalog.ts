import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {type Diagnostic, formatLocation, diagnostic} from '../diagnostics/diagnostic.js'
import {fileError, UserError} from '../model/errors.js'
import type {CatalogMeta} from '../generated/catalog-meta.js'
import type {Control, ControlFile, DomainId, LocalizedText, Role} from '../generated/catalog.js'
import type {YamlSource} from '../io/yaml-source.js'
import {readCachedCatalog, writeCachedCatalog} from './catalog-cache.js'

/** The catalog shipped with posattest. */
export const DEFAULT_CATALOG_DIR = fileURLToPath(new URL('../../controls/', import.meta.url))
export const META_FILE = 'catalog.yaml'

export interface CatalogControl extends Control {
  domain: DomainId
}

export interface CatalogDomain {
  id: DomainId
  prefix: string
  title: LocalizedText
  description: LocalizedText
  controls: CatalogControl[]
}

/** A loaded, schema-valid catalog. */
export interface Catalog {
  meta: CatalogMeta
  domains: CatalogDomain[]
  /** Every control, in domain order then file order. */
  controls: CatalogControl[]
  byId: ReadonlyMap<string, CatalogControl>
}

/** What reading a catalog folder gives: the parsed files and the problems that stop loading. */
export interface CatalogSources {
  dir: string
  meta?: YamlSource
  domains: YamlSource[]
  diagnostics: Diagnostic[]
}

/** Reads a catalog folder: catalog.yaml, then each domain file it lists; checks syntax and schema. */
export async function readCatalogSources(dir: string): Promise<CatalogSources> {
  // The YAML parser and the schemas are loaded here, not with this module: a catalog from the cache needs neither.
  const [{readYamlInput}, {parseYamlSource}, {schemaDiagnostics}] = await Promise.all([
    import('../io/read-input.js'),
    import('../io/yaml-source.js'),
    import('../io/schemas.js'),
  ])
  const metaFile = path.join(dir, META_FILE)
  const meta = await readYamlInput(metaFile)
  const diagnostics = [...meta.diagnostics]
  if (meta.diagnostics.length === 0) diagnostics.push(...schemaDiagnostics('catalog-meta', meta))
  const domains: YamlSource[] = []
  const listed = (meta.value as {domains?: unknown})?.domains
  if (diagnostics.length === 0 && Array.isArray(listed)) {
    for (const [index, id] of listed.entries()) {
      const file = path.join(dir, `${id}.yaml`)
      let source: YamlSource
      try {
        source = parseYamlSource(file, await readFile(file))
      } catch (error) {
        diagnostics.push(diagnostic(metaFile, meta.locate(['domains', index]), 'missing-domain-file', fileError(file, error).message))
        continue
      }
      diagnostics.push(...source.diagnostics)
      if (source.diagnostics.length === 0) diagnostics.push(...schemaDiagnostics('catalog', source))
      domains.push(source)
    }
  }
  return {dir, meta, domains, diagnostics}
}

/** Builds the catalog from sources that passed syntax and schema checks. */
export function buildCatalog(sources: CatalogSources): Catalog {
  return catalogFromFiles(sources.meta!.value as CatalogMeta, sources.domains.map((s) => s.value as ControlFile))
}

/** The catalog of a catalog.yaml and its domain files, as plain data. */
function catalogFromFiles(meta: CatalogMeta, files: readonly ControlFile[]): Catalog {
  const domains = files.map((file) => {
    return {
      id: file.domain,
      prefix: file.prefix,
      title: file.title,
      description: file.description,
      controls: file.controls.map((c) => ({...c, domain: file.domain})),
    }
  })
  const controls = domains.flatMap((d) => d.controls)
  return {meta, domains, controls, byId: new Map(controls.map((c) => [c.id, c]))}
}

/**
 * Loads a catalog for use (not for linting): the first problem becomes a UserError.
 * Commands that only read the catalog call this; `catalog lint` reports every problem instead.
 */
export async function loadCatalog(dir: string = DEFAULT_CATALOG_DIR): Promise<Catalog> {
  const cached = (await readCachedCatalog(dir)) as {meta?: CatalogMeta; files?: ControlFile[]} | undefined
  if (cached && typeof cached.meta === 'object' && cached.meta !== null && Array.isArray(cached.files)) return catalogFromFiles(cached.meta, cached.files)
  const sources = await readCatalogSources(dir)
  const first = sources.diagnostics.find((d) => d.severity === 'error')
  if (first) {
    throw new UserError(
      'catalog-invalid',
      `${formatLocation(first)}: ${first.message} (the catalog is invalid)`,
      {next: `posattest catalog lint ${dir}`},
    )
  }
  // Kept for the next run (catalog-cache.ts): the files' data as read, so the catalog is built the same way from it.
  const texts = [sources.meta!, ...sources.domains].map((s) => ({file: s.file, text: s.text}))
  await writeCachedCatalog(dir, texts, {meta: sources.meta!.value, files: sources.domains.map((d) => d.value)})
  return buildCatalog(sources)
}

/** Controls that a role answers, in catalog order. */
export function controlsForRole(catalog: Catalog, role: Role): CatalogControl[] {
  return catalog.controls.filter((c) => c.roles.includes(role))
}

/** A text in the wanted language, falling back to English, then to any language. */
export function localized(text: LocalizedText, lang: string): string {
  return text[lang] ?? text.en ?? Object.values(text).find((v) => v !== undefined) ?? ''
}
