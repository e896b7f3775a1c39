import {csvInputText} from './csv-input.js'
import {CsvError, parse} from 'csv-parse/sync'
import {diagnostic, sortDiagnostics, type Diagnostic} from '../diagnostics/diagnostic.js'
import {findCardNumbers} from '../model/pan.js'
import {cellStarts, startLine} from './inventory-import.js'

/** No list of sites comes near this; larger input is refused before parsing. */
export const MAX_SITES_CSV_BYTES = 1024 * 1024
/** The answers schema's limit on sites. */
export const MAX_SITES = 10000

export const SITE_COLUMNS = ['id', 'name', 'address'] as const
export type SiteColumn = (typeof SITE_COLUMNS)[number]

/** Header spellings, compared after lower-casing and dropping everything but letters and digits. */
const HEADER_ALIASES: Record<SiteColumn, readonly string[]> = {
  id: ['id', 'siteid', 'site', 'code', 'sitecode', 'storeid', 'storecode', 'branchid', 'branchcode'],
  name: ['name', 'sitename', 'storename', 'branchname', 'store', 'branch'],
  address: ['address', 'siteaddress', 'storeaddress', 'location'],
}

const SITE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/

export interface SiteRow {
  id: string
  name: string
  address?: string
}

export interface ParsedSites {
  sites: SiteRow[]
  /** Problems, each at the `file:line:col` of the cell (or header) at fault; empty when usable. */
  diagnostics: Diagnostic[]
}

/** Reads a list of sites (a header row naming id, name and optionally address; one row per site) and checks every cell. */
export function parseSitesCsv(file: string, input: Uint8Array): ParsedSites {
  const fail = (line: number, column: number, message: string): ParsedSites => ({
    sites: [],
    diagnostics: [diagnostic(file, line > 0 ? {line, column} : undefined, 'sites-csv', message)],
  })
  const read = csvInputText(input, MAX_SITES_CSV_BYTES)
  if ('problem' in read) return fail(0, 0, read.problem)
  const {text} = read

  let records: {record: string[]; raw: string; info: {lines: number}}[]
  try {
    // One more record than allowed (with the header) is enough to say the list is too long.
    records = parse(text, {relax_column_count: true, skip_empty_lines: true, info: true, raw: true, to: MAX_SITES + 2}) as unknown as typeof records
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const line = Number((error as CsvError & {lines?: number}).lines ?? 0)
    return fail(line, 1, `invalid CSV: ${error.message.replace(/^[A-Za-z ]+: /, '')}`)
  }
  const positions = (r: (typeof records)[number]) => cellStarts(r.raw, startLine(r.raw, r.info.lines))
  const first = records[0]
  if (!first) return fail(0, 0, `empty file; expected a header row naming the columns ${SITE_COLUMNS.join(', ')}`)
  if (records.length > MAX_SITES + 1) return fail(positions(records[MAX_SITES + 1]!)[0]!.line, 1, `more than ${MAX_SITES} sites`)

  const problems: Diagnostic[] = []
  const headerAt = positions(first)
  const columns: (SiteColumn | undefined)[] = []
  for (const [index, cell] of first.record.entries()) {
    const at = headerAt[index] ?? {line: 1, column: 1}
    const key = cell.toLowerCase().replace(/[^a-z0-9]/g, '')
    const name = SITE_COLUMNS.find((c) => HEADER_ALIASES[c].includes(key))
    if (name === undefined) problems.push(diagnostic(file, at, 'sites-csv', `unknown column '${cell.trim()}'; expected: ${SITE_COLUMNS.join(', ')}`))
    else if (columns.includes(name)) problems.push(diagnostic(file, at, 'sites-csv', `column '${cell.trim()}' is ${name} again`))
    columns.push(name)
  }
  for (const required of ['id', 'name'] as const) {
    if (!columns.includes(required)) problems.push(diagnostic(file, headerAt[0] ?? {line: 1, column: 1}, 'sites-csv', `missing column '${required}'`))
  }
  if (problems.length > 0) return {sites: [], diagnostics: sortDiagnostics(problems)}

  const sites: SiteRow[] = []
  const seen = new Map<string, number>()
  for (const record of records.slice(1)) {
    if (record.record.every((c) => c.trim() === '')) continue
    const at = positions(record)
    const row: Partial<Record<SiteColumn, string>> = {}
    let ok = true
    const problem = (index: number, message: string) => {
      problems.push(diagnostic(file, at[index] ?? at[0]!, 'sites-csv', message))
      ok = false
    }
    for (const [index, column] of columns.entries()) {
      const value = (record.record[index] ?? '').trim()
      if (!column) continue
      if (value === '') {
        if (column !== 'address') problem(index, `${column} is empty`)
        continue
      }
      // A site's name or address never holds a card number: one here is a pasted mistake, and never stored.
      const card = findCardNumbers(value)[0]
      if (card) problem(index, `${column} holds what looks like a card number (${card.masked}); card numbers are never stored`)
      else if (column === 'id' && !SITE_ID.test(value)) problem(index, `id '${value.slice(0, 60)}' is not a site id (letters, digits, dot, dash or underscore, at most 40)`)
      else if (column !== 'id' && [...value].length > 200) problem(index, `${column} is longer than 200 characters`)
      else row[column] = value
    }
    if (!ok || row.id === undefined || row.name === undefined) continue
    const line = at[0]!.line
    const earlier = seen.get(row.id)
    if (earlier !== undefined) {
      problem(columns.indexOf('id'), `site ${row.id} is already on line ${earlier}`)
      continue
    }
    seen.set(row.id, line)
    sites.push({id: row.id, name: row.name, ...(row.address === undefined ? {} : {address: row.address})})
  }
  if (problems.length > 0) return {sites: [], diagnostics: sortDiagnostics(problems)}
  if (sites.length === 0) return fail(0, 0, 'no sites: the file has a header row and nothing else')
  return {sites, diagnostics: []}
}
