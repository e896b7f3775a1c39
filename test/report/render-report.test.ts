import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Device} from '../../src/generated/answers.js'
import type {AssessmentResult} from '../../src/generated/result.js'
import {PAGE_MARGINS} from '../../src/report/pdf-layout.js'
import {renderReport} from '../../src/report/render-report.js'
import {schemaErrors} from '../../src/io/schemas.js'
import {EMBEDDED_RESULT_NAME} from '../../src/signing/embedded-result.js'
import {FIXTURES, ROOT, tempDir} from '../helpers/run-cli.js'
import {pdfFonts, pdfInfo, pdfOutline, pdfPageCount, pdfText, pdfWordBoxes, tool} from '../helpers/pdf-tools.js'

const FIXTURE = path.join(FIXTURES, 'report/result.json')
const DATE = new Date('2026-03-20T00:00:00Z')
const VERSION = (JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {version: string}).version

let tmp: {dir: string; cleanup: () => Promise<void>}
let fixtureJson: string
const files = {en: '', zh: '', inventory: '', longText: ''}

/** 60 terminals: enough for the inventory table to run over several pages. */
function sixtyTerminals(): Device[] {
  return Array.from({length: 60}, (_, i) => ({
    serial: `SN-${String(i + 1).padStart(4, '0')}`,
    make: 'PAX',
    model: i % 3 === 0 ? 'A920 Pro' : 'S300',
    pts_approval: '4-30326',
    pts_expiry: i === 7 ? '2025-12-31' : i === 41 ? '2026-10-31' : '2029-04-30',
    location: `Store ${Math.floor(i / 4) + 1}, counter ${(i % 4) + 1}`,
    seal_ids: [`SH-${String(5000 + i)}`],
    last_inspection: '2026-03-10',
    firmware: 'PayDroid 8.1.0',
    state: 'in-use' as const,
  }))
}

beforeAll(async () => {
  tmp = await tempDir()
  fixtureJson = await readFile(FIXTURE, 'utf8')
  const result = JSON.parse(fixtureJson) as AssessmentResult
  const render = async (name: keyof typeof files, r: AssessmentResult, lang: 'en' | 'zh-CN', json?: string) => {
    files[name] = path.join(tmp.dir, `${name}.pdf`)
    await writeFile(files[name], await renderReport(r, {lang, date: DATE, ...(json ? {resultJson: json} : {})}))
  }
  const many = structuredClone(result)
  many.inventory = sixtyTerminals()
  const long = structuredClone(result)
  // No spaces anywhere: pdfkit must break inside the run of hanzi, the URL and the hex string.
  long.controls[0]!.notes = '终端清单由店长在每次变更后更新并每季度与现场核对一次'.repeat(12)
  long.controls[0]!.evidence[0]!.description = 'https://example.cn/' + 'very-long-path-segment/'.repeat(12)
  await Promise.all([
    render('en', result, 'en', fixtureJson),
    render('zh', result, 'zh-CN', fixtureJson),
    render('inventory', many, 'en'),
    render('longText', long, 'zh-CN'),
  ])
})

afterAll(async () => {
  await tmp.cleanup()
})

describe('renderReport', () => {
  it('starts from a fixture that is a valid result', () => {
    expect(schemaErrors('result', JSON.parse(fixtureJson))).toEqual([])
  })

  it('holds every applicable control id in the extracted text, in both languages', async () => {
    const result = JSON.parse(fixtureJson) as AssessmentResult
    for (const file of [files.en, files.zh]) {
      const text = await pdfText(file)
      for (const control of result.controls) expect(text, control.id).toContain(control.id)
    }
  })

  it('keeps the Chinese section headings intact as lines of text', async () => {
    const lines = (await pdfText(files.zh)).split('\n')
    for (const heading of [
      '1. 执行摘要',
      '2. 评估范围',
      '3. 各领域发现',
      '4. 整改计划',
      '5. 补偿性控制与不适用说明',
      '6. 与上次评估相比的变化',
      '7. 合规证明（AOC）',
      '附录 A. 全部回答',
    ]) {
      expect(lines, heading).toContain(heading)
    }
  })

  it('gives every section an outline entry, with the domains under the findings', async () => {
    const outline = await pdfOutline(files.en)
    expect(outline.map((o) => o.title)).toEqual([
      'POS Terminal Security Self-Assessment',
      '1. Executive summary',
      '2. Scope',
      '3. Findings by domain',
      '4. Remediation plan',
      '5. Compensating controls and Not Applicable',
      '6. Changes since the previous assessment',
      '7. Attestation of Compliance',
      'Appendix A. Every answer',
    ])
    expect(outline[0]!.page).toBe(1)
    expect(outline[3]!.kids.map((k) => k.title)).toEqual([
      'Device custody',
      'Tamper seals and inspection',
      'Authorised servicing',
      'Software and firmware updates',
      'Encryption',
      'Staff training',
      'Incident response',
      'Data retention and disposal',
    ])
    // Each outline entry points at the page where its heading is.
    for (const item of outline.slice(1)) expect(await pdfText(files.en, item.page), item.title).toContain(item.title)
  })

  it('embeds every font it uses: Noto Sans SC Regular and Bold, subset', async () => {
    for (const file of Object.values(files)) {
      const fonts = await pdfFonts(file)
      expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular'])
      expect(fonts.map((f) => f.embedded)).toEqual(['yes', 'yes'])
    }
  })

  it('passes qpdf --check', async () => {
    for (const file of Object.values(files)) {
      const {code, stdout} = await tool('qpdf', ['--check', file])
      expect(code).toBe(0)
      expect(stdout).toContain('No syntax or stream encoding errors found')
    }
  })

  it('attaches the result JSON byte for byte as posattest-result.json', async () => {
    expect(EMBEDDED_RESULT_NAME).toBe('posattest-result.json')
    for (const file of [files.en, files.zh]) {
      expect((await tool('pdfdetach', ['-list', file])).stdout).toBe('1 embedded files\n1: posattest-result.json\n')
      const saved = path.join(tmp.dir, `${path.basename(file)}.json`)
      expect((await tool('pdfdetach', ['-save', '1', '-o', saved, file])).code).toBe(0)
      expect((await readFile(saved)).equals(Buffer.from(fixtureJson))).toBe(true)
    }
  })

  it('attaches the result as 2-space JSON with a final newline when no text is given', async () => {
    const saved = path.join(tmp.dir, 'inventory.json')
    await tool('pdfdetach', ['-save', '1', '-o', saved, files.inventory])
    const text = await readFile(saved, 'utf8')
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n')
  })

  it('writes the document information with both dates fixed to the report date', async () => {
    const info = await pdfInfo(files.en)
    expect(info).toMatchObject({
      Title: 'POS Terminal Security Self-Assessment: Golden Dragon Catering (Shanghai) Co., Ltd. (2026-03-16)',
      Author: 'Golden Dragon Catering (Shanghai) Co., Ltd.',
      Subject: 'PCI DSS v4.0.1 card-terminal self-assessment, Non-compliant',
      Keywords: 'PCI DSS, POS, self-assessment, posattest-pos-terminals, non_compliant',
      Creator: `posattest ${VERSION}`,
      Producer: 'PDFKit 0.20.2',
      CreationDate: '2026-03-20T00:00:00Z',
      ModDate: '2026-03-20T00:00:00Z',
      'PDF version': '1.7',
      'Page size': '595.28 x 841.89 pts (A4)',
    })
  })

  it('gives the same bytes for the same result and date, and different bytes for another date', async () => {
    const result = JSON.parse(fixtureJson) as AssessmentResult
    const first = await renderReport(result, {lang: 'en', date: DATE, resultJson: fixtureJson})
    const second = await renderReport(structuredClone(result), {lang: 'en', date: DATE, resultJson: fixtureJson})
    expect(second.equals(first)).toBe(true)
    expect(first.equals(await readFile(files.en))).toBe(true)
    const later = await renderReport(result, {lang: 'en', date: new Date('2026-03-21T00:00:00Z'), resultJson: fixtureJson})
    expect(later.equals(first)).toBe(false)
  })

  it('numbers every page "Page x of y" (and 第 x 页，共 y 页)', async () => {
    for (const [file, footer] of [
      [files.en, (p: number, n: number) => `Page ${p} of ${n}`],
      [files.zh, (p: number, n: number) => `第 ${p} 页，共 ${n} 页`],
    ] as const) {
      const pages = await pdfPageCount(file)
      expect(pages).toBeGreaterThanOrEqual(12)
      for (const page of [1, 2, pages]) expect(await pdfText(file, page)).toContain(footer(page, pages))
    }
  })

  it('runs the entity and report title along the top of every page but the cover', async () => {
    const pages = await pdfPageCount(files.en)
    const header = 'Golden Dragon Catering (Shanghai) Co., Ltd. · POS Terminal Security Self-Assessment'
    expect(await pdfText(files.en, 1)).not.toContain(header)
    for (let page = 2; page <= pages; page++) expect((await pdfText(files.en, page)).split('\n')[0], `page ${page}`).toBe(header)
  })

  it('breaks a 60-terminal inventory across pages, repeating the header row on each', async () => {
    const pages = await pdfPageCount(files.inventory)
    const serials = sixtyTerminals().map((d) => d.serial)
    const tablePages: number[] = []
    const seen: string[] = []
    for (let page = 1; page <= pages; page++) {
      const text = await pdfText(files.inventory, page)
      const here = serials.filter((s) => text.includes(s))
      if (here.length === 0) continue
      tablePages.push(page)
      seen.push(...here)
      // Column headings may wrap ("Last / inspection"), so look for each of their words.
      const lines = text.split('\n').filter(Boolean)
      const words = new Set(lines.flatMap((l) => l.split(' ')))
      for (const word of 'Serial Make and model PTS approval expiry Location Seal ids Last inspection Firmware State'.split(' ')) {
        expect(words.has(word), `page ${page}: ${word}`).toBe(true)
      }
      // On a continuation page the header row comes first, right under the running header.
      if (tablePages.length > 1) expect(lines[1], `page ${page}`).toBe('Serial')
    }
    expect(tablePages.length).toBeGreaterThanOrEqual(2)
    expect(tablePages).toEqual(Array.from({length: tablePages.length}, (_, i) => tablePages[0]! + i))
    expect(seen).toEqual(serials)
    const text = (await pdfText(files.inventory)).replace(/\s+/g, ' ')
    expect(text).toContain('1 terminal has a PCI PTS approval that had expired by the assessment date (shaded red).')
    expect(text).toContain('1 terminal has a PCI PTS approval that expires within 12 months of the assessment date (shaded amber): plan the replacement.')
  })

  it('wraps long unbroken Chinese, URLs and fingerprints inside the margins without losing a character', async () => {
    const right = 595.28 - PAGE_MARGINS.right
    for (const page of await pdfWordBoxes(files.longText)) {
      for (const word of page.words) expect(word.xMax, `page ${page.page}: ${word.text}`).toBeLessThanOrEqual(right + 0.5)
    }
    const text = (await pdfText(files.longText)).replace(/\n/g, '')
    expect(text).toContain('终端清单由店长在每次变更后更新并每季度与现场核对一次'.repeat(12))
    // pdftotext drops a hyphen that ends a line (it takes it for a hyphenation), so compare without them.
    expect(text.replace(/-/g, '')).toContain(('https://example.cn/' + 'very-long-path-segment/'.repeat(12)).replace(/-/g, ''))
  })

  it('says so when there is no previous assessment to compare with', async () => {
    const result = JSON.parse(fixtureJson) as AssessmentResult
    delete result.changes
    const file = path.join(tmp.dir, 'no-changes.pdf')
    await writeFile(file, await renderReport(result, {lang: 'en', date: DATE}))
    const text = (await pdfText(file)).replace(/\s+/g, ' ')
    expect(text).toContain(
      "There is no previous assessment to compare with. Keep this report's result file and pass it with --previous next time to see what changed.",
    )
    expect(text).not.toContain('Since last time')
  })

  it('defaults to the assessment language', async () => {
    const result = JSON.parse(fixtureJson) as AssessmentResult
    result.assessment.language = 'zh-CN'
    const file = path.join(tmp.dir, 'default-lang.pdf')
    await writeFile(file, await renderReport(result, {date: DATE}))
    expect((await pdfText(file, 2)).split('\n')).toContain('1. 执行摘要')
  })
})
