// Shared timing helpers for the benchmarks: every figure is printed beside a baseline measured in the same run.
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const BIN = path.join(ROOT, 'bin/run.js')

/** Median wall time in ms of running a command `runs` times (after one warm-up run). */
export function timeCommand(command, args, {runs = 10, cwd = ROOT, env = {}, expectCodes = [0]} = {}) {
  const times = []
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint()
    const result = spawnSync(command, args, {cwd, env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']})
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (!expectCodes.includes(result.status)) {
      throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`)
    }
    if (i > 0) times.push(ms)
  }
  return median(times)
}

/** Median wall time in ms of an async function. */
export async function timeAsync(fn, {runs = 5} = {}) {
  const times = []
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint()
    await fn()
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (i > 0) times.push(ms)
  }
  return median(times)
}

/**
 * The median ms of each function, run in turns (one untimed round, then `runs` timed rounds): on a shared machine a
 * busy spell then slows the project and its baseline alike, rather than whichever happened to be running.
 */
export async function timeInterleaved(fns, {runs = 5} = {}) {
  const times = fns.map(() => [])
  for (let round = 0; round <= runs; round++) {
    for (const [i, fn] of fns.entries()) {
      const start = process.hrtime.bigint()
      await fn()
      if (round > 0) times[i].push(Number(process.hrtime.bigint() - start) / 1e6)
    }
  }
  return times.map(median)
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** One result line: the project's figure, the baseline's, and their ratio. */
export function printComparison(name, project, baseline, unit = 'ms') {
  const fmt = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1))
  console.log(
    `${name.padEnd(44)} posattest ${fmt(project).padStart(8)} ${unit}   ${baseline.label.padEnd(28)} ${fmt(baseline.value).padStart(8)} ${unit}   ratio ${(project / baseline.value).toFixed(2)}x`,
  )
}

/** Small seeded PRNG (mulberry32): the same seed gives the same inputs on every machine. */
export function seededRandom(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const GNU_TIME = '/usr/bin/time'

/**
 * Runs a command `runs` times (no warm-up: for long runs) under GNU time where it is installed: the median wall
 * ms, the largest peak RSS in MB (NaN without GNU time), and the last run's output.
 */
export function measureCommand(command, args, {runs = 1, cwd = ROOT, expectCodes = [0]} = {}) {
  const time = existsSync(GNU_TIME)
  const times = []
  let rssMb = NaN
  let last
  for (let i = 0; i < runs; i++) {
    const wrapped = time ? [GNU_TIME, ['-f', '%M', command, ...args]] : [command, args]
    const start = process.hrtime.bigint()
    const result = spawnSync(wrapped[0], wrapped[1], {cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30})
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
    if (!expectCodes.includes(result.status)) {
      throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(-800)}`)
    }
    const stderr = String(result.stderr)
    // GNU time prints the peak RSS (KB) as the last line of stderr.
    if (time) rssMb = Math.max(Number.isNaN(rssMb) ? 0 : rssMb, Number(stderr.trimEnd().split('\n').at(-1)) / 1024)
    last = {status: result.status, stdout: String(result.stdout), stderr}
  }
  return {ms: median(times), rssMb, ...last}
}
