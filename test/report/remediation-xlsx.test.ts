import {readFile} from 'node:fs/promises'
import path from 'node:path'
import ExcelJS from 'exceljs'
import {describe, expect, it} from 'vitest'
import type {AssessmentResult} from '../../src/generated/result.js'
import {groupBySite, remediationRows, siteOf} from '../../src/report/remediation-rows.js'
import {renderRemediationXlsx, sheetNames} from '../../src/report/remediation-xlsx.js'
import {FIXTURES} from '../helpers/run-cli.js'

const gaps = async () => JSON.parse(await readFile(path.join(FIXTURES, 'gate', 'result-gaps.json'), 'utf8')) as AssessmentResult

describe('the remediation workbook', () => {
  it('has one sheet per site once items name a site (siteOf), each with a frozen header and a filter; items without one last', async () => {
    const result = await gaps()
    expect(result.remediation.length).toBeGreaterThanOrEqual(2)
    expect(result.remediation.map((item) => siteOf(item))).toEqual(result.remediation.map(() => undefined))
    const sited = structuredClone(result)
    ;(sited.remediation[0] as {site?: string}).site = 'Shop: Nanjing Rd [2]'
    const date = new Date('2025-03-31T00:00:00Z')
    const xlsx = await renderRemediationXlsx(sited, {lang: 'en', date})
    expect(xlsx.equals(await renderRemediationXlsx(sited, {lang: 'en', date}))).toBe(true)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Shop  Nanjing Rd  2', 'No site'])
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({state: 'frozen', ySplit: 1})
      expect(sheet.getRow(1).getCell(1).value).toBe('site')
      expect(sheet.autoFilter).toBe(`A1:L${sheet.rowCount}`)
    }
    expect(workbook.worksheets[0]!.rowCount).toBe(2)
    expect(workbook.worksheets[1]!.rowCount).toBe(result.remediation.length)
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
