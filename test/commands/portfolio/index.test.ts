import {execFile} from 'node:child_process'
import {copyFile, cp, mkdir, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'
import {parse} from 'csv-parse/sync'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {PortfolioRow} from '../../../src/portfolio/portfolio-row.js'
import type {PortfolioSummary} from '../../../src/portfolio/summary.js'
import {forgedCopy, RAW_CONTROLS} from '../../helpers/hostile-text.js'
import {runCli, tempDir} from '../../helpers/run-cli.js'
import {COMPLIANT_ANSWERS, GAPS_ANSWERS, GATE_FIXTURES, keygen, signedReport, TEST_CATALOG} from '../../helpers/signed-reports.js'

const run = promisify(execFile)
let tmp: {dir: string; cleanup: () => Promise<void>}
const at = (...parts: string[]) => path.join(tmp.dir, ...parts)
const cli = (...args: string[]) => runCli(args, {cwd: tmp.dir})
const NOW = '2026-01-15'
const portfolio = (...args: string[]) => cli('portfolio', 'book', '--policy', 'policy.yaml', '--now', NOW, ...args)

// The book: two signed reports, a truncated one, an unsigned result JSON (refused: nothing it says is shown), an
// empty file and garbage.
beforeAll(async () => {
  tmp = await tempDir('posattest-portfolio-')
  await mkdir(at('book', 'region-east'), {recursive: true})
  await Promise.all([
    keygen(at('keys'), 'Mei Chan', 'Lotus Tea House Ltd'),
    copyFile(path.join(GATE_FIXTURES, 'policy.yaml'), at('policy.yaml')),
    cp(TEST_CATALOG, at('catalog'), {recursive: true}),
    // The noodle bar's signed report names it in Chinese: its name is a verified fact, shown in the summaries.
    cp(path.join(path.dirname(GAPS_ANSWERS), 'evidence'), at('noodles', 'evidence'), {recursive: true}),
  ])
  const noodles = (await readFile(GAPS_ANSWERS, 'utf8')).replace('legal_name: Golden Harbour Noodles Ltd', 'legal_name: 金港面馆有限公司')
  await writeFile(at('noodles', 'answers.yaml'), noodles)
  // From the answers behind the result fixtures: every worker evaluates the embedded answers again.
  await Promise.all([
    signedReport(COMPLIANT_ANSWERS, at('book', 'compliant.pdf'), at('keys'), '2025-04-01', ['--catalog', TEST_CATALOG]),
    signedReport(at('noodles', 'answers.yaml'), at('book', 'region-east', 'noodles.pdf'), at('keys'), '2025-04-01', ['--catalog', TEST_CATALOG]),
  ])
  const signed = await readFile(at('book', 'compliant.pdf'))
  const chinese = JSON.parse(await readFile(path.join(GATE_FIXTURES, 'result-compliant.json'), 'utf8'))
  chinese.assessment.entity = {legal_name: '金港茶餐厅有限公司', merchant_id: 'M-3003', country: 'HK'}
  await Promise.all([
    writeFile(at('book', 'truncated.pdf'), signed.subarray(0, Math.floor(signed.length / 2))),
    writeFile(at('book', 'region-east', 'tea-house.json'), JSON.stringify(chinese, null, 2)),
    writeFile(at('book', 'empty.json'), ''),
    writeFile(at('book', 'noise.pdf'), Buffer.from('GIF89a\u0000\u0001 not a report', 'latin1')),
  ])
})

afterAll(async () => {
  await tmp.cleanup()
})

const lines = (stdout: string) => (stdout === '' ? [] : stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as PortfolioRow))
const readSummary = async (dir: string) => JSON.parse(await readFile(at(dir, 'summary.json'), 'utf8')) as PortfolioSummary

describe('posattest portfolio', () => {
  let first: {code: number; stdout: string; stderr: string}
  beforeAll(async () => {
    first = await portfolio('-o', 'out', '--jobs', '2')
  })

  it('prints one JSON line per submission in file order, each broken file failing only its own row', () => {
    expect(first.code).toBe(1)
    expect(lines(first.stdout).map((row) => [row.file, row.outcome, row.reasons.map((r) => `${r.rule}/${r.code}`)])).toEqual([
      ['compliant.pdf', 'pass', []],
      ['empty.json', 'error', ['submission/submission-unreadable']],
      ['noise.pdf', 'error', ['submission/submission-unreadable']],
      ['region-east/noodles.pdf', 'fail', ['verdict/verdict-not-compliant', 'inventory/inventory-no-seal-ids']],
      ['region-east/tea-house.json', 'fail', ['signature/not-signed']],
      ['truncated.pdf', 'fail', ['signature/truncated-pdf']],
    ])
    // One code for every file that cannot be read: the message says why.
    expect(lines(first.stdout).slice(1, 3).map((row) => row.reasons[0]!.message)).toEqual(['the file is empty', 'neither a PDF report nor a result JSON'])
    const [compliant] = lines(first.stdout)
    expect(compliant).toMatchObject({
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      kind: 'pdf',
      merchant: 'Lotus Tea House Ltd',
      merchant_id: 'M-1001',
      assessment_date: '2025-03-31',
      expires_on: '2026-03-31',
      verdict: 'compliant',
      score: 100,
      signed: true,
      signer: 'Mei Chan',
    })
    expect(first.stderr).toMatch(
      /^6 submissions: 1 pass, 3 fail, 2 error \(6 judged, 0 reused from the cache, \d+\.\d s\)\n2 merchants by their latest submission: 1 pass, 1 fail; 0 flagged; 4 submissions grouped under no merchant\nWrote out\/summary\.json, out\/summary\.csv, out\/summary\.pdf\n$/,
    )
  })

  it('writes summary.json with the counts by outcome and rule, the failing domains and the assessments expiring soon', async () => {
    const summary = await readSummary('out')
    expect({...summary, rows: summary.rows.length}).toEqual({
      format: 'posattest-portfolio-summary',
      version: 1,
      policy: {name: 'Harbour Bank card-terminal policy', sha256: expect.stringMatching(/^[0-9a-f]{64}$/)},
      roots_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      now: NOW,
      total: 6,
      outcomes: {pass: 1, fail: 3, error: 2},
      // Only the two signed reports are verified: the refused unsigned JSON's merchant counts for nobody.
      merchants: {
        total: 2,
        outcomes: {pass: 1, fail: 1, error: 0},
        flagged: 0,
        ungrouped: {unverified: 4, no_merchant_id: 0},
        groups: [
          {
            merchant_id: 'M-1001',
            agent: null,
            merchant: 'Lotus Tea House Ltd',
            names: ['Lotus Tea House Ltd'],
            submissions: 1,
            latest: {file: 'compliant.pdf', outcome: 'pass', assessment_date: '2025-03-31', trusted_time: null},
            predecessor: null,
            flags: [],
          },
          {
            merchant_id: 'M-2002',
            agent: null,
            merchant: '金港面馆有限公司',
            names: ['金港面馆有限公司'],
            submissions: 1,
            latest: {file: 'region-east/noodles.pdf', outcome: 'fail', assessment_date: '2025-03-31', trusted_time: null},
            predecessor: null,
            flags: [],
          },
        ],
      },
      reasons: [
        {rule: 'submission', submissions: 2},
        {rule: 'signature', submissions: 2},
        {rule: 'verdict', submissions: 1},
        {rule: 'inventory', submissions: 1},
      ],
      // Both judged submissions answer no scoping (written before catalog 1.1.0): no SAQ type determined.
      saq_types: [{saq_type: 'none', submissions: 2}],
      failing_domains: [
        {domain: 'retention', submissions: 1},
        {domain: 'seals', submissions: 1},
      ],
      expiring: {
        within_days: {'30': 0, '60': 0, '90': 2},
        assessments: [
          {file: 'compliant.pdf', merchant: 'Lotus Tea House Ltd', merchant_id: 'M-1001', outcome: 'pass', expires_on: '2026-03-31', days_left: 75},
          {file: 'region-east/noodles.pdf', merchant: '金港面馆有限公司', merchant_id: 'M-2002', outcome: 'fail', expires_on: '2026-03-31', days_left: 75},
        ],
      },
      rows: 6,
    })
    expect(summary.rows).toEqual(lines(first.stdout))
  })

  it('writes summary.csv with one properly quoted row per submission', async () => {
    const csv = await readFile(at('out', 'summary.csv'), 'utf8')
    const records = parse(csv, {columns: true}) as Record<string, string>[]
    expect(records.map((r) => [r.file, r.outcome, r.merchant, r.failed_rules])).toEqual([
      ['compliant.pdf', 'pass', 'Lotus Tea House Ltd', ''],
      ['empty.json', 'error', '', 'submission'],
      ['noise.pdf', 'error', '', 'submission'],
      ['region-east/noodles.pdf', 'fail', '金港面馆有限公司', 'verdict inventory'],
      // Refused unsigned: its claimed merchant is not shown.
      ['region-east/tea-house.json', 'fail', '', 'signature'],
      ['truncated.pdf', 'fail', '', 'signature'],
    ])
    // Two reasons in one field: quoted, with the line break kept.
    expect(csv).toContain(',verdict inventory,"verdict: the verdict is non-compliant with 2 open gaps\ninventory: terminals in use without seal ids: T2",')
  })

  it('writes a summary.pdf that qpdf accepts and whose text shows the counts and the Chinese merchant name', async () => {
    await run('qpdf', ['--check', at('out', 'summary.pdf')])
    const {stdout: text} = await run('pdftotext', ['-layout', at('out', 'summary.pdf'), '-'])
    expect(text).toContain('6: 1 pass, 3 fail, 2 error')
    expect(text).toMatch(/Pass\s+1 \(17%\)/)
    expect(text).toMatch(/Fail\s+3 \(50%\)/)
    expect(text).toMatch(/Error \(not judged\)\s+2 \(33%\)/)
    expect(text).toMatch(/within 30 days: 0 · within 60 days: 0 · within 90 days: 2/)
    expect(text).toContain('金港面馆有限公司')
    expect(text).not.toContain('金港茶餐厅有限公司')
    const {stdout: fonts} = await run('pdffonts', [at('out', 'summary.pdf')])
    expect(fonts).toMatch(/NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/)
  })

  it('reuses the cache for unchanged bytes on a rerun, wherever they now sit, and writes the same files', async () => {
    // Given: the outputs of the first run
    const before = await Promise.all(['summary.json', 'summary.csv', 'summary.pdf'].map((f) => readFile(at('out', f))))
    // When
    const again = await portfolio('-o', 'out')
    // Then
    expect(again.stderr).toMatch(/^6 submissions: 1 pass, 3 fail, 2 error \(0 judged, 6 reused from the cache, /)
    expect(again.stdout).toBe(first.stdout)
    const after = await Promise.all(['summary.json', 'summary.csv', 'summary.pdf'].map((f) => readFile(at('out', f))))
    expect(after.map((b, i) => b.equals(before[i]!))).toEqual([true, true, true])

    // A copy of the output folder, so that `out` stays the summary of the book.
    await cp(at('out'), at('out-copy'), {recursive: true})
    await copyFile(at('book', 'compliant.pdf'), at('book', 'copy.pdf'))
    const copied = await portfolio('-o', 'out-copy')
    expect(copied.stderr).toMatch(/^7 submissions: 2 pass, 3 fail, 2 error \(0 judged, 7 reused from the cache, /)
    // Another day of judgement is another decision: nothing is reused.
    const later = await cli('portfolio', 'book', '--policy', 'policy.yaml', '--now', '2026-01-16', '-o', 'out-copy')
    expect(later.stderr).toMatch(/^7 submissions: 2 pass, 3 fail, 2 error \(7 judged, 0 reused from the cache, /)
    await rm(at('book', 'copy.pdf'))
  })

  it('splits the book into shards by the hash of each relative path, the same on every machine', async () => {
    const [one, two] = await Promise.all([portfolio('-o', 'shard1', '--shard', '1/2', '--jobs', '1'), portfolio('-o', 'shard2', '--shard', '2/2', '--jobs', '1')])
    expect([lines(one.stdout).map((r) => r.file), lines(two.stdout).map((r) => r.file)]).toEqual([
      ['noise.pdf', 'region-east/noodles.pdf'],
      ['compliant.pdf', 'empty.json', 'region-east/tea-house.json', 'truncated.pdf'],
    ])
    expect([(await readSummary('shard1')).shard, (await readSummary('shard2')).shard]).toEqual(['1/2', '2/2'])
    // Merging them is test/commands/portfolio/merge.test.ts.
  })

  it('exits 0 when every submission passes', async () => {
    await mkdir(at('good'), {recursive: true})
    await copyFile(at('book', 'compliant.pdf'), at('good', 'compliant.pdf'))
    const {code, stderr} = await cli('portfolio', 'good', '--policy', 'policy.yaml', '--now', NOW, '-o', 'good-out')
    expect(stderr).toMatch(/^1 submission: 1 pass, 0 fail, 0 error/)
    expect(code).toBe(0)
  })

  it('prints only the summary, with the run figures, under --json', async () => {
    const {code, stdout} = await portfolio('-o', 'out-json', '--json')
    const summary = JSON.parse(stdout) as PortfolioSummary & {run: {judged: number; reused: number; outputs: string[]}}
    expect([summary.total, summary.outcomes, summary.rows.length]).toEqual([6, {pass: 1, fail: 3, error: 2}, 6])
    expect(summary.run).toMatchObject({judged: 6, reused: 0, outputs: ['out-json/summary.json', 'out-json/summary.csv', 'out-json/summary.pdf']})
    expect(code).toBe(1)
  })

  it('gives an unreadable file its own error row, judged again on every run', async () => {
    // Given: a link to nowhere beside a good report
    await mkdir(at('unreadable'), {recursive: true})
    await copyFile(at('book', 'compliant.pdf'), at('unreadable', 'compliant.pdf'))
    await symlink(at('unreadable', 'gone.pdf.orig'), at('unreadable', 'gone.pdf'))
    // When
    const judged = await cli('portfolio', 'unreadable', '--policy', 'policy.yaml', '--now', NOW, '-o', 'unreadable-out')
    const again = await cli('portfolio', 'unreadable', '--policy', 'policy.yaml', '--now', NOW, '-o', 'unreadable-out')
    // Then
    expect(lines(judged.stdout).map((row) => [row.file, row.outcome, row.sha256, row.reasons[0]?.message])).toEqual([
      ['compliant.pdf', 'pass', expect.stringMatching(/^[0-9a-f]{64}$/), undefined],
      ['gone.pdf', 'error', null, 'gone.pdf: no such file or directory'],
    ])
    expect(judged.code).toBe(1)
    expect(again.stderr).toMatch(/^2 submissions: 1 pass, 0 fail, 1 error \(1 judged, 1 reused from the cache, /)
  })

  it('exits 2 for bad usage, a bad policy or a missing folder', async () => {
    const shard = await portfolio('-o', 'x', '--shard', '3/2')
    expect([shard.code, shard.stderr]).toEqual([2, 'posattest: --shard must be i/n with 1 ≤ i ≤ n (e.g. 2/4), not 3/2\n'])
    const missing = await cli('portfolio', 'nowhere', '--policy', 'policy.yaml', '-o', 'x')
    expect([missing.code, missing.stderr]).toEqual([2, 'posattest: nowhere: no such folder\n'])
    const policy = await cli('portfolio', 'book', '--policy', path.join(GATE_FIXTURES, 'policy-errors.yaml'), '-o', 'x')
    expect(policy.code).toBe(2)
    expect(policy.stderr.split('\n')[0]).toBe(`posattest: ${path.join(GATE_FIXTURES, 'policy-errors.yaml')}:4:26: max_assessment_age_days: must be >= 1`)
  })
})

describe('posattest portfolio: hostile and unverified submissions', () => {
  const RAW = RAW_CONTROLS
  it('escapes control characters in names and file names, and shows nothing of a forged report as fact', async () => {
    // Given: a trusted report whose merchant name carries terminal controls, a forged copy of a compliant one,
    // and a file whose very name carries them.
    await mkdir(at('hostile-book'), {recursive: true})
    const result = JSON.parse(await readFile(path.join(GATE_FIXTURES, 'result-compliant.json'), 'utf8'))
    result.assessment.entity = {legal_name: 'Lotus\x1b[2J\x1b[H\r\x9b\u202eTea', merchant_id: 'M-1', country: 'GB'}
    await cp(path.join(path.dirname(COMPLIANT_ANSWERS), 'evidence'), at('hostile-answers', 'evidence'), {recursive: true})
    const answers = (await readFile(COMPLIANT_ANSWERS, 'utf8')).replace('legal_name: Lotus Tea House Ltd', String.raw`legal_name: "Lotus\e[2J\e[H\r\x9b\u202eTea"`)
    await writeFile(at('hostile-answers', 'answers.yaml'), answers)
    await signedReport(at('hostile-answers', 'answers.yaml'), at('hostile-book', 'hostile.pdf'), at('keys'), '2025-04-01', ['--catalog', TEST_CATALOG])
    await writeFile(at('hostile-book', 'forged.pdf'), forgedCopy(await readFile(at('book', 'compliant.pdf'))))
    await writeFile(at('hostile-book', 'evil\x1b[2J\u202e.json'), JSON.stringify(result))
    // When
    const {stdout} = await cli('portfolio', 'hostile-book', '--policy', 'policy.yaml', '--now', NOW, '-o', 'hostile-out')
    // Then
    const csv = await readFile(at('hostile-out', 'summary.csv'), 'utf8')
    expect(csv.replaceAll('\r\n', '').replaceAll('\n', '')).not.toMatch(RAW)
    expect(stdout).not.toMatch(RAW)
    const records = parse(csv, {columns: true}) as Record<string, string>[]
    expect(records.map((r) => [r.file, r.outcome, r.merchant, r.verdict, r.score, r.assessment_date, r.signer])).toEqual([
      [String.raw`evil\x1b[2J\u{202e}.json`, 'fail', '', '', '', '', ''],
      ['forged.pdf', 'fail', '', '', '', '', ''],
      ['hostile.pdf', 'pass', String.raw`Lotus\x1b[2J\x1b[H\r\x9b\u{202e}Tea`, 'compliant', '100', '2025-03-31', 'Mei Chan'],
    ])
    const forged = lines(stdout).find((row) => row.file === 'forged.pdf')!
    expect(forged).toMatchObject({merchant: null, merchant_id: null, verdict: null, score: null, assessment_date: null, expires_on: null, signer: null, gap_domains: []})
    expect(forged.reasons.map((r) => r.rule)).toEqual(['signature'])
    const summary = await readSummary('hostile-out')
    expect(JSON.stringify(summary)).not.toContain('Lotus Tea House')
  })
})
