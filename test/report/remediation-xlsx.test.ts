import {readFile} from 'node:fs/promises'
import path from 'node:path'
import ExcelJS from 'exceljs'
import {describe, expect, it} from 'vitest'
import type {AssessmentResult} from '../../src/generated/result.js'
import {groupBySite, remediationRows, sitesOf, sortedPlan} from '../../src/report/remediation-rows.js'
import {renderRemediationXlsx, sheetNames} from '../../src/report/remediation-xlsx.js'
import {loadAnswersFile} from '../../src/answers/load-answers.js'
import {loadCatalog} from '../../src/catalog/catalog.js'
import {evaluateAssessment} from '../../src/evaluation/evaluate.js'
import {hashEvidenceFiles} from '../../src/evaluation/evidence-hashes.js'
import {FIXTURES, ROOT} from '../helpers/run-cli.js'

const DATE = new Date('2025-03-31T00:00:00Z')
const CHAIN = path.join(ROOT, 'examples/chain-larkspur-coffee/answers.yaml')

async function chainResult(): Promise<AssessmentResult> {
  const catalog = await loadCatalog()
  const {answers, baseDir} = await loadAnswersFile(CHAIN, catalog)
  return evaluateAssessment(catalog, answers, {generator: 'posattest test', evidenceHashes: await hashEvidenceFiles(answers, baseDir)})
}

async function openWorkbook(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer)
  return workbook
}

const gaps = async () => JSON.parse(await readFile(path.join(FIXTURES, 'gate', 'result-gaps.json'), 'utf8')) as AssessmentResult

describe('the remediation workbook', () => {
  it('has one sheet named for the merchant when the result has no sites', async () => {
    const result = await gaps()
    expect(result.remediation.every((item) => sitesOf(item, result).length === 0)).toBe(true)
    const workbook = await openWorkbook(await renderRemediationXlsx(result, {lang: 'en', date: DATE}))
    expect(workbook.worksheets.map((s) => s.name)).toEqual([result.assessment.entity.trading_name])
    expect(workbook.worksheets[0]!.rowCount).toBe(result.remediation.length + 1)
  })

  it("has one sheet per site with gaps, and the organisation's own gaps on one sheet, each with a frozen header and a filter", async () => {
    const result = await chainResult()
    // The chain's two gaps are at one site each, in plan order.
    expect(sortedPlan(result.remediation).map((item) => sitesOf(item, result))).toEqual([['LDS-01 Leeds Briggate'], ['CDF-01 Cardiff Queen Street kiosk']])
    const sited = structuredClone(result)
    // A gap every site shares is the organisation's work: one row, on its own sheet.
    const shared = sited.remediation.find((item) => item.control_id === 'SEAL-02')!
    shared.sites = sited.sites!.map((s) => s.id)
    const xlsx = await renderRemediationXlsx(sited, {lang: 'en', date: DATE})
    expect(xlsx.equals(await renderRemediationXlsx(sited, {lang: 'en', date: DATE}))).toBe(true)
    const workbook = await openWorkbook(xlsx)
    // Sheet names are cut to Excel's 31 characters.
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['CDF-01 Cardiff Queen Street kio', 'Organisation'])
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({state: 'frozen', ySplit: 1})
      expect(sheet.getRow(1).getCell(1).value).toBe('site')
      expect(sheet.autoFilter).toBe(`A1:L${sheet.rowCount}`)
      expect(sheet.rowCount).toBe(2)
    }
    expect(workbook.getWorksheet('Organisation')!.getRow(2).getCell(1).value).toBe('')
  })

  it("puts a site's row under its site with the site's own status and the reasons that hold there", async () => {
    const result = await chainResult()
    const rows = remediationRows(result, 'en')
    expect(rows.map((r) => [r.site, r.control_id])).toEqual(
      result.remediation.flatMap((item) => sitesOf(item, result).map((site) => [site, item.control_id])),
    )
    for (const row of rows) {
      const gap = result.sites!.find((s) => row.site.startsWith(`${s.id} `))!.gaps.find((g) => g.control_id === row.control_id)!
      expect(row.status).toBe(gap.status)
      expect(row.reasons).toBe(gap.reasons.map((r) => r.text.en).join('\n'))
    }
  })

  it('names sheets within Excel\'s limits: 31 characters, no reserved characters, unique ignoring case', () => {
    const groups = groupBySite(
      ['a'.repeat(40), 'A'.repeat(40), "'quoted'"].map((site) => ({...remediationRowStub(), site})),
    )
    const names = sheetNames(groups, 'Merchant')
    expect(names.every((n) => n.length <= 31 && !/[\\/?*[\]:]/.test(n))).toBe(true)
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
    expect(names).toContain('quoted')
    expect(sheetNames(groupBySite([]), 'Merchant [HQ]')).toEqual(['Merchant  HQ'])
  })

  it('rows are in plan order (priority, due date, control)', async () => {
    const rows = remediationRows(await gaps(), 'en')
    const keys = rows.map((r) => `${r.priority} ${r.due_date} ${r.control_id}`)
    expect(keys).toEqual([...keys].sort())
  })
})

function remediationRowStub() {
  return {site: '', priority: 'P1', control_id: 'X-01', domain: 'd', title: 't', severity: 'high', status: 'not_in_place', owner: '', due_date: '2025-01-01', steps: '', reasons: '', devices: ''}
}
