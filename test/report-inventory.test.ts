import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {evaluateAnswersFile} from '../src/evaluation/evaluate-answers-file.js'
import {EMBEDDED_INVENTORY_NAME} from '../src/model/report-attachments.js'
import {INVENTORY_LISTED_MAX, inventoryCsv} from '../src/report/inventory-csv.js'
import {INVENTORY_FLAGGED_ROWS} from '../src/report/report-model.js'
import {largeInventorySerial, writeLargeInventoryAnswers} from './helpers/large-inventory.js'
import {pdfPageCount, pdfText, tool} from './helpers/pdf-tools.js'
import {runCli, tempDir} from './helpers/run-cli.js'
import {keygen, PASSPHRASE_ENV, signedReport} from './helpers/signed-reports.js'

const TERMINALS = 1000
let tmp: {dir: string; cleanup: () => Promise<void>}
let answers: string
let expectedCsv: string

beforeAll(async () => {
  tmp = await tempDir()
  answers = await writeLargeInventoryAnswers(tmp.dir, TERMINALS)
  expectedCsv = inventoryCsv((await evaluateAnswersFile(answers, {generator: 'posattest 0.1.0'})).result)
}, 60_000)
afterAll(async () => {
  await tmp.cleanup()
})

/** pdftotext's text with its line breaks (wrapped lines) as spaces. */
const textOf = async (pdf: string) => (await pdfText(pdf)).replace(/\s+/g, ' ')
const attachmentsOf = async (pdf: string) => (await tool('pdfdetach', ['-list', pdf])).stdout

describe(`posattest report of more than ${INVENTORY_LISTED_MAX} terminals`, () => {
  it('summarises the inventory on a few pages and attaches every terminal as CSV, the CSV of the result', async () => {
    const pdf = path.join(tmp.dir, 'estate.pdf')
    const run = await runCli(['report', answers, '-o', pdf, '--lang', 'en'], {env: {SOURCE_DATE_EPOCH: undefined}, timeoutMs: 120_000})
    expect([run.code, run.stderr]).toEqual([0, expect.stringMatching(/^Wrote .*estate\.pdf: \d+ pages, \d+ bytes, non-compliant/)])
    expect(await attachmentsOf(pdf)).toContain(`: ${EMBEDDED_INVENTORY_NAME}`)
    const saved = path.join(tmp.dir, 'estate.csv')
    expect((await tool('pdfdetach', ['-savefile', EMBEDDED_INVENTORY_NAME, '-o', saved, pdf])).code).toBe(0)
    const csv = await readFile(saved, 'utf8')
    expect(csv).toBe(expectedCsv)
    expect(csv.split('\r\n').length).toBe(TERMINALS + 2)

    const text = await textOf(pdf)
    expect(text).toContain(`This report lists an inventory of up to ${INVENTORY_LISTED_MAX} terminals one by one`)
    expect(text).toContain(`attached to this PDF as ${EMBEDDED_INVENTORY_NAME}`)
    for (const heading of ['By make and model', 'By site', 'By state', 'Terminals with findings']) expect(text).toContain(heading)
    // Two of every three terminals are named by a seal finding; the table shows the first ones and counts the rest.
    const flagged = csv.split('\r\n').slice(1, -1).filter((row) => !row.endsWith(',') || row.includes('2025-01-31')).length
    expect(text).toContain(`${flagged} terminals are named by a control's finding`)
    expect(text).toContain(`… and ${flagged - INVENTORY_FLAGGED_ROWS} more`)
    // Not the table of every terminal: a terminal named by a seal finding, past the first ones listed, is only in the CSV.
    const last = largeInventorySerial(TERMINALS - 2)
    expect(text).not.toContain(last)
    expect(csv).toContain(`\r\n${last},`)
    expect(await pdfPageCount(pdf)).toBeLessThan(30)
  }, 120_000)

  it('says the same in Chinese', async () => {
    const pdf = path.join(tmp.dir, 'estate-zh.pdf')
    const run = await runCli(['report', answers, '-o', pdf], {env: {SOURCE_DATE_EPOCH: undefined}, timeoutMs: 120_000})
    expect(run.code).toBe(0)
    const text = await textOf(pdf)
    expect(text).toContain(`本报告逐台列出不超过 ${INVENTORY_LISTED_MAX} 台终端的终端清单`)
    expect(text).toContain('有差距的终端')
    expect(await attachmentsOf(pdf)).toContain(`: ${EMBEDDED_INVENTORY_NAME}`)
    expect(await pdfPageCount(pdf)).toBeLessThan(30)
  }, 120_000)

  it(`lists ${INVENTORY_LISTED_MAX} terminals in full and attaches no CSV`, async () => {
    const {dir, cleanup} = await tempDir()
    try {
      const file = await writeLargeInventoryAnswers(dir, INVENTORY_LISTED_MAX)
      const pdf = path.join(dir, 'listed.pdf')
      expect((await runCli(['report', file, '-o', pdf, '--lang', 'en'], {env: {SOURCE_DATE_EPOCH: undefined}, timeoutMs: 120_000})).code).toBe(0)
      expect(await attachmentsOf(pdf)).not.toContain(EMBEDDED_INVENTORY_NAME)
      const text = await textOf(pdf)
      expect(text).not.toContain('By make and model')
      expect(text).toContain(largeInventorySerial(INVENTORY_LISTED_MAX - 1))
    } finally {
      await cleanup()
    }
  }, 120_000)

  it('signs it, and verify derives the result, takes the CSV and reproduces the pages byte for byte', async () => {
    const keys = path.join(tmp.dir, 'keys')
    const pdf = path.join(tmp.dir, 'signed.pdf')
    await keygen(keys, 'Priya Shah', 'Harbour Lane Coffee Ltd')
    await signedReport(answers, pdf, keys, '2026-11-21')
    const run = await runCli(['verify', pdf, '--ca', path.join(keys, 'ca.pem'), '--now', '2026-11-22', '--reproduce', '--json'], {env: PASSPHRASE_ENV, timeoutMs: 120_000})
    expect(run.code).toBe(0)
    const verified = JSON.parse(run.stdout) as {derivation: unknown; reproduction: {reproducible: boolean}}
    expect([verified.derivation, verified.reproduction.reproducible]).toEqual([null, true])
  }, 180_000)
})

describe('an estate whose result and answers decode to more than 8 MB', () => {
  it('is signed, and verify decodes both and derives the result', async () => {
    const {dir, cleanup} = await tempDir()
    try {
      // 24,000 terminals: a 6 MB answers file, a result of some 10 MB (the attachment bound was 8 MB).
      const file = await writeLargeInventoryAnswers(dir, 24_000)
      const keys = path.join(dir, 'keys')
      const pdf = path.join(dir, 'signed.pdf')
      await keygen(keys, 'Priya Shah', 'Harbour Lane Coffee Ltd')
      await signedReport(file, pdf, keys, '2026-11-21')
      const saved = path.join(dir, 'result.json')
      expect((await tool('pdfdetach', ['-savefile', 'posattest-result.json', '-o', saved, pdf])).code).toBe(0)
      expect((await readFile(saved)).length).toBeGreaterThan(8 * 1024 * 1024)
      const run = await runCli(['verify', pdf, '--ca', path.join(keys, 'ca.pem'), '--now', '2026-11-22', '--json'], {env: PASSPHRASE_ENV, timeoutMs: 120_000})
      const verified = JSON.parse(run.stdout) as {signature: {valid: boolean}; derivation: unknown}
      expect([run.code, verified.signature.valid, verified.derivation]).toEqual([0, true, null])
    } finally {
      await cleanup()
    }
  }, 180_000)
})
