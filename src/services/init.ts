import type {Role} from '../generated/catalog.js'
import {buildAnswersTemplate} from '../answers/answers-template.js'
import {controlsForRole, DEFAULT_CATALOG_DIR, loadCatalog} from '../catalog/catalog.js'
import {UserError} from '../model/errors.js'
import type {Language} from '../model/language.js'
import {writeOutputFile} from '../io/atomic-write.js'
import {fileExists} from '../io/file-exists.js'

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
}

/** `posattest init`: the blank answers file of a role, from the catalog, written atomically (never over a file without force). */
export async function init(options: InitOptions): Promise<{file: string; role: string; language: string; controls: number}> {
  const file = options.output
  if (!options.force && (await fileExists(file))) {
    throw new UserError('file-exists', `${file} already exists`, {next: `${options.bin ?? 'posattest'} init ${file} --force, to overwrite it`})
  }
  const catalog = await loadCatalog(options.catalog ?? DEFAULT_CATALOG_DIR)
  await writeOutputFile(file, buildAnswersTemplate(catalog, options.role, options.lang))
  return {file, role: options.role, language: options.lang, controls: controlsForRole(catalog, options.role).length}
}
