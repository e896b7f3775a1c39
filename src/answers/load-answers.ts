import path from 'node:path'
import type {Catalog} from '../catalog/catalog.js'
import {type Diagnostic, formatLocation} from '../diagnostics/diagnostic.js'
import {UserError} from '../model/errors.js'
import type {AnswersFile} from '../generated/answers.js'
import {resolveContainedFile} from '../io/contained-file.js'
import {readYamlInput} from '../io/read-input.js'
import type {YamlSource} from '../io/yaml-source.js'
import {evidencePathsOf} from '../model/evidence-path.js'
import type {Language} from '../model/language.js'
import {COMPLETENESS_RULES, type EvidenceFileInfo, validateAnswers} from './validate.js'

export interface LoadedAnswers {
  /** Valid against the schema and the catalog; it may still be incomplete (see COMPLETENESS_RULES). */
  answers: AnswersFile
  source: YamlSource
  /** The answers file's folder as the user named it; evidence paths are relative to it. */
  baseDir: string
}

export interface AnswersCheckOptions {
  /** When given (YYYY-MM-DD), an assessment dated after this day is an error. */
  today?: string
  /** The language of the diagnostics (default English). */
  language?: Language
  /**
   * Evidence lookups already made in this run (newEvidenceLookups): files of one folder that name the same
   * evidence path (a thousand answers files sharing one evidence folder) look it up on disk once.
   */
  lookups?: EvidenceLookups
}

/** What one run found for each (folder, evidence path); see AnswersCheckOptions.lookups. */
export type EvidenceLookups = Map<string, Promise<EvidenceFileInfo>>

/** An empty cache of evidence lookups for one run of many files. */
export function newEvidenceLookups(): EvidenceLookups {
  return new Map()
}

/**
 * Looks up each evidence path the answers name, relative to `baseDir`, with its symbolic links resolved
 * (of the file and of the folders on the way, `baseDir` included): a path whose target lies outside the
 * folder is `outside`, one whose target is not a regular file (a folder, FIFO, device) is not a file.
 */
export async function collectEvidenceFiles(
  baseDir: string,
  value: unknown,
  lookups?: EvidenceLookups,
): Promise<Map<string, EvidenceFileInfo>> {
  const found = new Map<string, EvidenceFileInfo>()
  await Promise.all(
    evidencePathsOf(value).map(async (relative) => {
      if (!lookups) return void found.set(relative, await lookUpEvidence(baseDir, relative))
      const key = `${baseDir}\u0000${relative}`
      let lookup = lookups.get(key)
      if (!lookup) lookups.set(key, (lookup = lookUpEvidence(baseDir, relative)))
      found.set(relative, await lookup)
    }),
  )
  return found
}

async function lookUpEvidence(baseDir: string, relative: string): Promise<EvidenceFileInfo> {
  const target = await resolveContainedFile(baseDir, relative)
  return {
    exists: target.kind !== 'missing' && target.kind !== 'unreadable',
    isFile: target.kind === 'file',
    ...(target.kind === 'outside' ? {outside: true} : {}),
    ...(target.kind === 'unreadable' ? {unreadable: target.reason, unreadableCode: target.code} : {}),
    ...(target.kind === 'missing' && target.dangling ? {dangling: true} : {}),
  }
}

/** Every validation problem of a parsed answers file, with the evidence files looked up on disk. */
export async function checkAnswersSource(
  source: YamlSource,
  catalog: Catalog,
  options: AnswersCheckOptions = {},
): Promise<Diagnostic[]> {
  const baseDir = path.dirname(source.file)
  const evidenceFiles = await collectEvidenceFiles(baseDir, source.value, options.lookups)
  return validateAnswers(source, catalog, {
    baseDir,
    evidenceFiles,
    ...(options.today ? {today: options.today} : {}),
    ...(options.language ? {language: options.language} : {}),
  })
}

/**
 * Loads an answers file for use (evaluate, report): a file `posattest validate` rejects for anything but
 * incompleteness (COMPLETENESS_RULES, which evaluation reports as gaps) becomes a UserError naming the first
 * problem as `file:line:col: message`.
 */
export async function loadAnswersFile(
  file: string,
  catalog: Catalog,
  options: AnswersCheckOptions = {},
): Promise<LoadedAnswers> {
  const source = await readYamlInput(file, 'en', {valueFirst: true})
  const errors = (await checkAnswersSource(source, catalog, options)).filter(
    (d) => d.severity === 'error' && !COMPLETENESS_RULES.has(d.rule),
  )
  const first = errors[0]
  if (first) {
    const more = errors.length > 1 ? ` (${errors.length - 1} more; run posattest validate ${file})` : ''
    throw new UserError(first.rule, `${formatLocation(first)}: ${first.message}${more}`)
  }
  return {answers: source.value as AnswersFile, source, baseDir: path.dirname(file)}
}
