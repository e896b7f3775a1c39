import {parseYamlSource, type YamlSource} from '../io/yaml-source.js'
import type {Language} from '../model/language.js'
import type {LintFile, LintInput} from './lint.js'
import {readLintBytes, readRawLintInputs, type RawLintInput, type ReadLintFile} from './lint-read.js'

export {readRawLintInputs, type RawLintInput, type ReadLintFile} from './lint-read.js'

/**
 * Reads what `catalog lint PATH...` names: a folder (every *.yaml/*.yml in it) or one control file
 * (with the catalog.yaml beside it, for the languages). `catalog.yaml` itself stands for its folder.
 * A path that does not exist is a usage error (UserError, exit 2); a file that cannot be read becomes
 * a diagnostic of that file, so the other files are still checked.
 */
export async function readLintInputs(paths: readonly string[], language: Language = 'en'): Promise<LintInput[]> {
  return parseLintInputs(await readRawLintInputs(paths, language), language)
}

/** The parsing half of readLintInputs. */
export function parseLintInputs(raw: readonly RawLintInput[], language: Language = 'en'): LintInput[] {
  return raw.map((input) => {
    if (input.kind === 'folder') return {kind: 'folder', dir: input.dir, files: input.files.map((f) => parseLintFile(f, language))}
    const meta = parseLintFile(input.meta, 'en')
    return {kind: 'file', file: parseLintFile(input.file, language), meta: optionalMeta(meta)}
  })
}

/** catalog.yaml beside a single file counts only when it parses without a problem. */
function optionalMeta(read: LintFile): YamlSource | undefined {
  return 'source' in read && read.source.diagnostics.length === 0 ? read.source : undefined
}

function parseLintFile(read: ReadLintFile, language: Language): LintFile {
  return 'bytes' in read ? {file: read.file, source: parseYamlSource(read.file, read.bytes, language)} : read
}

/** Reads one file; a file too large to read is refused from its size, before reading. */
export async function readLintFile(file: string, language: Language = 'en'): Promise<LintFile> {
  return parseLintFile(await readLintBytes(file, language), language)
}

