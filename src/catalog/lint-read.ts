import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {diagnostic, type Diagnostic} from '../diagnostics/diagnostic.js'
import {fileError, fileRefusal, fileRefusalIn, UserError} from '../model/errors.js'
import {IO_MESSAGES} from '../io/messages.js'
import type {Language} from '../model/language.js'

/*
 * Reading what `catalog lint` checks, without parsing it (lint-sources.ts parses): this module loads no YAML
 * parser, so that `catalog lint` can name what it read by content and answer from the cache (services/catalog.ts).
 */

/** The catalog's own name for its folder's meta file (catalog.ts META_FILE). */
const META_FILE = 'catalog.yaml'

/** Larger files are refused before reading: io/yaml-source.ts MAX_YAML_BYTES, the same number (a test keeps them equal). */
export const MAX_CATALOG_FILE_BYTES = 5 * 1024 * 1024

const YAML_FILE = /\.ya?ml$/i

/** A file as read for lint, before parsing: its bytes, or why it could not be read. */
export type ReadLintFile = {file: string; bytes: Uint8Array} | {file: string; unreadable: Diagnostic}

/** What `catalog lint PATH...` read, before parsing (readLintInputs without the parse): see readRawLintInputs. */
export type RawLintInput =
  | {kind: 'folder'; dir: string; files: readonly ReadLintFile[]}
  | {kind: 'file'; file: ReadLintFile; meta: ReadLintFile}

/**
 * The reading half of readLintInputs: every file's bytes, in the same order with the same refusals, so that
 * what was read can be named by its content (the lint result cache) before anything is parsed.
 */
export async function readRawLintInputs(paths: readonly string[], language: Language = 'en'): Promise<RawLintInput[]> {
  const inputs: RawLintInput[] = []
  for (const named of paths) {
    // `controls/` and `controls` name the same folder; report it one way.
    const given = named.length > 1 ? named.replace(/[\\/]+$/, '') || named : named
    let info
    try {
      info = await stat(given)
    } catch (error) {
      throw fileError(given, error)
    }
    if (info.isDirectory()) {
      inputs.push(await readFolder(given, language))
    } else if (info.isFile() && path.basename(given) === META_FILE) {
      inputs.push(await readFolder(path.dirname(given), language))
    } else if (info.isFile()) {
      const metaFile = path.join(path.dirname(given), META_FILE)
      inputs.push({kind: 'file', file: await readLintBytes(given, language), meta: await readLintBytes(metaFile)})
    } else {
      throw new UserError('not-file-or-folder', `${given}: not a file or folder`)
    }
  }
  return inputs
}

async function readFolder(dir: string, language: Language): Promise<RawLintInput> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    throw fileError(dir, error)
  }
  const files: ReadLintFile[] = []
  for (const name of names.filter((n) => YAML_FILE.test(n)).sort()) {
    const file = path.join(dir, name)
    const info = await stat(file).catch(() => undefined)
    if (info?.isDirectory()) continue
    files.push(await readLintBytes(file, language))
  }
  return {kind: 'folder', dir, files}
}

/** Reads one file's bytes; a file too large to read is refused from its size, before reading. */
export async function readLintBytes(file: string, language: Language = 'en'): Promise<ReadLintFile> {
  try {
    const {size} = await stat(file)
    if (size > MAX_CATALOG_FILE_BYTES) {
      return {file, unreadable: diagnostic(file, undefined, 'file-too-large', IO_MESSAGES[language].fileTooLarge(size, MAX_CATALOG_FILE_BYTES))}
    }
    return {file, bytes: await readFile(file)}
  } catch (error) {
    // Only the file system's refusals are the file's problem; anything else is a bug and is not dressed as one.
    if (typeof (error as NodeJS.ErrnoException)?.code !== 'string') throw error
    return {file, unreadable: diagnostic(file, undefined, 'unreadable-file', fileRefusalIn(fileRefusal(error), language))}
  }
}
