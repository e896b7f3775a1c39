import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {tool} from './helpers/pdf-tools.js'
import {runCli, tempDir} from './helpers/run-cli.js'

// An organisation with sites through the built CLI: the chain example (14 sites, two with gaps) and init --sites.
const CHAIN = 'examples/chain-larkspur-coffee/answers.yaml'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => {
  ;({dir, cleanup} = await tempDir())
})
afterEach(() => cleanup())

describe('the chain example', () => {
  it('validates', async () => {
    expect(await runCli(['validate', CHAIN])).toEqual({code: 0, stdout: '1 file checked, no problems\n', stderr: ''})
  })

  it('evaluates per site and as an organisation, exit 1 for its two sites with gaps', async () => {
    const out = path.join(dir, 'chain.json')
    const run = await runCli(['evaluate', CHAIN, '-o', out])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      [
        'Verdict: non-compliant',
        'SAQ: B-IP',
        'Score: 94.1 of 100 (40 applicable controls, 2 excluded)',
        'Gaps: 2 (P1 1, P2 1)',
        'Sites: 14, 12 compliant; gaps at CDF-01 (97.5), LDS-01 (96.6)',
        `Wrote ${out}`,
        '',
      ].join('\n'),
    )
    const result = JSON.parse(await readFile(out, 'utf8'))
    expect(result.sites.map((s: {id: string; score: number}) => `${s.id} ${s.score}`)).toEqual([
      'BRS-01 100', 'BRS-02 100', 'BTH-01 100', 'CDF-01 97.5', 'CHL-01 100', 'EXE-01 100', 'GLO-01 100',
      'LDS-01 96.6', 'MAN-01 100', 'NWP-01 100', 'OXF-01 100', 'PLY-01 100', 'SWA-01 100', 'YRK-01 100',
    ])
  })

  it.each([
    ['en', ['Sites', 'Site Terminals Score Verdict Gaps', 'CDF-01 Cardiff Queen Street kiosk 2 97.5 Non-compliant 1', 'LDS-01 Leeds Briggate 3 96.6 Non-compliant 1', 'YRK-01 York Stonegate 2 100 Compliant —', 'Findings by site', 'P2 SEAL-03 Seal numbers recorded and damaged seals reported: The control is answered as not in place.', 'No gaps at 12 sites: BRS-01, BRS-02, BTH-01, CHL-01, EXE-01, GLO-01, MAN-01, NWP-01, OXF-01, PLY-01, SWA-01, YRK-01.', 'Site LDS-01 (Leeds Briggate): Terminal 401-2707-002 was last inspected 51 days before the assessment (at most 30 allowed).', 'LDS-01 · till 2', 'Sites LDS-01']],
    ['zh-CN', ['营业地点 终端 得分 结论 差距', 'LDS-01 Leeds Briggate 3 96.6 不合规 1', '各营业地点的差距', '没有差距的营业地点（12 个）：BRS-01、BRS-02', '营业地点 CDF-01（Cardiff Queen Street kiosk）：终端 401-2703-002 未记录防拆封条编号。']],
  ])('renders the per-site table and findings by site (%s)', async (lang, expected) => {
    const out = path.join(dir, `chain.${lang}.pdf`)
    const run = await runCli(['report', CHAIN, '-o', out, '--lang', lang, '--date', '2026-11-20'])
    expect(run.code).toBe(0)
    // pdftotext -layout keeps a table row on one line, its cells apart by runs of spaces: compared with single
    // spaces, and wrapped lines joined.
    const {stdout} = await tool('pdftotext', ['-layout', '-enc', 'UTF-8', out, '-'])
    const flat = stdout.split('\n').map((l) => l.trim().replace(/\s+/g, ' ')).filter(Boolean).join(' ')
    for (const line of expected) expect(flat).toContain(line)
  })
})

describe('init --sites', () => {
  it('writes the organisation skeleton, one entry per site of the CSV', async () => {
    const csv = path.join(dir, 'sites.csv')
    await writeFile(csv, 'Site ID,Name,Address\nLDN-01,Covent Garden,"12 Long Acre, London"\nLDN-02,Camden,\n')
    const out = path.join(dir, 'answers.yaml')
    const run = await runCli(['init', '--role', 'merchant', '--sites', csv, '-o', out])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('controls for a merchant (en) with 2 sites.')
    const written = parse(await readFile(out, 'utf8'))
    expect(written.sites).toEqual([
      {id: 'LDN-01', name: 'Covent Garden', address: '12 Long Acre, London', inventory: []},
      {id: 'LDN-02', name: 'Camden', inventory: []},
    ])
    expect(written.inventory).toEqual([])
    expect(written.profile.location_count).toBe(2)
    expect((await readFile(out, 'utf8')).replace(/\n# /g, ' ')).toContain('CUS-02, CUS-04, CUS-05, SEAL-02, SEAL-03, SEAL-04, SVC-02, SVC-03, UPD-02, INC-03, RET-03.')
  })

  it('refuses a bad cell at its file:line:col and writes nothing', async () => {
    const csv = path.join(dir, 'sites.csv')
    await writeFile(csv, 'id,name\nLDN-01,Covent Garden\nLDN 02,Camden\nLDN-01,Soho\n')
    const out = path.join(dir, 'answers.yaml')
    const run = await runCli(['init', '--role', 'merchant', '--sites', csv, '-o', out, '--json'])
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout).error).toMatchObject({
      code: 'sites-csv',
      message: `${csv}:3:1: id 'LDN 02' is not a site id (letters, digits, dot, dash or underscore, at most 40) (and 1 more)`,
    })
    await expect(readFile(out)).rejects.toMatchObject({code: 'ENOENT'})
  })
})
