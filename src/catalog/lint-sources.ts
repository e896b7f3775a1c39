import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {diagnostic} from '../diagnostics/diagnostic.js'
import {fileError, fileRefusal, fileRefusalIn, UserError} from '../model/errors.js'
import {IO_MESSAGES} from '../io/messages.js'
import {MAX_YAML_BYTES, parseYamlSource, type YamlSource} from '../io/yaml-source.js'
import type {Language} from '../model/language.js'
import {META_FILE} from './catalog.js'
import type {LintFile, LintInput} from './lint.js'

const YAML_FILE = /\.ya?ml$/i

/**
 * Reads what `catalog lint PATH...` names: a folder (every *.yaml/*.yml in it) or one control file
 * (with the catalog.yaml beside it, for the languages). `catalog.yaml` itself stands for its folder.
 * A path that does not exist is a usage error (UserError, exit 2); a file that cannot be read becomes
 * a diagnostic of that file, so the other files are still checked.
 */
export async function readLintInputs(paths: readonly string[], language: Language = 'en'): Promise<LintInput[]> {
  const inputs: LintInput[] = []
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
      inputs.push({kind: 'file', file: await readLintFile(given, language), meta: await readOptionalSource(metaFile)})
    } else {
      throw new UserError('not-file-or-folder', `${given}: not a file or folder`)
    }
  }
  return inputs
}

async function readFolder(dir: string, language: Language): Promise<LintInput> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    throw fileError(dir, error)
  }
  const files: LintFile[] = []
  for (const name of names.filter((n) => YAML_FILE.test(n)).sort()) {
    const file = path.join(dir, name)
    const info = await stat(file).catch(() => undefined)
    if (info?.isDirectory()) continue
    files.push(await readLintFile(file, language))
  }
  return {kind: 'folder', dir, files}
}

/** Reads one file; a file too large to read is refused from its size, before reading. */
export async function readLintFile(file: string, language: Language = 'en'): Promise<LintFile> {
  try {
    const {size} = await stat(file)
    if (size > MAX_YAML_BYTES) {
      return {file, unreadable: diagnostic(file, undefined, 'file-too-large', IO_MESSAGES[language].fileTooLarge(size, MAX_YAML_BYTES))}
    }
    return {file, source: parseYamlSource(file, await readFile(file), language)}
  } catch (error) {
    // Only the file system's refusals are the file's problem; anything else is a bug and is not dressed as one.
    if (typeof (error as NodeJS.ErrnoException)?.code !== 'string') throw error
    return {file, unreadable: diagnostic(file, undefined, 'unreadable-file', fileRefusalIn(fileRefusal(error), language))}
  }
}

async function readOptionalSource(file: string): Promise<YamlSource | undefined> {
  const read = await readLintFile(file)
  return read && 'source' in read && read.source.diagnostics.length === 0 ? read.source : undefined
}
