// End to end: a card number in any disguise, in a free-text field of an answers file (or a stored result, or an
// inventory CSV), is refused at its position by every command that reads it, masked in every output format, and
// never reaches a written file.
import {cp, readFile, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {findCardNumbers, luhnValid, maskDigits} from '../src/model/pan.js'
import {digitsOnly} from './helpers/card-disguises.js'
import {FIXTURES, runCli, tempDir} from './helpers/run-cli.js'
import {pdfText} from './helpers/pdf-tools.js'

const CATALOG = ['--catalog', path.join(FIXTURES, 'answers/catalog')]
const BASE = path.join(FIXTURES, 'answers/valid')
const ENV = {SOURCE_DATE_EPOCH: undefined}

/** A body with the check digit that makes it Luhn-valid. */
function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d
  throw new Error('unreachable')
}
const UNIONPAY_19 = withCheckDigit('622202123456789012')

interface Disguise {
  name: string
  pan: string
  /** The number as written; "\n" is a line break, followed in the file by the block's indentation. */
  text: string
  style: 'plain' | 'folded' | 'literal'
}

const DISGUISES: Disguise[] = ([
  {name: 'double-spaces', pan: '4111111111111111', text: '4111  1111  1111  1111', style: 'plain'},
  {name: 'tabs', pan: '4111111111111111', text: '4111\t1111\t1111\t1111', style: 'plain'},
  {name: 'dots', pan: '5555555555554444', text: '5555.5555.5555.4444', style: 'plain'},
  {name: 'slashes', pan: '6011111111111117', text: '6011/1111/1111/1117', style: 'plain'},
  {name: 'no-break-spaces', pan: '4111111111111111', text: '4111\u00a01111\u202f1111\u00a01111', style: 'plain'},
  {name: 'zero-width-between-groups', pan: '5555555555554444', text: '5555\u200b5555\u200c5555\u200d4444', style: 'plain'},
  {name: 'zero-width-inside-groups', pan: '4111111111111111', text: '41\u20601111\ufeff111111\u200b1111', style: 'plain'},
  {name: 'full-width', pan: '4111111111111111', text: '４１１１\u3000１１１１\u3000１１１１\u3000１１１１', style: 'plain'},
  {name: 'arabic-indic', pan: '5555555555554444', text: '٥٥٥٥ ٥٥٥٥ ٥٥٥٥ ٤٤٤٤', style: 'plain'},
  {name: 'devanagari-and-bengali', pan: '378282246310005', text: '३७८२ ৮২২৪৬৩ १०००५', style: 'plain'},
  {name: 'mathematical-digits', pan: '378282246310005', text: '𝟑𝟕𝟖𝟐-𝟖𝟐𝟐𝟒𝟔𝟑-𝟏𝟎𝟎𝟎𝟓', style: 'plain'},
  {name: 'plain-scalar-over-two-lines', pan: '4111111111111111', text: '4111 1111\n1111 1111', style: 'plain'},
  {name: 'folded-between-groups', pan: '4111111111111111', text: '4111 1111\n1111 1111', style: 'folded'},
  {name: 'folded-inside-a-group', pan: UNIONPAY_19, text: `${UNIONPAY_19.slice(0, 4)} ${UNIONPAY_19.slice(4, 8)} ${UNIONPAY_19.slice(8, 10)}\n${UNIONPAY_19.slice(10, 12)} ${UNIONPAY_19.slice(12, 16)} ${UNIONPAY_19.slice(16)}`, style: 'folded'},
  {name: 'literal-unbroken', pan: '5555555555554444', text: '5555555555\n554444', style: 'literal'},
  {name: 'literal-full-width-and-tabs', pan: '4111111111111111', text: '４１１１\t１１１１\n１１１１\t１１１１', style: 'literal'},
] satisfies Disguise[]).sort((a, b) => (a.name < b.name ? -1 : 1)) // the order validate reports files in

/** The valid fixture with TRN-01.notes holding the number, and where its first digit is. */
function patched(base: string, d: Disguise): {text: string; line: number; column: number} {
  const lead = 'Refund for '
  const notes =
    d.style === 'plain'
      ? `    notes: ${lead}${d.text.replaceAll('\n', '\n      ')} done\n`
      : `    notes: ${d.style === 'folded' ? '>' : '|'}\n      Trainer wrote it down.\n      ${lead}${d.text.replaceAll('\n', '\n      ')} done\n`
  const text = base + notes
  const offset = base.length + notes.indexOf(lead) + lead.length
  const before = text.slice(0, offset)
  return {text, line: before.split('\n').length, column: offset - before.lastIndexOf('\n')}
}

/** No line of the output shows the number: not as written, not in any script or with any separators. */
function expectNoCardNumber(output: string, d: Disguise): void {
  expect(output).not.toContain(d.text)
  for (const line of output.split('\n')) expect(digitsOnly(line)).not.toContain(d.pan)
  expect(findCardNumbers(output)).toEqual([])
}

let tmp: {dir: string; cleanup: () => Promise<void>}
const files = new Map<string, {file: string; line: number; column: number}>()
beforeAll(async () => {
  tmp = await tempDir()
  await cp(path.join(BASE, 'evidence'), path.join(tmp.dir, 'evidence'), {recursive: true})
  const base = await readFile(path.join(BASE, 'answers.yaml'), 'utf8')
  for (const d of DISGUISES) {
    const {text, line, column} = patched(base, d)
    const file = path.join(tmp.dir, `${d.name}.yaml`)
    await writeFile(file, text)
    files.set(d.name, {file, line, column})
  }
})
afterAll(() => tmp.cleanup())

const exists = (file: string) => stat(file).then(
  () => true,
  () => false,
)
const message = (d: Disguise) => `controls.TRN-01.notes holds a card number (${maskDigits(d.pan)}); remove it: posattest never stores card numbers`

describe('a card number in disguise, end to end', () => {
  test('the base file is valid: the patch alone makes it invalid', async () => {
    const r = await runCli(['validate', path.join(BASE, 'answers.yaml'), ...CATALOG])
    expect(r.code).toBe(0)
    expect(files.get('double-spaces')!.line).toBe(50)
    expect(files.get('double-spaces')!.column).toBe(23)
    expect(files.get('folded-between-groups')).toMatchObject({line: 52, column: 18})
  })

  test('validate (text): one card-number error per file, at the first digit, masked', async () => {
    const r = await runCli(['validate', ...DISGUISES.map((d) => files.get(d.name)!.file), ...CATALOG])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    const expected = DISGUISES.map((d) => {
      const {file, line, column} = files.get(d.name)!
      return `${file}:${line}:${column}: error ${message(d)} [card-number]`
    })
    expect(r.stdout).toBe([...expected, `${DISGUISES.length} files checked: ${DISGUISES.length} errors, 0 warnings`, ''].join('\n'))
    for (const d of DISGUISES) expectNoCardNumber(r.stdout, d)
  })

  test.each(['json', 'junit', 'sarif', 'github'])('validate --format %s: the same errors, and no card number', async (format) => {
    const r = await runCli(['validate', ...DISGUISES.map((d) => files.get(d.name)!.file), ...CATALOG, '--format', format])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    for (const d of DISGUISES) {
      expectNoCardNumber(r.stdout, d)
      expect(r.stdout).toContain(maskDigits(d.pan))
    }
    if (format === 'json') {
      const diagnostics = JSON.parse(r.stdout).diagnostics
      expect(diagnostics).toEqual(
        DISGUISES.map((d) => {
          const {file, line, column} = files.get(d.name)!
          return {file, line, column, rule: 'card-number', severity: 'error', message: message(d)}
        }),
      )
    }
    if (format === 'sarif') {
      const regions = JSON.parse(r.stdout).runs[0].results.map((x: any) => x.locations[0].physicalLocation.region)
      expect(regions).toEqual(DISGUISES.map((d) => ({startLine: files.get(d.name)!.line, startColumn: files.get(d.name)!.column})))
    }
  })

  // Both load the answers through the same check (loadAnswersFile): evaluate is run on every disguise, report on
  // one of each kind (a separator, a script, a fold).
  const REPORTED = new Set(['double-spaces', 'zero-width-inside-groups', 'arabic-indic', 'folded-inside-a-group', 'literal-unbroken'])

  test('evaluate and report refuse every one at its position, and write nothing', async () => {
    const runs = DISGUISES.flatMap((d) => {
      const {file, line, column} = files.get(d.name)!
      const expected = `posattest: ${file}:${line}:${column}: ${message(d)}\n`
      const result = path.join(tmp.dir, `${d.name}.result.json`)
      const pdf = path.join(tmp.dir, `${d.name}.pdf`)
      return [
        {d, expected, output: result, args: ['evaluate', file, '-o', result, ...CATALOG]},
        ...(REPORTED.has(d.name) ? [{d, expected, output: pdf, args: ['report', file, '-o', pdf, '--date', '2026-11-20', ...CATALOG]}] : []),
      ]
    })
    // A few at a time: each is a process of its own.
    for (let i = 0; i < runs.length; i += 3) {
      await Promise.all(
        runs.slice(i, i + 3).map(async ({d, expected, output, args}) => {
          const r = await runCli(args, {env: ENV})
          expect({code: r.code, stdout: r.stdout, stderr: r.stderr}, args.join(' ')).toEqual({code: 2, stdout: '', stderr: expected})
          if (output) expect(await exists(output)).toBe(false)
          expectNoCardNumber(r.stderr, d)
        }),
      )
    }
  }, 300_000)

  test('evaluate to stdout, and --json: nothing printed but the masked error', async () => {
    const d = DISGUISES.find((x) => x.name === 'full-width')!
    const plain = await runCli(['evaluate', files.get(d.name)!.file, ...CATALOG], {env: ENV})
    expect([plain.code, plain.stdout]).toEqual([2, ''])
    expectNoCardNumber(plain.stderr, d)
    const json = await runCli(['evaluate', files.get(d.name)!.file, ...CATALOG, '--json'], {env: ENV})
    expect(json.code).toBe(2)
    expectNoCardNumber(json.stdout + json.stderr, d)
    expect(json.stdout + json.stderr).toContain(maskDigits(d.pan))
  })
})

describe('a card number echoed by another message', () => {
  // The schema names an unknown key as written: the message must be masked before any output format escapes it.
  test.each(['text', 'json', 'junit', 'sarif', 'github'])('an unknown key holding one, with tabs and zero-width spaces (--format %s)', async (format) => {
    const d: Disguise = {name: 'key', pan: '4111111111111111', text: '4111\t1111\u200b\t1111\t1111', style: 'plain'}
    const file = path.join(tmp.dir, `key-${format}.yaml`)
    await writeFile(file, (await readFile(path.join(BASE, 'answers.yaml'), 'utf8')) + `    "${d.text}": x\n`)
    const r = await runCli(['validate', file, ...CATALOG, '--format', format])
    expect(r.code).toBe(1)
    expectNoCardNumber(r.stdout + r.stderr, d)
    expect(r.stdout).toContain('card-number')
    expect(r.stdout).toContain('controls.TRN-01.411111******1111')
  })
})

describe('other inputs that reach a report', () => {
  const d = DISGUISES.find((x) => x.name === 'arabic-indic')!

  test('a stored result with a card number is refused by report and by evaluate --previous', async () => {
    const stored = JSON.parse(await readFile(path.join(FIXTURES, 'report/result.json'), 'utf8'))
    stored.controls[0].notes = `Refund for ${d.text} done`
    const file = path.join(tmp.dir, 'pan-result.json')
    await writeFile(file, JSON.stringify(stored, null, 2))
    const expected = `posattest: ${file}: controls.0.notes holds a card number (${maskDigits(d.pan)}); remove it: posattest never stores card numbers\n`

    const pdf = path.join(tmp.dir, 'pan-result.pdf')
    const report = await runCli(['report', file, '-o', pdf], {env: ENV})
    expect([report.code, report.stdout, report.stderr]).toEqual([2, '', expected])
    expect(await exists(pdf)).toBe(false)

    const result = path.join(tmp.dir, 'with-previous.json')
    const evaluate = await runCli(['evaluate', path.join(BASE, 'answers.yaml'), '--previous', file, '-o', result, ...CATALOG], {env: ENV})
    expect([evaluate.code, evaluate.stdout, evaluate.stderr]).toEqual([2, '', expected])
    expect(await exists(result)).toBe(false)
  })

  test('inventory import refuses a card number in a CSV cell and leaves the answers file alone', async () => {
    const answers = path.join(tmp.dir, 'inventory-answers.yaml')
    const before = await readFile(path.join(FIXTURES, 'inventory/answers.yaml'), 'utf8')
    await writeFile(answers, before)
    const csv = path.join(tmp.dir, 'pan.csv')
    await writeFile(csv, `serial,make,model,location,state\nV1,Verifone,V200c,"Till ${d.text}",in-use\n`)
    const r = await runCli(['inventory', 'import', csv, answers])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`location holds a card number (${maskDigits(d.pan)})`)
    expectNoCardNumber(r.stdout + r.stderr, d)
    expect(await readFile(answers, 'utf8')).toBe(before)
  })

  test('sanity: the text of a report rendered from a clean file holds no card number', async () => {
    const pdf = path.join(tmp.dir, 'clean.pdf')
    await cp(path.join(BASE, 'answers.yaml'), path.join(tmp.dir, 'clean.yaml'))
    const r = await runCli(['report', path.join(tmp.dir, 'clean.yaml'), '-o', pdf, '--date', '2026-11-20', ...CATALOG], {env: ENV})
    expect(r.code).toBe(0)
    const text = await pdfText(pdf)
    expect(text).toContain('Harbour Lane Coffee')
    expect(findCardNumbers(text)).toEqual([])
  })
})
