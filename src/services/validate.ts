import {checkAnswersSource} from '../answers/load-answers.js'
import {ANSWERS_RULES} from '../answers/validate.js'
import {DEFAULT_CATALOG_DIR, loadCatalog} from '../catalog/catalog.js'
import {diagnostic, type Diagnostic} from '../diagnostics/diagnostic.js'
import type {DiagnosticReport} from '../diagnostics/formats.js'
import {EXIT, UserError, type ExitCode} from '../model/errors.js'
import {readYamlInput} from '../io/read-input.js'

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
  const results: Diagnostic[][] = Array.from({length: files.length}, () => [])
  const checkOne = async (index: number): Promise<void> => {
    const file = files[index]!
    try {
      const source = await readYamlInput(file)
      results[index] = await checkAnswersSource(source, catalog, options.today ? {today: options.today} : {})
    } catch (error) {
      if (!(error instanceof UserError)) throw error
      if (files.length === 1) throw error
      unreadable++
      results[index] = [diagnostic(file, undefined, 'file-unreadable', error.message.replace(`${file}: `, ''))]
    }
  }
  let next = 0
  await Promise.all(
    Array.from({length: Math.min(CONCURRENCY, files.length)}, async () => {
      while (next < files.length) await checkOne(next++)
    }),
  )

  const report: DiagnosticReport = {
    tool: 'posattest validate',
    version: options.version,
    files: [...files],
    diagnostics: results.flat(),
    rules: {...ANSWERS_RULES, 'file-unreadable': 'The file could not be read.'},
    helpUri: 'https://github.com/posattest/posattest#the-merchant',
  }
  const errors = report.diagnostics.some((d) => d.severity === 'error')
  return {report, exitCode: unreadable > 0 ? EXIT.usage : errors ? EXIT.findings : EXIT.ok}
}
