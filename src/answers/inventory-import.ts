import {csvInputText} from './csv-input.js'
import {CsvError, parse} from 'csv-parse/sync'
import {diagnostic, sortDiagnostics, type Diagnostic} from '../diagnostics/diagnostic.js'
import type {Device} from '../generated/answers.js'
import {readInput} from '../io/read-input.js'
import {findCardNumbers} from '../model/pan.js'
import {isDay} from '../model/day.js'
import {DEVICE_FIELDS, DEVICE_STATES, REQUIRED_DEVICE_FIELDS} from '../model/device.js'
import {IDENTIFIER_COLUMNS} from './identifier-fields.js'
import {openAnswersDocument, type InventoryMerge} from './answers-document.js'

/** The CSV columns, in the order the answers schema lists a terminal's fields. */
export const INVENTORY_COLUMNS = DEVICE_FIELDS
export type InventoryColumn = (typeof INVENTORY_COLUMNS)[number]

const REQUIRED_COLUMNS: readonly InventoryColumn[] = REQUIRED_DEVICE_FIELDS
/** No terminal list comes near this; larger input is refused before parsing. */
export const MAX_CSV_BYTES = 10 * 1024 * 1024

/**
 * Header spellings seen in terminal-management exports and spreadsheets, compared after lower-casing
 * and dropping everything but letters and digits ("Serial Number", "serial_no" and "S/N" all match).
 */
const HEADER_ALIASES: Record<InventoryColumn, readonly string[]> = {
  serial: ['serial', 'serialnumber', 'serialno', 'serialnr', 'sn', 'terminalserial', 'deviceserial'],
  make: ['make', 'manufacturer', 'vendor', 'brand'],
  model: ['model', 'modelname', 'terminalmodel'],
  pts_approval: ['ptsapproval', 'ptsapprovalnumber', 'ptsapprovalno', 'pts', 'ptsnumber', 'pcipts', 'pciptsapproval', 'approvalnumber'],
  pts_expiry: ['ptsexpiry', 'ptsexpirydate', 'ptsexpires', 'approvalexpiry', 'expiry', 'expirydate'],
  location: ['location', 'site', 'store', 'branch'],
  seal_ids: ['sealids', 'seals', 'sealid', 'sealnumbers', 'sealnos', 'seal'],
  last_inspection: ['lastinspection', 'lastinspected', 'lastinspectiondate', 'inspectiondate', 'inspected'],
  firmware: ['firmware', 'firmwareversion', 'fw', 'fwversion', 'softwareversion'],
  state: ['state', 'status'],
}

const LIMITS: Partial<Record<InventoryColumn, number>> = {
  serial: 64,
  make: 200,
  model: 200,
  pts_approval: 40,
  location: 200,
  firmware: 64,
}

/**
 * A terminal read from one CSV row: the fields of every column the CSV has. An empty optional cell
 * is `undefined`, which removes that field from a terminal already listed (the CSV says it is unknown).
 */
export type InventoryRow = Partial<Device> & {serial: string}

export interface ParsedInventory {
  devices: InventoryRow[]
  /** Problems, each at the `file:line:col` of the cell (or header) at fault; empty when usable. */
  diagnostics: Diagnostic[]
}

/** Reads a terminal list (header row + one row per terminal) and checks every cell. */
export function parseInventoryCsv(file: string, input: string | Uint8Array): ParsedInventory {
  const fail = (line: number, column: number, message: string): ParsedInventory => ({
    devices: [],
    diagnostics: [diagnostic(file, line > 0 ? {line, column} : undefined, 'inventory-csv', message)],
  })
  const read = csvInputText(input, MAX_CSV_BYTES)
  if ('problem' in read) return fail(0, 0, read.problem)
  const {text} = read
  // Most lists have no problem: they are read once without each record's raw text and line (a third of the
  // parse, and garbage for every row). One with a problem is read again with them, for the positions.
  const quick = checkRecords(file, text, false)
  return quick.diagnostics.length === 0 ? quick : checkRecords(file, text, true)
}

/** The rows of CSV text checked; without `detailed`, positions in the diagnostics are meaningless. */
function checkRecords(file: string, text: string, detailed: boolean): ParsedInventory {
  const problems: Diagnostic[] = []
  const fail = (line: number, column: number, message: string): ParsedInventory => ({
    devices: [],
    diagnostics: [diagnostic(file, line > 0 ? {line, column} : undefined, 'inventory-csv', message)],
  })
  let records: {record: string[]; raw: string; info: {lines: number}}[]
  try {
    const options = {relax_column_count: true, skip_empty_lines: true}
    records = detailed
      ? (parse(text, {...options, info: true, raw: true}) as unknown as typeof records)
      : (parse(text, options) as string[][]).map((record) => ({record, raw: '', info: {lines: 0}}))
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const line = Number((error as CsvError & {lines?: number}).lines ?? 0)
    const field = (error as CsvError & {column?: unknown}).column
    const lineText = text.split('\n')[line - 1] ?? ''
    const column = typeof field === 'number' ? (cellStarts(lineText, 1)[field]?.column ?? 1) : 1
    return fail(line, column, `invalid CSV: ${error.message.replace(/^[A-Za-z ]+: /, '')}`)
  }

  // Where each cell starts is worked out only for a row that has a problem (or the header): most rows have none.
  const positions = (r: (typeof records)[number]) => cellStarts(r.raw, startLine(r.raw, r.info.lines))
  const first = records[0]
  if (!first) return fail(0, 0, 'empty file; expected a header row naming the columns')
  const header = {cells: first.record, at: positions(first)}

  // Header: which column each cell is.
  const columns: (InventoryColumn | undefined)[] = []
  for (const [index, cell] of header.cells.entries()) {
    const at = header.at[index] ?? {line: 1, column: 1}
    const name = columnOf(cell)
    if (name === undefined) {
      problems.push(diagnostic(file, at, 'inventory-csv', `unknown column '${cell.trim()}'; expected: ${INVENTORY_COLUMNS.join(', ')}`))
    } else if (columns.includes(name)) {
      problems.push(diagnostic(file, at, 'inventory-csv', `column '${cell.trim()}' is ${name} again`))
    }
    columns.push(name)
  }
  const headerAt = header.at[0] ?? {line: 1, column: 1}
  for (const required of REQUIRED_COLUMNS) {
    if (!columns.includes(required)) problems.push(diagnostic(file, headerAt, 'inventory-csv', `missing column '${required}'`))
  }
  if (problems.length > 0) return {devices: [], diagnostics: sortDiagnostics(problems)}

  const devices: InventoryRow[] = []
  // A list has few distinct dates (every terminal of a batch shares its expiry): each is checked once.
  const days = new Set<string>()
  // The row each serial was first seen on; its line is worked out once, at its first repeat.
  const serialRows = new Map<string, {record: (typeof records)[number]; line?: number}>()
  for (let r = 1; r < records.length; r++) {
    const record = records[r]!
    const cells = record.record
    if (cells.every((c) => c.trim() === '')) continue
    let starts: {line: number; column: number}[] | undefined
    const at = (index: number) => {
      starts ??= positions(record)
      return starts[index] ?? starts[0]!
    }
    if (cells.length !== columns.length) {
      problems.push(
        diagnostic(file, at(0), 'inventory-csv', `row has ${cells.length} field${cells.length === 1 ? '' : 's'}; the header has ${columns.length}`),
      )
      continue
    }
    const device: Record<string, unknown> = {}
    let rowOk = true
    for (const [index, column] of columns.entries()) {
      const value = cells[index]!.trim()
      const complain = (message: string) => {
        problems.push(diagnostic(file, at(index), 'inventory-csv', message))
        rowOk = false
      }
      const card = IDENTIFIER_COLUMNS.has(column!) ? undefined : findCardNumbers(value)[0]
      if (card) {
        complain(`${column} holds a card number (${card.masked}); card numbers are never stored`)
        continue
      }
      const checked = checkCell(column!, value, days)
      if ('error' in checked) complain(checked.error)
      else device[column!] = checked.value
    }
    if (!rowOk) continue
    const serial = device.serial as string
    const earlier = serialRows.get(serial)
    if (earlier !== undefined) {
      earlier.line ??= positions(earlier.record)[0]!.line
      problems.push(diagnostic(file, at(columns.indexOf('serial')), 'inventory-csv', `serial '${serial}' is already on line ${earlier.line}`))
      continue
    }
    serialRows.set(serial, {record})
    devices.push(device as InventoryRow)
  }
  if (problems.length === 0 && devices.length === 0) {
    problems.push(diagnostic(file, headerAt, 'inventory-csv', 'no terminal rows below the header'))
  }
  return {devices: problems.length > 0 ? [] : devices, diagnostics: sortDiagnostics(problems)}
}

/** The checked value of one cell (undefined for an empty optional one), or the reason it is refused. */
function checkCell(column: InventoryColumn, value: string, days: Set<string>): {value: unknown} | {error: string} {
  if (value === '') return REQUIRED_COLUMNS.includes(column) ? {error: `${column} is empty`} : {value: undefined}
  const limit = LIMITS[column]
  if (limit !== undefined && value.length > limit) return {error: `${column} is longer than ${limit} characters`}
  switch (column) {
    case 'pts_expiry':
    case 'last_inspection':
      if (days.has(value)) return {value}
      if (!isDay(value)) return {error: `${column} '${value}' is not a date (YYYY-MM-DD)`}
      days.add(value)
      return {value}
    case 'state': {
      const state = value.toLowerCase().replace(/[ _]+/g, '-')
      return (DEVICE_STATES as readonly string[]).includes(state) ? {value: state} : {error: `state '${value}' must be one of: ${DEVICE_STATES.join(', ')}`}
    }
    case 'seal_ids': {
      const ids = value
        .split(/[;|]/)
        .map((s) => s.trim())
        .filter((s) => s !== '')
      const long = ids.find((id) => id.length > 64)
      if (long !== undefined) return {error: `seal id '${long}' is longer than 64 characters`}
      return {value: ids.length > 0 ? ids : undefined}
    }
    default:
      return {value}
  }
}

function columnOf(header: string): InventoryColumn | undefined {
  const key = header.toLowerCase().replace(/[^a-z0-9]/g, '')
  return INVENTORY_COLUMNS.find((c) => HEADER_ALIASES[c].includes(key))
}

/**
 * The line a record's raw text starts on. csv-parse gives the line the record ends on, and its raw
 * text includes the empty lines skipped before it.
 */
export function startLine(raw: string, endLine: number): number {
  const newlines = raw.split('\n').length - 1
  return endLine - newlines + (raw.endsWith('\n') ? 1 : 0)
}

/** Line and column where each cell of a record's raw text starts (quoted cells may span lines). */
export function cellStarts(raw: string, firstLine: number): {line: number; column: number}[] {
  let line = firstLine
  let column = 1
  let i = 0
  while (raw[i] === '\n') {
    line++
    i++
  }
  const starts = [{line, column}]
  let quoted = false
  for (; i < raw.length; i++) {
    const ch = raw[i]
    if (quoted) {
      if (ch === '"' && raw[i + 1] === '"') {
        i++
        column += 2
        continue
      }
      if (ch === '"') quoted = false
    } else if (ch === '"') {
      quoted = true
    } else if (ch === ',') {
      column++
      starts.push({line, column})
      continue
    } else if (ch === '\n') {
      break
    }
    if (ch === '\n') {
      line++
      column = 1
    } else {
      column++
    }
  }
  return starts
}

export interface InventoryImport extends InventoryMerge {
  /** Whether the answers file did not exist (or was empty) and was created. */
  created: boolean
  replaced: boolean
}

/**
 * Reads the CSV, and only when every row is valid merges it into the answers file (by serial;
 * `replace` swaps the whole inventory) and writes the file atomically, comments kept.
 */
export async function importInventory(
  csvFile: string,
  answersFile: string,
  options: {replace?: boolean} = {},
): Promise<{diagnostics: Diagnostic[]; result?: InventoryImport}> {
  const parsed = parseInventoryCsv(csvFile, await readInput(csvFile))
  if (parsed.diagnostics.length > 0) return {diagnostics: parsed.diagnostics}
  const document = await openAnswersDocument(answersFile)
  const merge = document.mergeInventory(parsed.devices, {replace: options.replace ?? false})
  await document.save()
  return {diagnostics: [], result: {...merge, created: document.created, replaced: options.replace ?? false}}
}
