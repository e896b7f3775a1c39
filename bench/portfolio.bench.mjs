// Portfolio: gating a book of 1,000 and of 10,000 signed submissions on every core, from a fresh output folder
// (no cache), against the floor of merely reading and hashing the same files (SHA-256 of each, one process),
// measured in the same run. Also: peak memory of each child (GNU time's maximum resident set size; worker
// threads live in the same process), how the time grows from 1,000 to 10,000, and a rerun over the cache.
// The book is generated once by bench/generate-book.mjs and kept under bench/out/ (a few minutes the first time).
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {link, mkdir, readdir, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {BOOK_NOW, generateBook} from './generate-book.mjs'
import {BIN, ROOT, printComparison} from './lib.mjs'

const OUT = path.join(ROOT, 'bench', 'out')
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

/** Reads and hashes every *.pdf / *.json under a folder: the least any gate of the book must do. */
const FLOOR_SCRIPT = `
const {createHash} = require('node:crypto')
const {readdirSync, readFileSync} = require('node:fs')
const path = require('node:path')
const walk = (dir) => readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
  e.name.startsWith('.') ? [] : e.isDirectory() ? walk(path.join(dir, e.name)) : /\\.(pdf|json)$/i.test(e.name) ? [path.join(dir, e.name)] : [])
let n = 0
for (const file of walk(process.argv[1]).sort()) { createHash('sha256').update(readFileSync(file)).digest('hex'); n++ }
process.stdout.write(String(n))
`

/** Runs a child under GNU time; returns wall ms, peak RSS in MB, CPU ms (user + system), and its output. */
function measure(command, args, {expectCodes = [0]} = {}) {
  const wrapped = TIME ? [TIME, ['-f', '%M %U %S', command, ...args]] : [command, args]
  const start = process.hrtime.bigint()
  const result = spawnSync(wrapped[0], wrapped[1], {cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30})
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (!expectCodes.includes(result.status)) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(-800)}`)
  }
  const stderr = String(result.stderr)
  // GNU time prints the peak RSS (KB) and the user and system CPU seconds as the last line of stderr.
  const [rssKb, user, system] = TIME ? stderr.trimEnd().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN, NaN]
  return {ms, rssMb: rssKb / 1024, cpuMs: (user + system) * 1000, stdout: String(result.stdout), stderr}
}

/** A book of the first `count` submissions of a bigger one, as hard links (same bytes, no copies). */
async function subset(book, count) {
  const dir = path.join(OUT, `subset-${count}-of-${path.basename(book)}`)
  if (existsSync(path.join(dir, '.complete'))) return dir
  await rm(dir, {recursive: true, force: true})
  let taken = 0
  for (const folder of (await readdir(book)).filter((f) => !f.startsWith('.')).sort()) {
    if (taken === count) break
    await mkdir(path.join(dir, folder), {recursive: true})
    for (const file of (await readdir(path.join(book, folder))).sort()) {
      if (taken === count) break
      await link(path.join(book, folder, file), path.join(dir, folder, file))
      taken++
    }
  }
  await mkdir(path.join(dir, '.complete'))
  return dir
}

export default async function portfolioBench() {
  const large = Number(process.env.BENCH_BOOK ?? 10_000)
  const small = Math.round(large / 10)
  const book = await generateBook(large)
  console.log(`book: ${large} signed submissions in ${path.relative(ROOT, book.dir)} (${book.reused ? 'reused' : `generated in ${book.manifest.seconds} s`}); ${os.availableParallelism()} cores`)
  const books = [
    [small, await subset(book.dir, small)],
    [large, book.dir],
  ]

  const results = new Map()
  for (const [count, dir] of books) {
    // Warm the page cache once, so neither figure pays for the disk.
    measure(process.execPath, ['-e', FLOOR_SCRIPT, dir])
    const floor = measure(process.execPath, ['-e', FLOOR_SCRIPT, dir])
    if (Number(floor.stdout) !== count) throw new Error(`the floor read ${floor.stdout} files, expected ${count}`)
    const outdir = path.join(OUT, `portfolio-${count}`)
    await rm(outdir, {recursive: true, force: true})
    const args = [BIN, 'portfolio', dir, '--policy', book.policy, '-o', outdir, '--now', BOOK_NOW]
    // Some submissions fail or are damaged on purpose: exit 1 is the expected outcome.
    const fresh = measure(process.execPath, args, {expectCodes: [1]})
    const rows = fresh.stdout.trimEnd().split('\n').length
    if (rows !== count) throw new Error(`portfolio printed ${rows} rows, expected ${count}`)
    const rerun = measure(process.execPath, args, {expectCodes: [1]})
    const summaryLine = fresh.stderr.split('\n').find((l) => / submissions: /.test(l))
    const rerunLine = rerun.stderr.split('\n').find((l) => / submissions: /.test(l))
    results.set(count, {floor, fresh, rerun})

    const label = count.toLocaleString('en')
    console.log(`${label}: ${summaryLine}`)
    console.log(`${label} rerun: ${rerunLine}`)
    printComparison(`portfolio ${label}: wall time (fresh)`, fresh.ms, {label: 'read + sha256 floor', value: floor.ms})
    printComparison(`portfolio ${label}: throughput`, (count * 1000) / fresh.ms, {label: 'read + sha256 floor', value: (count * 1000) / floor.ms}, 'sub/s')
    printComparison(`portfolio ${label}: rerun, all from the cache`, rerun.ms, {label: 'read + sha256 floor', value: floor.ms})
    if (TIME) printComparison(`portfolio ${label}: peak RSS`, fresh.rssMb, {label: 'read + sha256 floor', value: floor.rssMb}, 'MB')
    // CPU time says what the work costs when other processes share the cores (wall time then says little).
    if (TIME) printComparison(`portfolio ${label}: CPU time (user + sys)`, fresh.cpuMs, {label: 'read + sha256 floor', value: floor.cpuMs})
  }
  const [a, b] = [results.get(small), results.get(large)]
  printComparison(
    `portfolio: time ${large.toLocaleString('en')} vs ${small.toLocaleString('en')}`,
    b.fresh.ms,
    {label: `${small.toLocaleString('en')} run × ${large / small}`, value: a.fresh.ms * (large / small)},
  )
  if (TIME) {
    printComparison(
      `portfolio: CPU time ${large.toLocaleString('en')} vs ${small.toLocaleString('en')}`,
      b.fresh.cpuMs,
      {label: `${small.toLocaleString('en')} run × ${large / small}`, value: a.fresh.cpuMs * (large / small)},
    )
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await portfolioBench()
