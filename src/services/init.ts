import type {Role} from '../generated/catalog.js'
import {buildAnswersTemplate} from '../answers/answers-template.js'
import {controlsForRole, DEFAULT_CATALOG_DIR, loadCatalog} from '../catalog/catalog.js'
import {UserError} from '../model/errors.js'
import type {Language} from '../model/language.js'
import {writeOutputFile} from '../io/atomic-write.js'
import {fileExists} from '../io/file-exists.js'
import {readInput} from '../io/read-input.js'
import {formatLocation} from '../diagnostics/diagnostic.js'
import {parseSitesCsv, type SiteRow} from '../answers/sites-import.js'

export interface InitOptions {
  /** The answers file to write. */
  output: string
  role: Role
  lang: Language
  /** The control catalog folder (default: the shipped one). */
  catalog?: string
  /** Overwrite an existing file. */
  force?: boolean
  /** How the command is called, for the next step of a refusal; default posattest. */
  bin?: string
  /** A CSV of the organisation's sites (id, name, address): the file gets one entry per site. */
  sites?: string
}

/** `posattest init`: the blank answers file of a role, from the catalog, written atomically (never over a file without force). */
export async function init(options: InitOptions): Promise<{file: string; role: string; language: string; controls: number; sites?: number}> {
  const file = options.output
  if (!options.force && (await fileExists(file))) {
    throw new UserError('file-exists', `${file} already exists`, {next: `${options.bin ?? 'posattest'} init ${file} --force, to overwrite it`})
  }
  const sites = options.sites === undefined ? undefined : await readSites(options.sites)
  const catalog = await loadCatalog(options.catalog ?? DEFAULT_CATALOG_DIR)
  await writeOutputFile(file, buildAnswersTemplate(catalog, options.role, options.lang, sites ? {sites} : {}))
  return {
    file,
    role: options.role,
    language: options.lang,
    controls: controlsForRole(catalog, options.role).length,
    ...(sites ? {sites: sites.length} : {}),
  }
}

/** The sites of a CSV, every row checked first: a bad cell is a UserError at its file:line:col, and nothing is written. */
async function readSites(csv: string): Promise<SiteRow[]> {
  const parsed = parseSitesCsv(csv, await readInput(csv))
  const first = parsed.diagnostics[0]
  if (first) {
    const more = parsed.diagnostics.length > 1 ? ` (and ${parsed.diagnostics.length - 1} more)` : ''
    throw new UserError('sites-csv', `${formatLocation(first)}: ${first.message}${more}`)
  }
  return parsed.sites
}
