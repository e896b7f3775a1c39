import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ROOT} from '../helpers/run-cli.js'
import {gate} from '../../src/services/gate.js'
import {COMPLIANT, GAPS, makeBook, NOW, type Book} from '../helpers/service-fixtures.js'

// The portfolio service starts its workers on the built portfolio-worker.js beside it: it is run from dist/ (npm run build).
type PortfolioService = typeof import('../../src/services/portfolio.js')
const service = (): Promise<PortfolioService> => import(path.join(ROOT, 'dist', 'services', 'portfolio.js')) as Promise<PortfolioService>

let book: Book
beforeAll(async () => (book = await makeBook([{name: 'compliant.pdf', answers: COMPLIANT}, {name: 'gaps.pdf', answers: GAPS}])))
afterAll(async () => book.cleanup())

describe('the portfolio service', () => {
  it('gates every file as the gate service does, writes the summaries, and reuses them on a rerun', async () => {
    const {portfolio} = await service()
    const rows: string[] = []
    const run = await portfolio({dir: book.at('book'), outdir: book.at('out'), policy: book.policy, now: NOW, jobs: 2, version: 'test', onRow: (row) => rows.push(`${row.file} ${row.outcome}`)})
    expect(rows).toEqual(['compliant.pdf pass', 'gaps.pdf fail'])
    expect(run).toMatchObject({judged: 2, reused: 0, exitCode: 1, shard: undefined})
    expect(run.summary.outcomes).toEqual({pass: 1, fail: 1, error: 0})
    expect(run.outputs.map((f) => path.basename(f))).toEqual(['summary.json', 'summary.csv', 'summary.pdf'])
    const summary = JSON.parse(await readFile(book.at('out', 'summary.json'), 'utf8'))
    for (const row of summary.rows) {
      const {report} = await gate({submission: book.at('book', row.file), policy: book.policy, now: NOW})
      expect(row.reasons).toEqual(report.reasons)
    }
    const again = await portfolio({dir: book.at('book'), outdir: book.at('out'), policy: book.policy, now: NOW, jobs: 2, version: 'test'})
    expect(again).toMatchObject({judged: 0, reused: 2})
  })

  it('takes one shard, and merges shards into what one run gives', async () => {
    const {portfolio, mergePortfolio} = await service()
    const one = await portfolio({dir: book.at('book'), outdir: book.at('s1'), policy: book.policy, now: NOW, shard: '1/2', jobs: 1, version: 'test'})
    const two = await portfolio({dir: book.at('book'), outdir: book.at('s2'), policy: book.policy, now: NOW, shard: '2/2', jobs: 1, version: 'test'})
    expect(one.shard).toEqual({index: 1, count: 2})
    expect(one.summary.total + two.summary.total).toBe(2)
    const merged = await mergePortfolio({summaries: [book.at('s1'), book.at('s2')], outdir: book.at('merged'), version: 'test'})
    expect(merged).toMatchObject({count: 2, exitCode: 1})
    expect(merged.merged.outcomes).toEqual({pass: 1, fail: 1, error: 0})
  })

  it('refuses a folder that does not exist and a bad shard before judging anything', async () => {
    const {portfolio} = await service()
    await expect(portfolio({dir: book.at('nothing'), outdir: book.at('o'), policy: book.policy, version: 'test'})).rejects.toMatchObject({code: 'no-such-folder'})
    await expect(portfolio({dir: book.at('book'), outdir: book.at('o'), policy: book.policy, shard: '3/2', version: 'test'})).rejects.toMatchObject({code: 'bad-shard', exitCode: 2})
  })
})
