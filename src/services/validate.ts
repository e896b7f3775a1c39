import {checkAnswersSource, newEvidenceLookups} from '../answers/load-answers.js'
import {answersRules} from '../answers/validate.js'
import {DEFAULT_CATALOG_DIR, loadCatalog} from '../catalog/catalog.js'
import {diagnostic, type Diagnostic} from '../diagnostics/diagnostic.js'
import type {DiagnosticReport} from '../diagnostics/formats.js'
import {EXIT, fileRefusalIn, UserError, type ExitCode} from '../model/errors.js'
import {readYamlInput} from '../io/read-input.js'
import {isLanguage, type Language} from '../model/language.js'

/** Files read at once: enough to hide disk latency over a thousand files, few enough for any fd limit. */
const CONCURRENCY = 16

export interface ValidateOptions {
  files: readonly string[]
  /** The control catalog folder (default: the shipped one). */
  catalog?: string
  /** Also reject an assessment dated after this day (a day, already read). */
  today?: string
  /** posattest's version, for the report. */
  version: string
  /** The language of the messages (--lang); without it, each file's assessment.language, else `localeLanguage`. */
  language?: Language
  /** The environment locale's language (languageFromLocale), for files that name none and for files not read. */
  localeLanguage?: Language
}

/** The language an answers file names (assessment.language), when it could be read that far. */
export function answersLanguage(value: unknown): Language | undefined {
  const assessment = typeof value === 'object' && value !== null ? (value as {assessment?: unknown}).assessment : undefined
  const language = typeof assessment === 'object' && assessment !== null ? (assessment as {language?: unknown}).language : undefined
  return isLanguage(language) ? language : undefined
}

export interface ValidateRun {
  report: DiagnosticReport
  /** 0 all valid, 1 problems found, 2 a file (among several) could not be read. */
  exitCode: ExitCode
}

/**
 * `posattest validate`: one catalog load, then every file read and checked (several at once). One file alone
 * that cannot be read is a UserError; among many it is one line of the report.
 */
export async function validate(options: ValidateOptions): Promise<ValidateRun> {
  const {files} = options
  const catalog = await loadCatalog(options.catalog ?? DEFAULT_CATALOG_DIR)
  let unreadable = 0
  const fallback = options.language ?? options.localeLanguage ?? 'en'
  const results: Diagnostic[][] = Array.from({length: files.length}, () => [])
  const named = new Set<Language>()
  // Files of one folder often name the same evidence: each (folder, path) is looked up once per run.
  const lookups = newEvidenceLookups()
  const checkOne = async (index: number): Promise<void> => {
    const file = files[index]!
    try {
      // A file that cannot be parsed names no language: its problems are in the fallback.
      const source = await readYamlInput(file, fallback)
      const own = answersLanguage(source.value)
      if (own) named.add(own)
      const language = options.language ?? own ?? fallback
      results[index] = await checkAnswersSource(source, catalog, {...(options.today ? {today: options.today} : {}), language, lookups})
    } catch (error) {
      if (!(error instanceof UserError)) throw error
      if (files.length === 1) throw error
      unreadable++
      const reason = error.message.replace(`${file}: `, '')
      results[index] = [diagnostic(file, undefined, 'file-unreadable', fileRefusalIn({code: error.code, reason}, fallback))]
    }
  }
  let next = 0
  await Promise.all(
    Array.from({length: Math.min(CONCURRENCY, files.length)}, async () => {
      while (next < files.length) await checkOne(next++)
    }),
  )

  // The report's own words: the language asked for, else the one every file that names one agrees on.
  const language = options.language ?? (named.size === 1 ? [...named][0]! : fallback)
  const report: DiagnosticReport = {
    tool: 'posattest validate',
    version: options.version,
    files: [...files],
    diagnostics: results.flat(),
    rules: answersRules(language),
    language,
    helpUri: 'https://github.com/posattest/posattest#the-merchant',
  }
  const errors = report.diagnostics.some((d) => d.severity === 'error')
  return {report, exitCode: unreadable > 0 ? EXIT.usage : errors ? EXIT.findings : EXIT.ok}
}
