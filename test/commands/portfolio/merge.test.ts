import {cp, mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {PortfolioSummary} from '../../../src/portfolio/summary.js'
import {runCli, tempDir} from '../../helpers/run-cli.js'
import {GATE_FIXTURES, TEST_CATALOG} from '../../helpers/signed-reports.js'

// A book of bare result JSONs under a policy that accepts them: judged quickly, with nothing to sign, and still a
// pass, a fail, an error and a Chinese merchant name for the summaries to carry.
let tmp: {dir: string; cleanup: () => Promise<void>}
const at = (...parts: string[]) => path.join(tmp.dir, ...parts)
const cli = (...args: string[]) => runCli(args, {cwd: tmp.dir})
const portfolio = (...args: string[]) => cli('portfolio', 'book', '--policy', 'policy.yaml', '--now', '2025-06-01', ...args)
const OUTPUTS = ['summary.json', 'summary.csv', 'summary.pdf']

beforeAll(async () => {
  tmp = await tempDir('posattest-portfolio-merge-')
  await mkdir(at('book', 'region-east'), {recursive: true})
  const chinese = JSON.parse(await readFile(path.join(GATE_FIXTURES, 'result-compliant.json'), 'utf8'))
  chinese.assessment.entity = {...chinese.assessment.entity, legal_name: '金港茶餐厅有限公司'}
  await Promise.all([
    cp(TEST_CATALOG, at('catalog'), {recursive: true}),
    writeFile(at('policy.yaml'), 'schema_version: 1\nname: Merge test\naccept_unsigned_results: true\ncatalogs: [catalog]\nmax_assessment_age_days: 365\n'),
    cp(path.join(GATE_FIXTURES, 'result-compliant.json'), at('book', 'compliant.json')),
    cp(path.join(GATE_FIXTURES, 'result-gaps.json'), at('book', 'region-east', 'noodles.json')),
    writeFile(at('book', 'tea-house.json'), JSON.stringify(chinese, null, 2)),
    writeFile(at('book', 'empty.json'), ''),
  ])
  const runs = await Promise.all([portfolio('-o', 'whole'), portfolio('-o', 'shard1', '--shard', '1/2'), portfolio('-o', 'shard2', '--shard', '2/2')])
  expect(runs.map((r) => r.stderr)).toEqual(Array(3).fill(expect.stringMatching(/^\d+ submissions?( in shard \d\/2)?: \d+ pass/)))
})

afterAll(async () => {
  await tmp.cleanup()
})

const readSummary = async (dir: string) => JSON.parse(await readFile(at(dir, 'summary.json'), 'utf8')) as PortfolioSummary

describe('posattest portfolio merge', () => {
  it('merges the shards of a book, in any order, into byte for byte the unsharded summary', async () => {
    // Given: two shards that each hold half the book (the split is the hash of each relative path)
    const shards = [await readSummary('shard1'), await readSummary('shard2')]
    expect(shards.map((s) => s.rows.map((r) => r.file))).toEqual([
      ['region-east/noodles.json', 'tea-house.json'],
      ['compliant.json', 'empty.json'],
    ])
    // When
    const merged = await cli('portfolio', 'merge', 'shard2', 'shard1', '-o', 'merged')
    // Then
    expect(merged.stderr).toBe('Merged 2 summaries: 4 submissions, 2 pass, 1 fail, 1 error\nWrote merged/summary.json, merged/summary.csv, merged/summary.pdf\n')
    expect(merged.code).toBe(1)
    for (const file of OUTPUTS) {
      expect([file, (await readFile(at('merged', file))).equals(await readFile(at('whole', file)))]).toEqual([file, true])
    }
  })

  it('takes summary.json files named directly, and prints the merged summary under --json', async () => {
    const {code, stdout} = await cli('portfolio', 'merge', 'shard1/summary.json', 'shard2/summary.json', '-o', 'merged-json', '--json')
    expect(code).toBe(1)
    expect(JSON.parse(stdout)).toEqual(await readSummary('whole'))
  })

  it('exits 0 when every merged submission passed', async () => {
    await mkdir(at('good'), {recursive: true})
    await cp(path.join(GATE_FIXTURES, 'result-compliant.json'), at('good', 'compliant.json'))
    const judged = await cli('portfolio', 'good', '--policy', 'policy.yaml', '--now', '2025-06-01', '-o', 'good-out')
    expect(judged.code).toBe(0)
    const merged = await cli('portfolio', 'merge', 'good-out', '-o', 'good-merged')
    expect([merged.code, merged.stderr.split('\n')[0]]).toEqual([0, 'Merged 1 summary: 1 submission, 1 pass, 0 fail, 0 error'])
  })

  it('refuses, exit 2, summaries that do not belong together or are not summaries, each with its code', async () => {
    await cp(at('shard1'), at('shard1-again'), {recursive: true})
    const later = await cli('portfolio', 'book', '--policy', 'policy.yaml', '--now', '2025-06-02', '-o', 'later', '--shard', '2/2')
    expect(later.code).toBe(1)
    await writeFile(at('broken-summary.json'), '{oops')
    const merge = (...outdirs: string[]) => cli('portfolio', 'merge', ...outdirs, '-o', 'bad', '--json')
    const refusals = await Promise.all([
      merge('shard1'),
      merge('shard1', 'shard1-again'),
      merge('shard1', 'later'),
      merge('book'),
      merge('broken-summary.json'),
    ])
    expect(refusals.map((r) => [r.code, (JSON.parse(r.stdout) as {error: {code: string; exit: number}}).error.code])).toEqual([
      [2, 'incomplete-shards'],
      [2, 'duplicate-shard'],
      [2, 'unlike-summaries'],
      [2, 'file-not-found'],
      [2, 'not-json'],
    ])
    expect(await readFile(at('bad', 'summary.json')).catch(() => 'not written')).toBe('not written')
    // Without --json: one line on stderr, naming what is missing.
    expect(await cli('portfolio', 'merge', 'shard1', '-o', 'bad')).toEqual({code: 2, stdout: '', stderr: 'posattest: incomplete: shard 2/2 missing\n'})
  })
})
