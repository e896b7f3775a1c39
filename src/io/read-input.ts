import {readFile} from 'node:fs/promises'
import {fileError} from '../model/errors.js'
import type {Language} from '../model/language.js'
import {parseYamlSource, type YamlParseOptions, type YamlSource} from './yaml-source.js'

/** Reads a file the user named; a missing or unreadable one is a one-line UserError (exit 2). */
export async function readInput(file: string): Promise<Buffer> {
  try {
    return await readFile(file)
  } catch (error) {
    throw fileError(file, error)
  }
}

/** Reads and parses a YAML file the user named; problems inside it are the source's diagnostics (in `language`). */
export async function readYamlInput(file: string, language: Language = 'en', options: YamlParseOptions = {}): Promise<YamlSource> {
  return parseYamlSource(file, await readInput(file), language, options)
}
