import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type {AssessmentResult} from '../generated/result.js'
import {safeText} from '../model/control-characters.js'
import type {Language} from '../model/language.js'
import {REMEDIATION_COLUMNS, groupBySite, remediationRows, type SiteGroup} from './remediation-rows.js'

/** Column widths in characters, by column; the long texts wrap. */
const WIDTHS: Readonly<Record<string, number>> = {site: 18, priority: 9, control_id: 11, domain: 18, title: 36, severity: 10, status: 14, owner: 20, due_date: 12, steps: 70, reasons: 60, devices: 20}
const WRAPPED = new Set(['title', 'steps', 'reasons'])

export interface XlsxOptions {
  lang: Language
  /** The workbook's created and modified dates, and every zip entry's time: never the clock. */
  date: Date
}

/**
 * The remediation plan as an XLSX workbook (exceljs): one sheet per site of an organisation (one sheet named
 * for the merchant when the result has no sites), each with the column names as a frozen header row and an
 * auto filter over the whole table. A gap at some sites is a row on each of their sheets; one that holds at
 * every site (the organisation's own work) is on the sheet named Organisation. Texts are written as strings,
 * never as formulas, whatever they start with.
 *
 * The bytes are the same for the same result and date: the workbook's dates are `date`, and since the zip
 * library exceljs uses stamps each entry with the current time, the archive is written again (JSZip, the same
 * library) with every entry dated `date`, in the same order.
 */
export async function renderRemediationXlsx(result: AssessmentResult, options: XlsxOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'posattest'
  workbook.lastModifiedBy = 'posattest'
  workbook.created = options.date
  workbook.modified = options.date
  const groups = groupBySite(remediationRows(result, options.lang))
  const names = sheetNames(groups, safeText(result.assessment.entity.trading_name ?? result.assessment.entity.legal_name))
  groups.forEach((group, i) => addSheet(workbook, names[i]!, group))
  const written = Buffer.from(await workbook.xlsx.writeBuffer())
  return redate(written, options.date)
}

function addSheet(workbook: ExcelJS.Workbook, name: string, group: SiteGroup): void {
  const sheet = workbook.addWorksheet(name, {views: [{state: 'frozen', xSplit: 0, ySplit: 1}]})
  sheet.columns = REMEDIATION_COLUMNS.map((key) => ({header: key, key, width: WIDTHS[key] ?? 16}))
  sheet.getRow(1).font = {bold: true}
  for (const row of group.rows) {
    const added = sheet.addRow(REMEDIATION_COLUMNS.map((key) => row[key]))
    REMEDIATION_COLUMNS.forEach((key, i) => {
      if (WRAPPED.has(key)) added.getCell(i + 1).alignment = {wrapText: true, vertical: 'top'}
      else added.getCell(i + 1).alignment = {vertical: 'top'}
    })
  }
  sheet.autoFilter = {from: {row: 1, column: 1}, to: {row: Math.max(1, group.rows.length + 1), column: REMEDIATION_COLUMNS.length}}
}

/** Excel's limits on a sheet name: at most 31 characters, none of \ / ? * [ ] :, no quote at either end, unique ignoring case. */
export function sheetNames(groups: readonly SiteGroup[], merchant: string): string[] {
  const used = new Set<string>()
  return groups.map((group) => {
    const wanted = group.site ?? (groups.length === 1 ? merchant : 'Organisation')
    const base = clean(wanted) || 'All'
    let name = base
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`
    used.add(name.toLowerCase())
    return name
  })
}

function clean(name: string): string {
  return [...name.replace(/[\\/?*[\]:]/g, ' ').replace(/^'+|'+$/g, '').trim()].slice(0, 31).join('').trim()
}

async function redate(xlsx: Buffer, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx)
  const out = new JSZip()
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue
    out.file(name, await entry.async('uint8array'), {date, createFolders: false})
  }
  return out.generateAsync({type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: {level: 6}, platform: 'DOS'})
}
