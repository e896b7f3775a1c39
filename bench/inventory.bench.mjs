// `inventory import` of 1,000, 10,000 and 100,000 terminals into a copy of examples/merchant-gaps, beside a bare
// node process that does the same I/O with the same libraries (csv-parse the file, yaml-parse the answers, append
// the rows, yaml-stringify, write): no cell checks, no card-number scan, no comment-keeping merge. The cost per row
// is the marginal one: the time of a one-row import (start-up, catalog-free CLI, the answers file) is taken off
// first, so the three sizes can be compared for linearity.
import {spawnSync} from 'node:child_process'
import {copyFile, mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {exampleAnswers, OUT} from './fixtures.mjs'
import {BIN, median, printComparison, ROOT, seededRandom} from './lib.mjs'

const SIZES = [1_000, 10_000, 100_000]
const MODELS = [
  ['PAX', 'A920', '4-30310'],
  ['Ingenico', 'Move/5000', '4-70248'],
  ['Verifone', 'V200c', '4-30287'],
  ['Newland', 'N910', '4-30369'],
]

/** A terminal-management export with `rows` terminals (seeded: the same file every run). */
function inventoryCsv(rows) {
  const random = seededRandom(rows)
  const lines = ['Serial Number,Manufacturer,Model,PTS Approval,PTS Expiry,Site,Seal IDs,Last Inspection,Firmware,Status']
  for (let i = 0; i < rows; i++) {
    const [make, model, pts] = MODELS[Math.floor(random() * MODELS.length)]
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0')
    lines.push(`TM${String(i).padStart(7, '0')},${make},${model},${pts},2029-06-30,Store ${1 + (i % 400)},S${i}A;S${i}B,2026-10-${day},3.${i % 9}.1,in-use`)
  }
  return `${lines.join('\n')}\n`
}

const BASELINE = `
const {readFileSync, writeFileSync} = require('node:fs')
const {parse} = require('csv-parse/sync')
const YAML = require('yaml')
const [csv, answers] = process.argv.slice(1)
const rows = parse(readFileSync(csv), {columns: true})
const doc = YAML.parse(readFileSync(answers, 'utf8'))
doc.inventory = [...(doc.inventory ?? []), ...rows]
writeFileSync(answers, YAML.stringify(doc))
`

/** Median ms of `runs` fresh imports of `csv` into a new copy of the example answers. */
async function timeImport(label, csv, dir, runs, command) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const answers = path.join(dir, `${label}-${i}.yaml`)
    await copyFile(exampleAnswers('merchant-gaps'), answers)
    const start = process.hrtime.bigint()
    const result = spawnSync(process.execPath, [...command, csv, answers], {cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe']})
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
    if (result.status !== 0) throw new Error(`${label} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`)
  }
  return median(times)
}

export default async function inventory() {
  const runs = Math.max(1, Math.min(Number(process.env.BENCH_RUNS ?? 3), 3))
  const dir = path.join(OUT, 'inventory')
  await mkdir(dir, {recursive: true})
  const posattest = [BIN, 'inventory', 'import']
  const baseline = ['-e', BASELINE]
  const csvOf = async (rows) => {
    const file = path.join(dir, `terminals-${rows}.csv`)
    await writeFile(file, inventoryCsv(rows))
    return file
  }
  const one = await csvOf(1)
  const fixed = {posattest: await timeImport('p1', one, dir, runs, posattest), baseline: await timeImport('b1', one, dir, runs, baseline)}
  console.log(`fixed cost of a one-row import: posattest ${fixed.posattest.toFixed(0)} ms, bare node ${fixed.baseline.toFixed(0)} ms`)
  const perRow = []
  for (const rows of SIZES) {
    const csv = await csvOf(rows)
    const p = await timeImport(`p${rows}`, csv, dir, rows >= 100_000 ? 1 : runs, posattest)
    const b = await timeImport(`b${rows}`, csv, dir, rows >= 100_000 ? 1 : runs, baseline)
    printComparison(`inventory import: ${rows.toLocaleString('en')} rows`, p, {label: 'csv-parse + yaml, bare node', value: b})
    perRow.push([rows, ((p - fixed.posattest) / rows) * 1000])
  }
  const costs = perRow.map(([, us]) => us)
  console.log(
    `marginal cost per row: ${perRow.map(([rows, us]) => `${rows.toLocaleString('en')}: ${us.toFixed(0)} µs`).join(', ')}; ` +
      `largest/smallest ${(Math.max(...costs) / Math.min(...costs)).toFixed(2)}x (linear is 1x)`,
  )
}
