// posattest export, through the built CLI: every example evaluated, then exported in every format, each output
// checked by its validator: the OSCAL documents against the project's JSON Schemas of the OSCAL 1.1.3
// assessment-results and POA&M models (ajv with the project's options), the CSV by csv-parse, the workbook
// opened with exceljs. OSCAL and XLSX bytes are compared across two runs.
import {readFile, readdir, truncate, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Ajv2020, type ValidateFunction} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {parse} from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {AssessmentResult} from '../../src/generated/result.js'
import {ROOT, runCli, tempDir} from '../helpers/run-cli.js'

const EXAMPLES = path.join(ROOT, 'examples')
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

let tmp: {dir: string; cleanup: () => Promise<void>}
let names: string[]
const results = new Map<string, {file: string; result: AssessmentResult}>()
let validateAr: ValidateFunction
let validatePoam: ValidateFunction

/** The project's ajv options (src/io/schemas.ts), with uri-reference, a format the OSCAL schemas use. */
function oscalAjv(): Ajv2020 {
  const ajv = new Ajv2020({allErrors: true, strict: true, strictRequired: false, verbose: true, allowUnionTypes: true})
  addFormats.default(ajv, ['date', 'email', 'uri', 'date-time', 'uri-reference'])
  return ajv
}

beforeAll(async () => {
  tmp = await tempDir('posattest-export-')
  const ajv = oscalAjv()
  for (const name of ['oscal-assessment-results', 'oscal-poam']) {
    ajv.addSchema(JSON.parse(await readFile(path.join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')), `${name}.schema.json`)
  }
  validateAr = ajv.getSchema('oscal-assessment-results.schema.json')!
  validatePoam = ajv.getSchema('oscal-poam.schema.json')!
  names = (await readdir(EXAMPLES, {withFileTypes: true})).filter((d) => d.isDirectory()).map((d) => d.name).sort()
  await Promise.all(
    names.map(async (name) => {
      const file = path.join(tmp.dir, `${name}.json`)
      const run = await runCli(['evaluate', path.join(EXAMPLES, name, 'answers.yaml'), '-o', file])
      expect(run.code, run.stderr).toBeLessThan(2)
      results.set(name, {file, result: JSON.parse(await readFile(file, 'utf8'))})
    }),
  )
}, 120_000)
afterAll(async () => tmp.cleanup())

function schemaProblems(validate: ValidateFunction, document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}

/** Every UUID in a document, at the keys OSCAL gives them. */
function uuids(value: unknown, found: {defined: string[]; referenced: string[]} = {defined: [], referenced: []}) {
  if (Array.isArray(value)) for (const v of value) uuids(v, found)
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'uuid') found.defined.push(v as string)
      else if (/-uuids?$/.test(key)) found.referenced.push(...(Array.isArray(v) ? v : [v]))
      else if (key === 'href' && typeof v === 'string' && v.startsWith('#')) found.referenced.push(v.slice(1))
      else uuids(v, found)
    }
  }
  return found
}

async function exportTo(name: string, format: string, out: string, ...more: string[]) {
  const run = await runCli(['export', results.get(name)!.file, '--format', format, '-o', out, ...more])
  return run
}

describe('posattest export --format oscal-ar', () => {
  it('writes, for every example, assessment results the OSCAL schema accepts, the same bytes twice, every UUID version 5, unique and resolved', async () => {
    expect(names.length).toBeGreaterThanOrEqual(6)
    for (const name of names) {
      const [a, b] = [path.join(tmp.dir, `${name}.ar.json`), path.join(tmp.dir, `${name}.ar2.json`)]
      const first = await exportTo(name, 'oscal-ar', a)
      expect([first.code, first.stdout]).toEqual([0, ''])
      expect(first.stderr).toMatch(new RegExp(`^Wrote .*${name}\\.ar\\.json: oscal-ar, \\d+ controls, \\d+ bytes\\n$`))
      expect((await exportTo(name, 'oscal-ar', b)).code).toBe(0)
      const bytes = await readFile(a)
      expect(bytes.equals(await readFile(b)), name).toBe(true)
      const document = JSON.parse(bytes.toString('utf8'))
      expect(schemaProblems(validateAr, document), name).toEqual([])

      const {result} = results.get(name)!
      const ar = document['assessment-results']
      expect(ar.metadata['oscal-version']).toBe('1.1.3')
      expect(ar.metadata['last-modified']).toBe(`${result.assessment.date}T00:00:00Z`)
      const [only] = ar.results
      const ids = result.controls.map((c) => c.id).sort()
      expect(only['reviewed-controls']['control-selections'][0]['include-controls'].map((c: {'control-id': string}) => c['control-id'])).toEqual(ids)
      expect(only.findings.map((f: {target: {'target-id': string}}) => f.target['target-id'])).toEqual(ids)
      const gaps = result.controls.filter((c) => c.finding !== null).map((c) => c.id).sort()
      expect(only.findings.filter((f: {target: {status: {state: string}}}) => f.target.status.state === 'not-satisfied').map((f: {target: {'target-id': string}}) => f.target['target-id'])).toEqual(gaps)
      // Every evidence digest of the result is a SHA-256 hash in back-matter.
      const digests = result.controls.flatMap((c) => c.evidence.map((e) => e.sha256)).filter((d): d is string => d !== undefined)
      const hashes = ar['back-matter'].resources.flatMap((r: {rlinks?: {hashes?: {algorithm: string; value: string}[]}[]}) => r.rlinks?.flatMap((l) => l.hashes ?? []) ?? [])
      expect(new Set(hashes.map((h: {value: string}) => h.value))).toEqual(new Set(digests))
      expect(hashes.every((h: {algorithm: string}) => h.algorithm === 'SHA-256')).toBe(true)

      const found = uuids(document)
      expect(found.defined.every((u) => UUID.test(u))).toBe(true)
      expect(new Set(found.defined).size).toBe(found.defined.length)
      expect(found.referenced.filter((u) => !found.defined.includes(u))).toEqual([])
    }
  }, 120_000)

  it('dates the document with --date or SOURCE_DATE_EPOCH, and changes nothing else', async () => {
    const plain = await runCli(['export', results.get('merchant-gaps')!.file, '--format', 'oscal-ar'])
    const dated = await runCli(['export', results.get('merchant-gaps')!.file, '--format', 'oscal-ar', '--date', '2026-12-01'])
    const epoch = await runCli(['export', results.get('merchant-gaps')!.file, '--format', 'oscal-ar'], {env: {SOURCE_DATE_EPOCH: '1796083200'}})
    expect([plain.code, dated.code, epoch.code]).toEqual([0, 0, 0])
    expect(dated.stdout).toBe(epoch.stdout)
    expect(dated.stdout.replaceAll('2026-12-01T00:00:00Z', '2026-11-20T00:00:00Z')).toBe(plain.stdout)
    expect(JSON.parse(dated.stdout)['assessment-results'].metadata.published).toBe('2026-12-01T00:00:00Z')
  })

  it('the schema refuses what OSCAL refuses, so its acceptance means something', async () => {
    const run = await runCli(['export', results.get('merchant-gaps')!.file, '--format', 'oscal-ar'])
    const document = JSON.parse(run.stdout)
    expect(schemaProblems(validateAr, document)).toEqual([])
    const ar = document['assessment-results']
    const broken = structuredClone(document)
    delete broken['assessment-results']['import-ap']
    broken['assessment-results'].uuid = '6ba7b810-9dad-11d1-80b4-00c04fd430c8' // version 1
    broken['assessment-results'].metadata['last-modified'] = '2026-11-20T00:00:00' // no time zone
    broken['assessment-results'].results[0].findings[0].target['target-id'] = '1 bad token'
    broken['assessment-results'].results[0].observations[0].methods = []
    broken['assessment-results'].metadata.version = ' padded '
    const problems = schemaProblems(validateAr, broken)
    expect(problems).toHaveLength(7)
    expect(problems).toEqual(
      expect.arrayContaining([
        "/assessment-results must have required property 'import-ap'",
        '/assessment-results/uuid must match pattern "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$"',
        '/assessment-results/metadata/last-modified must match format "date-time"',
        expect.stringMatching(/^\/assessment-results\/metadata\/last-modified must match pattern/),
        '/assessment-results/metadata/version must match pattern "^\\S(.*\\S)?$"',
        '/assessment-results/results/0/findings/0/target/target-id must match pattern "^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$"',
        '/assessment-results/results/0/observations/0/methods must NOT have fewer than 1 items',
      ]),
    )
    expect(ar.results[0].findings.length).toBeGreaterThan(0)
  })
})

describe('posattest export --format oscal-poam', () => {
  it('writes a POA&M the OSCAL schema accepts for every example with a remediation plan, the same bytes twice, and refuses one with nothing to plan', async () => {
    let planned = 0
    for (const name of names) {
      const {result} = results.get(name)!
      const [a, b] = [path.join(tmp.dir, `${name}.poam.json`), path.join(tmp.dir, `${name}.poam2.json`)]
      const first = await exportTo(name, 'oscal-poam', a, '--json')
      if (result.remediation.length === 0) {
        expect(first.code).toBe(2)
        expect(JSON.parse(first.stdout).error.code).toBe('nothing-to-plan')
        continue
      }
      planned++
      expect(first.code, first.stdout).toBe(0)
      expect(JSON.parse(first.stdout)).toEqual({format: 'oscal-poam', output: a, bytes: expect.any(Number), items: result.remediation.length})
      expect((await exportTo(name, 'oscal-poam', b)).code).toBe(0)
      const bytes = await readFile(a)
      expect(bytes.equals(await readFile(b)), name).toBe(true)
      const document = JSON.parse(bytes.toString('utf8'))
      expect(schemaProblems(validatePoam, document), name).toEqual([])
      const poam = document['plan-of-action-and-milestones']
      expect(poam['poam-items'].map((i: {title: string}) => i.title.split(' ')[0]).sort()).toEqual(result.remediation.map((r) => r.control_id).sort())
      // Each item's milestone is its due date.
      for (const item of result.remediation) {
        const risk = poam.risks.find((r: {title: string}) => r.title.startsWith(`${item.control_id} `))
        expect(risk.remediations[0].tasks[0].timing['on-date'].date).toBe(`${item.due_date}T00:00:00Z`)
      }
      // The observations are the assessment results' own: the same UUIDs in both documents.
      const ar = JSON.parse(await readFile(path.join(tmp.dir, `${name}.ar.json`), 'utf8'))['assessment-results']
      const arObservations = new Set(ar.results[0].observations.map((o: {uuid: string}) => o.uuid))
      expect(poam.observations.every((o: {uuid: string}) => arObservations.has(o.uuid))).toBe(true)
      const found = uuids(document)
      expect(new Set(found.defined).size).toBe(found.defined.length)
      expect(found.referenced.filter((u) => !found.defined.includes(u))).toEqual([])
    }
    expect(planned).toBeGreaterThanOrEqual(2)
  }, 120_000)
})

describe('posattest export --format csv and xlsx', () => {
  it('writes the remediation plan of every example as RFC 4180 CSV and as a workbook whose cells are the same, the same bytes twice', async () => {
    for (const name of names) {
      const {result} = results.get(name)!
      const csv = await runCli(['export', results.get(name)!.file, '--format', 'csv', '--lang', 'en'])
      expect(csv.code).toBe(0)
      expect(csv.stdout.endsWith('\r\n')).toBe(true)
      const rows = parse(csv.stdout, {relax_column_count: false}) as string[][]
      expect(rows[0]).toEqual(['site', 'priority', 'control_id', 'domain', 'title', 'severity', 'status', 'owner', 'due_date', 'steps', 'reasons', 'devices'])
      expect(rows.length - 1).toBe(result.remediation.length)
      for (const row of rows.slice(1)) {
        const item = result.remediation.find((r) => r.control_id === row[2])!
        expect(row.slice(1, 10)).toEqual([item.priority, item.control_id, item.domain, item.title.en, item.severity, 'not_in_place', item.owner ?? '', item.due_date, item.steps.map((s, i) => `${i + 1}. ${s.en}`).join('\n')])
      }

      const [a, b] = [path.join(tmp.dir, `${name}.xlsx`), path.join(tmp.dir, `${name}-2.xlsx`)]
      expect((await exportTo(name, 'xlsx', a, '--lang', 'en')).code).toBe(0)
      expect((await exportTo(name, 'xlsx', b, '--lang', 'en')).code).toBe(0)
      expect((await readFile(a)).equals(await readFile(b)), name).toBe(true)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load((await readFile(a)) as unknown as ExcelJS.Buffer)
      // One sheet named for the merchant; an organisation's plan has one sheet per site with gaps (the chain's two).
      const entity = result.assessment.entity
      const sheetNames = result.sites ? ['CDF-01 Cardiff Queen Street kio', 'LDS-01 Leeds Briggate'] : [(entity.trading_name ?? entity.legal_name).slice(0, 31).trim()]
      expect(workbook.worksheets.map((s) => s.name), name).toEqual(sheetNames)
      expect(workbook.created.toISOString()).toBe(`${result.assessment.date}T00:00:00.000Z`)
      const cells: string[][] = []
      for (const [i, sheet] of workbook.worksheets.entries()) {
        expect(sheet.views[0]).toMatchObject({state: 'frozen', ySplit: 1})
        expect(sheet.autoFilter).toBeDefined()
        sheet.eachRow((row, n) => {
          if (i === 0 || n > 1) cells.push((row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v))))
        })
      }
      // Sheets are in site order, the CSV in plan order.
      cells.splice(1, cells.length - 1, ...cells.slice(1).sort((x, y) => rows.findIndex((r) => r[0] === x[0] && r[2] === x[2]) - rows.findIndex((r) => r[0] === y[0] && r[2] === y[2])))
      expect(cells.map((r) => [...r, ...Array(12 - r.length).fill('')])).toEqual(rows)
    }
  }, 120_000)

  it('an XLSX needs -o (it is binary)', async () => {
    const run = await runCli(['export', results.get('merchant-gaps')!.file, '--format', 'xlsx'])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^posattest: an XLSX workbook is binary: give the file to write with -o \(try: /)
  })

  it('keeps a spreadsheet from running text as a formula and shows control characters escaped', async () => {
    const result = structuredClone(results.get('merchant-gaps')!.result)
    result.remediation[0]!.owner = '=HYPERLINK("http://evil.example","x")'
    result.remediation[1]!.owner = 'Wang\u001b[31mLi\nNext'
    const file = path.join(tmp.dir, 'hostile.json')
    await writeFile(file, JSON.stringify(result))
    const csv = await runCli(['export', file, '--format', 'csv'])
    expect(csv.code).toBe(0)
    const rows = parse(csv.stdout) as string[][]
    const owners = rows.slice(1).map((r) => r[7])
    expect(owners).toContain(`'=HYPERLINK("http://evil.example","x")`)
    expect(owners).toContain('Wang\\x1b[31mLi\\nNext')
    const xlsx = path.join(tmp.dir, 'hostile.xlsx')
    expect((await runCli(['export', file, '--format', 'xlsx', '-o', xlsx])).code).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await readFile(xlsx)) as unknown as ExcelJS.Buffer)
    const values: unknown[] = []
    workbook.worksheets[0]!.getColumn(8).eachCell((cell) => values.push(cell.value))
    // A string cell, never a formula, whatever it starts with.
    expect(values).toContain('=HYPERLINK("http://evil.example","x")')
    expect(values).toContain('Wang\\x1b[31mLi\\nNext')
    const ar = await runCli(['export', file, '--format', 'oscal-poam'])
    expect(ar.code).toBe(0)
    expect(schemaProblems(validatePoam, JSON.parse(ar.stdout))).toEqual([])
    expect(ar.stdout).not.toContain('\u001b')
  })
})

describe('posattest export refuses what is not a result', () => {
  it('names a file that is not a result, a PDF, JSON that is not posattest\'s, a missing or too large file, with its code and exit 2', async () => {
    const pdf = path.join(tmp.dir, 'report.pdf')
    await writeFile(pdf, '%PDF-1.7\n')
    const other = path.join(tmp.dir, 'other.json')
    await writeFile(other, '{"schema_version": 1}')
    const broken = path.join(tmp.dir, 'broken.json')
    await writeFile(broken, '{"schema_version": ')
    // Larger than export reads (a sparse file: nothing is written), refused before it is read.
    const huge = path.join(tmp.dir, 'huge.json')
    await writeFile(huge, '')
    await truncate(huge, 64 * 1024 * 1024 + 1)
    const codes = []
    for (const file of [pdf, other, broken, path.join(tmp.dir, 'missing.json'), huge]) {
      const run = await runCli(['export', file, '--format', 'oscal-ar', '--json', '-o', path.join(tmp.dir, 'never.json')])
      expect(run.code).toBe(2)
      codes.push(JSON.parse(run.stdout).error.code)
    }
    expect(codes).toEqual(['pdf-not-supported', 'not-a-result', 'not-json', 'file-not-found', 'result-too-large'])
    const noFile = await runCli(['export', other, '--format', 'csv', '--json'])
    expect([noFile.code, JSON.parse(noFile.stdout).error.code]).toEqual([2, 'output-required'])
  })
})
