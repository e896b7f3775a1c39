import {stat} from 'node:fs/promises'
import os from 'node:os'
import {EXIT, UserError, type ExitCode} from '../model/errors.js'
import type {GateOutcome} from '../gate/judge-submission.js'
import type {PortfolioRow} from '../portfolio/portfolio-row.js'
import {readSummary, writePortfolioOutputs} from '../portfolio/portfolio-output.js'
import {runPortfolio} from '../portfolio/run-portfolio.js'
import {parseShard, type Shard} from '../portfolio/shard.js'
import {mergeSummaries, type PortfolioSummary} from '../portfolio/summary.js'
import {dayOfJudgement, loadGatePolicy} from './gate.js'

export interface PortfolioServiceOptions {
  /** The folder of submissions. */
  dir: string
  /** Where summary.json, summary.csv, summary.pdf and the cache go. */
  outdir: string
  policy: string
  ca?: readonly string[]
  /** The day of judgement (a day, already read); default today. */
  now?: string
  clock?: () => Date
  /** "i/n": judge only that shard. */
  shard?: string
  /** Worker threads; default one per core. */
  jobs?: number
  /** posattest's version (cache key, summary PDF). */
  version: string
  onStart?: (total: number) => void
  onProgress?: (done: number, outcomes: Record<GateOutcome, number>) => void
  /** Each row, in file order, as soon as it and every row before it are known. */
  onRow?: (row: PortfolioRow) => void
  /** Every submission is judged; the outputs are written next. */
  onJudged?: () => void
}

export interface PortfolioServiceRun {
  summary: PortfolioSummary
  shard: Shard | undefined
  judged: number
  reused: number
  /** Seconds from the first submission found to the outputs written. */
  seconds: number
  outputs: string[]
  /** 0 every submission passed, 1 any failed or could not be judged. */
  exitCode: ExitCode
}

const exitCodeOf = (summary: PortfolioSummary): ExitCode => (summary.outcomes.fail + summary.outcomes.error === 0 ? EXIT.ok : EXIT.findings)

/**
 * `posattest portfolio`: load the policy once, then gate every submission of the folder on worker threads
 * (each runs the gate service: portfolio-worker.ts), and write the summaries.
 */
export async function portfolio(options: PortfolioServiceOptions): Promise<PortfolioServiceRun> {
  const now = dayOfJudgement(options.now, options.clock)
  const shard = options.shard === undefined ? undefined : parseShard(options.shard)
  const loaded = await loadGatePolicy(options.policy, options.ca)
  const isDir = await stat(options.dir).then((s) => s.isDirectory(), () => undefined)
  if (isDir === undefined) throw new UserError('no-such-folder', `${options.dir}: no such folder`)
  if (!isDir) throw new UserError('not-a-folder', `${options.dir}: not a folder`)

  const started = process.hrtime.bigint()
  const run = await runPortfolio({
    worker: new URL('./portfolio-worker.js', import.meta.url),
    dir: options.dir,
    outdir: options.outdir,
    loaded,
    now,
    ...(shard ? {shard} : {}),
    jobs: options.jobs ?? os.availableParallelism(),
    version: options.version,
    ...(options.onStart ? {onStart: options.onStart} : {}),
    ...(options.onProgress ? {onProgress: options.onProgress} : {}),
    ...(options.onRow ? {onRow: options.onRow} : {}),
  })
  options.onJudged?.()
  const outputs = await writePortfolioOutputs(options.outdir, run.summary, {version: options.version, cache: run.cache})
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  return {summary: run.summary, shard, judged: run.judged, reused: run.reused, seconds, outputs, exitCode: exitCodeOf(run.summary)}
}

/** `posattest portfolio merge`: the summaries of shards combined, written as one run would have written them. */
export async function mergePortfolio(options: {summaries: readonly string[]; outdir: string; version: string}): Promise<{
  merged: PortfolioSummary
  count: number
  outputs: string[]
  exitCode: ExitCode
}> {
  const summaries = []
  for (const location of options.summaries) summaries.push(await readSummary(location))
  const merged = mergeSummaries(summaries)
  const outputs = await writePortfolioOutputs(options.outdir, merged, {version: options.version})
  return {merged, count: summaries.length, outputs, exitCode: exitCodeOf(merged)}
}
