import {execFile} from 'node:child_process'
import {copyFile, cp, mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'
import {parse} from 'csv-parse/sync'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {PortfolioSummary} from '../src/portfolio/summary.js'
import {runCli, tempDir} from './helpers/run-cli.js'
import {COMPLIANT_ANSWERS, GATE_FIXTURES, keygen, signedReport, TEST_CATALOG} from './helpers/signed-reports.js'

const run = promisify(execFile)
let tmp: {dir: string; cleanup: () => Promise<void>}
const at = (...parts: string[]) => path.join(tmp.dir, ...parts)
const NOW = '2026-01-15'

/** The compliant answers (Lotus Tea House Ltd, M-1001, assessed 2025-03-31) with some lines changed. */
async function answers(name: string, changes: [string, string][]): Promise<string> {
  let text = await readFile(COMPLIANT_ANSWERS, 'utf8')
  for (const [from, to] of changes) {
    expect(text).toContain(from)
    text = text.replace(from, to)
  }
  const file = at('answers', `${name}.yaml`)
  await writeFile(file, text)
  return file
}

// A book with several submissions per merchant:
//   M-1001: assessed 2025-03-31 (signed, by its own claim, last: 2025-08-01) and assessed 2025-06-30 (signed
//           2025-07-01; it fails): the latest is the newer assessment, whatever the claimed signing times say; a byte-
//           altered copy of the newest one (named to sort last) is unverified and counts for nobody;
//   M-1001 under the agent Harbour ISO: another merchant, though the id is the same;
//   M-2002: assessed 2025-03-31 as "Golden Harbour Ltd" and 2025-05-31 as "Golden Harbour Trading Ltd": one
//           merchant, its id under two names (flagged), its latest the May one.
beforeAll(async () => {
  tmp = await tempDir('posattest-portfolio-merchants-')
  await Promise.all([
    mkdir(at('book', 'inbox'), {recursive: true}),
    keygen(at('keys'), 'Mei Chan', 'Lotus Tea House Ltd'),
    copyFile(path.join(GATE_FIXTURES, 'policy.yaml'), at('policy.yaml')),
    cp(TEST_CATALOG, at('catalog'), {recursive: true}),
    cp(path.join(path.dirname(COMPLIANT_ANSWERS), 'evidence'), at('answers', 'evidence'), {recursive: true}),
  ])
  const june = await answers('june', [['date: 2025-03-31', 'date: 2025-06-30']])
  const agent = await answers('agent', [['merchant_id: M-1001', 'merchant_id: M-1001\n    agent: Harbour ISO']])
  const goldenMarch = await answers('golden-march', [['legal_name: Lotus Tea House Ltd', 'legal_name: Golden Harbour Ltd'], ['M-1001', 'M-2002']])
  const goldenMay = await answers('golden-may', [
    ['legal_name: Lotus Tea House Ltd', 'legal_name: Golden Harbour Trading Ltd'],
    ['M-1001', 'M-2002'],
    ['date: 2025-03-31', 'date: 2025-05-31'],
  ])
  const catalog = ['--catalog', TEST_CATALOG]
  await Promise.all([
    signedReport(COMPLIANT_ANSWERS, at('book', 'lotus-march.pdf'), at('keys'), '2025-08-01', catalog),
    signedReport(june, at('book', 'inbox', 'lotus-june.pdf'), at('keys'), '2025-07-01', catalog),
    signedReport(agent, at('book', 'lotus-via-iso.pdf'), at('keys'), '2025-04-01', catalog),
    signedReport(goldenMarch, at('book', 'golden-1.pdf'), at('keys'), '2025-04-01', catalog),
    signedReport(goldenMay, at('book', 'golden-2.pdf'), at('keys'), '2025-06-01', catalog),
  ])
  // A copy of the June report with one signed byte changed: its signature fails, so nothing it says is a fact.
  const june2 = Buffer.from(await readFile(at('book', 'inbox', 'lotus-june.pdf')))
  const where = june2.indexOf('/Producer')
  june2[where + 1] = 'p'.charCodeAt(0)
  await writeFile(at('book', 'zz-lotus-newest.pdf'), june2)
})

afterAll(async () => {
  await tmp.cleanup()
})

describe('posattest portfolio: merchants', () => {
  let result: {code: number; stdout: string; stderr: string}
  let summary: PortfolioSummary
  beforeAll(async () => {
    result = await runCli(['portfolio', 'book', '--policy', 'policy.yaml', '--now', NOW, '-o', 'out'], {cwd: tmp.dir})
    summary = JSON.parse(await readFile(at('out', 'summary.json'), 'utf8')) as PortfolioSummary
  })

  it('counts merchants, not files: the latest submission of each by its derived assessment date, never by a claimed signing time', () => {
    expect(result.stderr).toMatch(
      /^6 submissions: 4 pass, 2 fail, 0 error \(6 judged, 0 reused from the cache, \d+\.\d s\)\n3 merchants by their latest submission: 2 pass, 1 fail; 1 flagged; 1 submissions grouped under no merchant\n/,
    )
    expect(summary.total).toBe(6)
    expect(summary.merchants).toEqual({
      total: 3,
      outcomes: {pass: 2, fail: 1, error: 0},
      flagged: 1,
      ungrouped: {unverified: 1, no_merchant_id: 0},
      groups: [
        {
          merchant_id: 'M-1001',
          agent: null,
          merchant: 'Lotus Tea House Ltd',
          names: ['Lotus Tea House Ltd'],
          submissions: 2,
          // lotus-march.pdf claims to be signed later (2025-08-01), and zz-lotus-newest.pdf sorts last: neither decides.
          // The June assessment fails (its evidence is older by then): the merchant fails, though March passed.
          latest: {file: 'inbox/lotus-june.pdf', outcome: 'fail', assessment_date: '2025-06-30', trusted_time: null},
          predecessor: {file: 'lotus-march.pdf', outcome: 'pass', assessment_date: '2025-03-31', trusted_time: null},
          flags: [],
        },
        {
          merchant_id: 'M-1001',
          agent: 'Harbour ISO',
          merchant: 'Lotus Tea House Ltd',
          names: ['Lotus Tea House Ltd'],
          submissions: 1,
          latest: {file: 'lotus-via-iso.pdf', outcome: 'pass', assessment_date: '2025-03-31', trusted_time: null},
          predecessor: null,
          flags: [],
        },
        {
          merchant_id: 'M-2002',
          agent: null,
          merchant: 'Golden Harbour Trading Ltd',
          names: ['Golden Harbour Ltd', 'Golden Harbour Trading Ltd'],
          submissions: 2,
          latest: {file: 'golden-2.pdf', outcome: 'pass', assessment_date: '2025-05-31', trusted_time: null},
          predecessor: {file: 'golden-1.pdf', outcome: 'pass', assessment_date: '2025-03-31', trusted_time: null},
          flags: [{code: 'merchant-id-two-names', message: 'merchant id M-2002 appears under 2 names: Golden Harbour Ltd, Golden Harbour Trading Ltd'}],
        },
      ],
    })
    // The altered copy fails on its signature, and shows no merchant.
    const altered = summary.rows.find((row) => row.file === 'zz-lotus-newest.pdf')!
    expect([altered.outcome, altered.merchant_id, altered.agent, altered.reasons.map((r) => r.rule)]).toEqual(['fail', null, null, ['signature']])
    expect(summary.rows.find((row) => row.file === 'lotus-via-iso.pdf')).toMatchObject({merchant_id: 'M-1001', agent: 'Harbour ISO'})
  })

  it('marks each row of summary.csv as its merchant latest or not, with the merchant flags; unverified rows belong to no merchant', async () => {
    const records = parse(await readFile(at('out', 'summary.csv'), 'utf8'), {columns: true}) as Record<string, string>[]
    expect(records.map((r) => [r.file, r.merchant_id, r.agent, r.latest_of_merchant, r.merchant_flags])).toEqual([
      ['golden-1.pdf', 'M-2002', '', 'false', 'merchant-id-two-names'],
      ['golden-2.pdf', 'M-2002', '', 'true', 'merchant-id-two-names'],
      ['inbox/lotus-june.pdf', 'M-1001', '', 'true', ''],
      ['lotus-march.pdf', 'M-1001', '', 'false', ''],
      ['lotus-via-iso.pdf', 'M-1001', 'Harbour ISO', 'true', ''],
      ['zz-lotus-newest.pdf', '', '', '', ''],
    ])
  })

  it('shows the merchants in summary.pdf: the counts, the flagged merchant and the latest submission of each', async () => {
    const {stdout: text} = await run('pdftotext', ['-layout', at('out', 'summary.pdf'), '-'])
    expect(text).toMatch(/Merchants\s+3: 2 pass, 1 fail \(by their latest submission\)/)
    expect(text).toMatch(/Not grouped\s+1 submissions unverified, 0 without a merchant id/)
    expect(text).toContain('merchant-id-two-names')
    expect(text).toMatch(/M-1001\s+Lotus Tea House Ltd\s+2025-06-30\s+fail\s+2\s+inbox\/lotus-june.pdf/)
  })

  it('merges shards into the same merchants: a merchant whose submissions fall in different shards is one merchant', async () => {
    const shards = await Promise.all(
      ['1/2', '2/2'].map((shard, i) => runCli(['portfolio', 'book', '--policy', 'policy.yaml', '--now', NOW, '-o', `shard${i + 1}`, '--shard', shard], {cwd: tmp.dir})),
    )
    expect(shards.every((s) => s.code === 0 || s.code === 1)).toBe(true)
    const merged = await runCli(['portfolio', 'merge', 'shard1', 'shard2', '-o', 'merged'], {cwd: tmp.dir})
    expect(merged.code).toBe(1)
    const mergedSummary = JSON.parse(await readFile(at('merged', 'summary.json'), 'utf8')) as PortfolioSummary
    expect(mergedSummary.merchants).toEqual(summary.merchants)
  })
})
