import path from 'node:path'
import {Piscina} from 'piscina'
import type {JudgeContext} from '../gate/judge-submission-bytes.js'
import {judgeContext, type LoadedPolicy} from '../gate/load-policy.js'
import {readSubmissionBytes, sha256} from '../gate/load-submission.js'
import type {GateOutcome} from '../gate/judge-submission.js'
import {cacheKey, readCache, type CacheContext, type CachedRow} from './cache.js'
import {findSubmissions} from './find-submissions.js'
import {errorRow, type PortfolioRow} from './portfolio-row.js'
import {inShard, type Shard} from './shard.js'
import {summarizePortfolio, type PortfolioSummary} from './summary.js'

/**
 * A file still being judged after this long is given up (its worker is stopped and replaced): a report is
 * judged in well under a second, and every parse is bounded, so only a hostile file comes near.
 */
export const TASK_TIMEOUT_MS = 30_000
/**
 * Heap limit of each worker: far above any report (the reader decodes at most a few MB per attachment), low
 * enough that even a hostile file that got past every bound fails its own row instead of taking the machine down.
 */
export const WORKER_HEAP_MB = 256

/** Given to each worker once: the policy and roots are read and checked by the main thread beforehand. */
export type JudgeWorkerData = JudgeContext

/** One file for a worker to judge. */
export interface JudgeTask {
  /** Where to read the file. */
  path: string
  /** How the row names it (relative to the portfolio folder). */
  file: string
}

/** What a worker gives back for a task. */
export interface JudgedFile {
  row: PortfolioRow
  /** false when the row says nothing about the bytes (unreadable file, internal error): judge it again next time. */
  cacheable: boolean
}

export interface PortfolioOptions {
  /**
   * The worker threads' module: its default export judges one JudgeTask with the JudgeWorkerData it is
   * started with (src/services/portfolio-worker.ts, which runs the gate service).
   */
  worker: URL
  dir: string
  outdir: string
  loaded: LoadedPolicy
  now: string
  shard?: Shard
  jobs: number
  /** posattest's version, part of the cache key. */
  version: string
  /** Each row, in file order, as soon as it and every row before it are known. */
  onRow?: (row: PortfolioRow) => void
  onStart?: (total: number) => void
  onProgress?: (done: number, outcomes: Record<GateOutcome, number>) => void
}

export interface PortfolioRun {
  summary: PortfolioSummary
  /** Submissions judged in this run. */
  judged: number
  /** Submissions whose row came from the cache. */
  reused: number
  /** The cache to write back. */
  cache: Map<string, CachedRow>
}

/**
 * Gates every submission of a folder (or of one shard of it) on worker threads, reusing the rows of
 * unchanged files from the output folder's cache. Never fails because of a submission: each problem is
 * that submission's row.
 */
export async function runPortfolio(options: PortfolioOptions): Promise<PortfolioRun> {
  const {loaded, now} = options
  const found = await findSubmissions(options.dir, {exclude: [options.outdir]})
  const files = found.files.filter((file) => inShard(file, options.shard))
  const unlisted = found.unlisted.filter((u) => inShard(u.file, options.shard))
  // Each row is held as its JSON text until the workers are done (a tenth of the memory of the object), and
  // read back for the summary: a book of 10,000 grew the process by 60 MB while it was judged.
  const rows: (string | undefined)[] = new Array(files.length)
  /** Rows settled but not yet given to onRow (one waits for every row before it). */
  const waiting = new Map<number, PortfolioRow>()
  /** Whether a row may go to the cache (it says something about the bytes). */
  const cacheable = new Uint8Array(files.length)
  const oldCache = await readCache(options.outdir)
  const cache = new Map<string, CachedRow>()
  const context: CacheContext = {policySha256: loaded.policyHash, rootsSha256: loaded.rootsHash, now, version: options.version}
  const outcomes: Record<GateOutcome, number> = {pass: 0, fail: 0, error: 0}
  options.onStart?.(files.length + unlisted.length)
  let done = 0
  let judged = 0
  let reused = 0

  // Rows go out in file order: a row waits until every row before it is known.
  let next = 0
  const settle = (index: number, row: PortfolioRow) => {
    rows[index] = JSON.stringify(row)
    if (options.onRow) waiting.set(index, row)
    outcomes[row.outcome]++
    done++
    options.onProgress?.(done, outcomes)
    for (; next < rows.length && rows[next] !== undefined; next++) {
      const ready = waiting.get(next)
      waiting.delete(next)
      if (ready) options.onRow?.(ready)
    }
  }

  const workerData: JudgeWorkerData = judgeContext(loaded, now)
  // Started at the first file the cache does not hold: a rerun of an unchanged book starts no worker at all.
  let pool: Piscina | undefined
  const workers = () =>
    (pool ??= new Piscina({
      filename: options.worker.href,
      minThreads: Math.min(options.jobs, files.length),
      maxThreads: Math.min(options.jobs, files.length),
      workerData,
      // 24 MB of young generation: as fast as 32 over the bench book (CPU within noise), 30-40 MB less resident.
      resourceLimits: {maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 24},
    }))

  const judge = async (index: number): Promise<void> => {
    const file = files[index]!
    const absolute = path.join(options.dir, ...file.split('/'))
    // Only a previous run's cache makes hashing here worth it; a fresh run hashes in the workers.
    if (oldCache.size > 0) {
      const bytes = await readSubmissionBytes(absolute).catch(() => undefined)
      const hit = bytes && oldCache.get(cacheKey(sha256(bytes), context))
      if (hit) {
        cacheable[index] = 1
        reused++
        settle(index, {file, ...hit})
        return
      }
    }
    const task: JudgeTask = {path: absolute, file}
    let result: JudgedFile
    try {
      result = (await workers().run(task, {signal: AbortSignal.timeout(TASK_TIMEOUT_MS)})) as JudgedFile
    } catch (error) {
      const failure = workerFailure(error)
      result = {row: errorRow(file, failure.message, undefined, failure.code), cacheable: false}
    }
    judged++
    if (result.cacheable) cacheable[index] = 1
    settle(index, result.row)
  }

  // Enough tasks in flight to keep every worker busy, few enough that a task's timeout starts near its start.
  const lanes = Math.max(1, options.jobs * 2)
  let taken = 0
  try {
    await Promise.all(
      Array.from({length: Math.min(lanes, files.length)}, async () => {
        while (taken < files.length) await judge(taken++)
      }),
    )
  } finally {
    await pool?.destroy()
  }

  const judgedRows = rows.map((text) => JSON.parse(text!) as PortfolioRow)
  for (const [index, row] of judgedRows.entries()) {
    if (cacheable[index] === 0 || row.sha256 === null) continue
    const {file: _file, ...cached} = row
    cache.set(cacheKey(row.sha256, context), cached)
  }
  const all = [...judgedRows, ...unlisted.map((u) => errorRow(u.file, u.reason))]
  for (const row of all.slice(files.length)) {
    outcomes[row.outcome]++
    options.onRow?.(row)
  }
  const summary = summarizePortfolio(
    all,
    {policy: {name: loaded.policy.name, sha256: loaded.policyHash}, roots_sha256: loaded.rootsHash, now},
    options.shard ? `${options.shard.index}/${options.shard.count}` : undefined,
  )
  return {summary, judged, reused, cache}
}

function workerFailure(error: unknown): {code: string; message: string} {
  const code = (error as {code?: string})?.code
  const name = (error as Error)?.name
  // piscina rejects an aborted task with its AbortError (name 'AbortError'); the timeout's own reason is a TimeoutError.
  if (name === 'AbortError' || name === 'TimeoutError') {
    return {code: 'judge-timeout', message: `judging the file took longer than ${TASK_TIMEOUT_MS / 1000} s; it was stopped`}
  }
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return {code: 'judge-out-of-memory', message: `judging the file needed more than ${WORKER_HEAP_MB} MB of memory; it was stopped`}
  }
  return {code: 'judge-worker-failed', message: `the worker judging the file failed: ${(error as Error)?.message ?? String(error)}`}
}
