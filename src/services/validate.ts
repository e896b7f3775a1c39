import {stat} from 'node:fs/promises'
import {Piscina} from 'piscina'
import {checkAnswersSource, newEvidenceLookups, type EvidenceLookups} from '../answers/load-answers.js'
import {answersRules} from '../answers/validate.js'
import {type Catalog, DEFAULT_CATALOG_DIR, loadCatalog} from '../catalog/catalog.js'
import {diagnostic, type Diagnostic} from '../diagnostics/diagnostic.js'
import type {DiagnosticReport} from '../diagnostics/formats.js'
import {EXIT, fileRefusalIn, UserError, type ExitCode} from '../model/errors.js'
import {withinByteBudget} from '../io/byte-budget.js'
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
  /**
   * Threads to check many files on (WORKERS_FROM or more): the command asks for one per core. Default 1, every
   * file on this thread (the workers run the built module, dist/cli/validate-worker.js).
   */
  jobs?: number
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

/** What checking one file gave: its diagnostics, the language it names, and whether it could not be read. */
export interface CheckedFile {
  diagnostics: Diagnostic[]
  named?: Language
  unreadable?: boolean
}

/** The run's options that every file is checked with, on any thread. */
export interface CheckSettings {
  today?: string
  language?: Language
  fallback: Language
}

/** What checking a file needs besides the file: the same for every file of a run on one thread. */
export interface CheckContext extends CheckSettings {
  catalog: Catalog
  /** Several files to check: a file that cannot be read is one line of the report, not a UserError. */
  many: boolean
  lookups: EvidenceLookups
}

/** Reads and checks one answers file (on the main thread or a worker: validate-worker.ts). */
export async function checkAnswersFile(file: string, context: CheckContext): Promise<CheckedFile> {
  try {
    // A file that cannot be parsed names no language: its problems are in the fallback.
    const source = await readYamlInput(file, context.fallback, {valueFirst: true})
    const named = answersLanguage(source.value)
    const language = context.language ?? named ?? context.fallback
    const diagnostics = await checkAnswersSource(source, context.catalog, {...(context.today ? {today: context.today} : {}), language, lookups: context.lookups})
    return {diagnostics, ...(named ? {named} : {})}
  } catch (error) {
    if (!(error instanceof UserError) || !context.many) throw error
    const reason = error.message.replace(`${file}: `, '')
    return {diagnostics: [diagnostic(file, undefined, 'file-unreadable', fileRefusalIn({code: error.code, reason}, context.fallback))], unreadable: true}
  }
}

/**
 * Files from which checking them on worker threads pays for starting the workers (each loads the checks and the
 * catalog, ~0.1 s): below it, one thread checks them all.
 */
export const WORKERS_FROM = 200

/**
 * `posattest validate`: one catalog load, then every file read and checked (several at once; many files on
 * worker threads as well, one per core). One file alone that cannot be read is a UserError; among many it is one
 * line of the report. The report is the same however the files were shared out.
 */
export async function validate(options: ValidateOptions): Promise<ValidateRun> {
  const {files} = options
  const catalogDir = options.catalog ?? DEFAULT_CATALOG_DIR
  // Loaded here even when workers check the files: a broken catalog is one clean error before any worker starts.
  const catalog = await loadCatalog(catalogDir)
  const fallback = options.language ?? options.localeLanguage ?? 'en'
  const settings: CheckSettings = {
    ...(options.today ? {today: options.today} : {}),
    ...(options.language ? {language: options.language} : {}),
    fallback,
  }
  const jobs = Math.min(options.jobs ?? 1, MAX_JOBS)
  const results =
    jobs > 1 && files.length >= WORKERS_FROM
      ? await checkOnWorkers(files, {...settings, catalogDir}, jobs)
      : await checkHere(files, checkContext(settings, catalog, files.length > 1))

  const named = new Set(results.flatMap((r) => (r.named ? [r.named] : [])))
  const unreadable = results.filter((r) => r.unreadable).length
  // The report's own words: the language asked for, else the one every file that names one agrees on.
  const language = options.language ?? (named.size === 1 ? [...named][0]! : fallback)
  const report: DiagnosticReport = {
    tool: 'posattest validate',
    version: options.version,
    files: [...files],
    diagnostics: results.flatMap((r) => r.diagnostics),
    rules: answersRules(language),
    language,
    helpUri: 'https://github.com/posattest/posattest#the-merchant',
  }
  const errors = report.diagnostics.some((d) => d.severity === 'error')
  return {report, exitCode: unreadable > 0 ? EXIT.usage : errors ? EXIT.findings : EXIT.ok}
}

/** More threads than this gain nothing: reading the files and gathering the results take their share. */
const MAX_JOBS = 8

/**
 * Answers file bytes checked at once on one thread: a run of estates (up to MAX_PLAIN_YAML_BYTES each, their
 * values several times that) holds one or two at a time, a run of small files overlaps CONCURRENCY of them.
 */
const MAX_BYTES_AT_ONCE = 64 * 1024 * 1024

/** The context of one thread's checks. */
export function checkContext(settings: CheckSettings, catalog: Catalog, many: boolean): CheckContext {
  // Files of one folder often name the same evidence: each (folder, path) is looked up once per thread.
  return {...settings, catalog, many, lookups: newEvidenceLookups()}
}

/** Checks files on this thread, several read at once; the results in the files' order. */
export async function checkHere(files: readonly string[], context: CheckContext): Promise<CheckedFile[]> {
  return withinByteBudget(
    files,
    {concurrency: CONCURRENCY, budget: MAX_BYTES_AT_ONCE, bytesOf: (file) => stat(file).then((s) => s.size, () => 0)},
    (file) => checkAnswersFile(file, context),
  )
}

/** The options a validate worker starts with (validate-worker.ts); the catalog is loaded there from its folder. */
export interface ValidateWorkerData extends CheckSettings {
  catalogDir: string
}

/**
 * The files in `jobs` interleaved shares, one per worker thread; each worker checks its share as checkHere does.
 * Interleaved, so that the shares hold files of every size the run has.
 */
async function checkOnWorkers(files: readonly string[], data: ValidateWorkerData, jobs: number): Promise<CheckedFile[]> {
  const pool = new Piscina({filename: new URL('./validate-worker.js', import.meta.url).href, minThreads: jobs, maxThreads: jobs, workerData: data})
  try {
    const shares = Array.from({length: jobs}, (_, j) => files.filter((_, i) => i % jobs === j))
    const checked = await Promise.all(shares.map((share) => pool.run(share) as Promise<CheckedFile[]>))
    return files.map((_, i) => checked[i % jobs]![Math.floor(i / jobs)]!)
  } finally {
    await pool.destroy()
  }
}
