import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, test} from 'vitest'
import {parseDocument} from 'yaml'
import {FIXTURES, runCli, tempDir} from '../helpers/run-cli.js'

const CATALOG = path.join(FIXTURES, 'answers/catalog')

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => {
  ;({dir, cleanup} = await tempDir())
})
afterEach(async () => cleanup())

async function validate(file: string, catalog?: string) {
  const r = await runCli(['validate', file, '--format', 'json', ...(catalog ? ['--catalog', catalog] : [])], {cwd: dir})
  return {code: r.code, report: JSON.parse(r.stdout) as {diagnostics: {line: number; column: number; rule: string; message: string}[]}}
}

describe('posattest init', () => {
  test('writes the merchant template exactly (fixture catalog, English)', async () => {
    const r = await runCli(['init', '--role', 'merchant', '--catalog', CATALOG], {cwd: dir})
    expect(r).toEqual({
      code: 0,
      stdout:
        'wrote answers.yaml: 4 controls for a merchant (en). Fill in the CHANGE ME values and each status, then run: posattest validate answers.yaml\n',
      stderr: '',
    })
    expect(await readFile(path.join(dir, 'answers.yaml'), 'utf8')).toBe(
      await readFile(path.join(FIXTURES, 'answers/init-merchant-en.yaml'), 'utf8'),
    )
  })

  test('writes the acquirer template in Chinese exactly, with only acquirer controls and facts', async () => {
    const r = await runCli(['init', '--role', 'acquirer', '--lang', 'zh-CN', '-o', 'acq.yaml', '--catalog', CATALOG], {cwd: dir})
    expect(r.code).toBe(0)
    expect(await readFile(path.join(dir, 'acq.yaml'), 'utf8')).toBe(
      await readFile(path.join(FIXTURES, 'answers/init-acquirer-zh-CN.yaml'), 'utf8'),
    )
  })

  test('validate on a fresh file: placeholders, then unanswered for each applicable control, and nothing else', async () => {
    await runCli(['init', '--role', 'merchant', '--catalog', CATALOG], {cwd: dir})
    const {code, report} = await validate('answers.yaml', CATALOG)
    expect(code).toBe(1)
    const rules = new Set(report.diagnostics.map((d) => d.rule))
    expect([...rules].sort()).toEqual(['placeholder', 'unanswered'])
    expect(report.diagnostics.filter((d) => d.rule === 'unanswered').map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '85:12 CUS-01 (Terminal inventory) has no status: answer in_place, in_place_ccw, not_applicable or not_in_place',
      '101:12 SEAL-01 (Seal inspection) has no status: answer in_place, in_place_ccw, not_applicable or not_in_place',
      '110:12 TRN-01 (Tamper training) has no status: answer in_place, in_place_ccw, not_applicable or not_in_place',
    ])
  })

  test('once the placeholders and statuses are filled in, the file is valid', async () => {
    await runCli(['init', '--role', 'merchant', '--catalog', CATALOG], {cwd: dir})
    const file = path.join(dir, 'answers.yaml')
    const doc = parseDocument(await readFile(file, 'utf8'))
    doc.setIn(['assessment', 'entity'], {legal_name: 'Harbour Lane Coffee Ltd', country: 'GB'})
    doc.setIn(['assessment', 'acquirer'], 'Example Acquiring plc')
    doc.setIn(['assessment', 'date'], '2026-11-20')
    doc.setIn(['assessment', 'period'], {start: '2025-11-21', end: '2026-11-20'})
    doc.setIn(['assessment', 'assessor'], {name: 'Priya Shah', title: 'Owner', email: 'priya@example.com'})
    doc.set('profile', {terminal_connections: ['ip'], mobile_terminals: false})
    for (const id of ['CUS-01', 'SEAL-01', 'TRN-01']) {
      doc.setIn(['controls', id, 'status'], 'not_in_place')
      doc.setIn(['controls', id, 'owner'], 'Priya Shah')
      doc.setIn(['controls', id, 'target_date'], '2027-01-31')
    }
    await writeFile(file, doc.toString())
    const {code, report} = await validate('answers.yaml', CATALOG)
    expect(report.diagnostics).toEqual([])
    expect(code).toBe(0)
  })

  test('with the shipped catalog, only placeholder and unanswered errors, one unanswered per unconditional control', async () => {
    for (const role of ['merchant', 'acquirer']) {
      const r = await runCli(['init', '--role', role, '-o', `${role}.yaml`], {cwd: dir})
      expect(r.code).toBe(0)
      const text = await readFile(path.join(dir, `${role}.yaml`), 'utf8')
      const {code, report} = await validate(`${role}.yaml`)
      expect(code).toBe(1)
      expect([...new Set(report.diagnostics.map((d) => d.rule))].sort()).toEqual(role === 'merchant' ? ['placeholder', 'scoping-unanswered', 'unanswered'] : ['placeholder', 'unanswered'])
      // Every control of the role is in the file; those with applies_when wait for the profile facts.
      const ids = [...text.matchAll(/^ {2}([A-Z]{2,5}-\d{2}):$/gm)].map((m) => m[1])
      const conditional = [...text.matchAll(/^ {2}([A-Z]{2,5}-\d{2}):\n(?: {4}#.*\n)*? {4}# Applies only when/gm)].map((m) => m[1])
      const unanswered = report.diagnostics.filter((d) => d.rule === 'unanswered').map((d) => d.message.split(' ')[0])
      expect(unanswered).toEqual(ids.filter((id) => !conditional.includes(id)))
    }
  })

  test('refuses to overwrite an existing file without --force', async () => {
    const file = path.join(dir, 'answers.yaml')
    await writeFile(file, 'mine\n')
    const r = await runCli(['init', '--role', 'merchant', '--catalog', CATALOG], {cwd: dir})
    expect(r).toEqual({code: 2, stdout: '', stderr: 'posattest: answers.yaml already exists (try: posattest init answers.yaml --force, to overwrite it)\n'})
    expect(await readFile(file, 'utf8')).toBe('mine\n')
    const forced = await runCli(['init', '--role', 'merchant', '--catalog', CATALOG, '--force'], {cwd: dir})
    expect(forced.code).toBe(0)
    expect(await readFile(file, 'utf8')).toMatch(/^# posattest answers file/)
  })

  test('--json reports what was written', async () => {
    const r = await runCli(['init', '--role', 'acquirer', '--catalog', CATALOG, '--json'], {cwd: dir})
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({file: 'answers.yaml', role: 'acquirer', language: 'en', controls: 3})
  })

  test('usage errors exit 2: missing --role, unknown language, unwritable folder', async () => {
    const role = await runCli(['init'], {cwd: dir})
    expect(role.code).toBe(2)
    expect(role.stderr).toMatch(/^posattest: Missing required flag role/)
    const lang = await runCli(['init', '--role', 'merchant', '--lang', 'fr'], {cwd: dir})
    expect(lang.code).toBe(2)
    expect(lang.stderr).toMatch(/^posattest: Expected --lang=fr to be one of: en, zh-CN/)
    const folder = await runCli(['init', '--role', 'merchant', '-o', 'no/such/folder/answers.yaml', '--catalog', CATALOG], {cwd: dir})
    expect(folder).toEqual({code: 2, stdout: '', stderr: 'posattest: no/such/folder/answers.yaml: no such file or directory\n'})
  })
})
