// The JUnit XML of validate, catalog lint and gate, through the built CLI, loaded by test-results-parser (the
// parser behind the testbeats CI reporter, which publishes JUnit results from CI runs to Slack, Teams and
// others): it must parse without errors, and the suites, test counts, failures, skips and test names it reads
// must be the ones the same command reports in JSON. Names and messages with XML's special characters and
// non-ASCII letters must come back as written.
import {copyFile, cp, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import parser, {type ITestResult} from 'test-results-parser'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {writeCatalogCases} from './helpers/catalog-cases.js'
import {ROOT, runCli, tempDir} from './helpers/run-cli.js'
import {GATE_FIXTURES, TEST_CATALOG} from './helpers/signed-reports.js'

let tmp: {dir: string; cleanup: () => Promise<void>}
beforeAll(async () => (tmp = await tempDir('posattest-junit-')))
afterAll(async () => tmp.cleanup())

/** What the parser reads from `xml` (written to the temp folder as `name`), with the errors it reports. */
async function parsed(name: string, xml: string): Promise<ITestResult> {
  const file = path.join(tmp.dir, name)
  await writeFile(file, xml)
  const {result, errors} = parser.parseV2({type: 'junit', files: [file]})
  expect(errors).toEqual([])
  return result
}

/** The suites as the parser reads them: name, counts, and each case's name and status. */
function suites(result: ITestResult) {
  return result.suites.map((s) => ({
    name: s.name,
    total: s.total,
    failed: s.failed,
    skipped: s.skipped,
    cases: s.cases.map((c) => ({name: c.name, status: c.status, ...(c.status === 'FAIL' ? {failure: c.failure} : {})})),
  }))
}

interface DiagnosticsJson {
  files: string[]
  diagnostics: {file: string; line?: number; column?: number; rule: string; severity: string; message: string}[]
}

/** The suites a diagnostics report in JSON should give: one per file, a failing case per error, one passing case for a clean file. */
function expectedDiagnosticSuites(json: DiagnosticsJson) {
  return json.files.map((file) => {
    const errors = json.diagnostics.filter((d) => d.file === file && d.severity === 'error')
    const at = (d: (typeof errors)[number]) => (d.line !== undefined && d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file)
    return {
      name: file,
      total: Math.max(errors.length, 1),
      failed: errors.length,
      skipped: 0,
      cases: errors.length === 0 ? [{name: file, status: 'PASS'}] : errors.map((d) => ({name: `${at(d)} ${d.rule}`, status: 'FAIL', failure: d.message})),
    }
  })
}

/** The parser's totals agree with its own suites. */
function expectTotals(result: ITestResult) {
  const sum = (key: 'total' | 'failed' | 'skipped') => result.suites.reduce((n, s) => n + s[key], 0)
  expect([result.total, result.failed, result.skipped]).toEqual([sum('total'), sum('failed'), sum('skipped')])
  for (const s of result.suites) {
    expect(s.total, s.name).toBe(s.cases.filter((c) => c.status !== 'SKIP').length)
    expect(s.failed, s.name).toBe(s.cases.filter((c) => c.status === 'FAIL').length)
  }
}

describe('JUnit output loaded by test-results-parser', () => {
  it('validate: a suite per file, a failure per error, a passing case per clean file, names with special characters intact', async () => {
    const invalid = path.join('test', 'fixtures', 'answers', 'invalid')
    const files = (await readdir(path.join(ROOT, invalid))).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(invalid, f))
    const odd = path.join(tmp.dir, `answers & <"quoted"> 'it' 晨光.yaml`)
    await copyFile(path.join(ROOT, invalid, 'period.yaml'), odd)
    const args = ['validate', ...files, odd, 'examples/merchant-gaps/answers.yaml', 'examples/merchant-compliant/answers.yaml']
    const junit = await runCli([...args, '--format', 'junit'])
    const json = await runCli([...args, '--format', 'json'])
    expect([junit.code, json.code]).toEqual([1, 1])
    const result = await parsed('validate.xml', junit.stdout)
    const expected = expectedDiagnosticSuites(JSON.parse(json.stdout))
    expect(suites(result)).toEqual(expected)
    expect(result.suites.map((s) => s.name)).toContain(odd)
    expect(expected.filter((s) => s.failed === 0).length).toBe(2)
    expect(result.failed).toBeGreaterThan(0)
    expectTotals(result)
  })

  it('catalog lint: failing catalogs, a whole-file problem, and the shipped catalog clean', async () => {
    const names = ['id-prefix', 'unknown-fact', 'binary-file', 'yaml-syntax', 'missing-language'] as const
    const cases = await writeCatalogCases(names)
    try {
      const junit = await runCli(['catalog', 'lint', ...names, '--format', 'junit'], {cwd: cases.dir})
      const json = await runCli(['catalog', 'lint', ...names, '--format', 'json'], {cwd: cases.dir})
      expect([junit.code, json.code]).toEqual([2, 2])
      const result = await parsed('lint.xml', junit.stdout)
      expect(suites(result)).toEqual(expectedDiagnosticSuites(JSON.parse(json.stdout)))
      expect(result.failed).toBeGreaterThanOrEqual(names.length)
      expectTotals(result)
    } finally {
      await cases.cleanup()
    }
    const shipped = await runCli(['catalog', 'lint', '--format', 'junit'])
    const shippedJson = await runCli(['catalog', 'lint', '--format', 'json'])
    expect([shipped.code, shippedJson.code]).toEqual([0, 0])
    const clean = await parsed('lint-shipped.xml', shipped.stdout)
    expect(suites(clean)).toEqual(expectedDiagnosticSuites(JSON.parse(shippedJson.stdout)))
    expect([clean.failed, clean.total > 0]).toEqual([0, true])
    expectTotals(clean)
  })

  it('gate: one case per rule (failed with its first reason, passed, or skipped) on a failing, a passing and an unjudgeable submission', async () => {
    const dir = path.join(tmp.dir, 'gate')
    await cp(TEST_CATALOG, path.join(dir, 'catalog'), {recursive: true})
    await copyFile(path.join(GATE_FIXTURES, 'result-gaps.json'), path.join(dir, 'gaps.json'))
    await copyFile(path.join(GATE_FIXTURES, 'result-compliant.json'), path.join(dir, 'compliant.json'))
    const policy = (extra: string) =>
      'schema_version: 1\nname: JUnit test\naccept_unsigned_results: true\ncatalogs: [catalog]\nmax_assessment_age_days: 365\n' + extra
    await writeFile(path.join(dir, 'strict.yaml'), policy('max_open_gaps: {high: 0}\nmin_overall_score: 80\ninventory: {require_seal_ids: true, pts_expiry_warning_days: 1900}\n'))
    await writeFile(path.join(dir, 'lenient.yaml'), policy(''))
    await writeFile(path.join(dir, 'empty.pdf'), '')
    const runs: [string, string, number][] = [
      ['gaps.json', 'strict.yaml', 1],
      ['compliant.json', 'lenient.yaml', 0],
      ['empty.pdf', 'strict.yaml', 2],
    ]
    const outcomes = new Set<string>()
    for (const [submission, policyFile, exit] of runs) {
      const args = ['gate', submission, '--policy', policyFile, '--now', '2025-06-01']
      const junit = await runCli([...args, '--format', 'junit'], {cwd: dir})
      const json = await runCli([...args, '--format', 'json'], {cwd: dir})
      expect([junit.code, json.code], junit.stderr).toEqual([exit, exit])
      const report = JSON.parse(json.stdout) as {
        file: string
        rules: {rule: string; description: string; status: 'pass' | 'fail' | 'skipped'}[]
        reasons: {rule: string; message: string}[]
      }
      const result = await parsed(`gate-${submission}-${policyFile}.xml`, junit.stdout)
      const status = {pass: 'PASS', fail: 'FAIL', skipped: 'SKIP'} as const
      expect(suites(result)).toEqual([
        {
          name: report.file,
          total: report.rules.filter((r) => r.status !== 'skipped').length,
          failed: report.rules.filter((r) => r.status === 'fail').length,
          skipped: report.rules.filter((r) => r.status === 'skipped').length,
          cases: report.rules.map((r) => ({
            name: `${r.rule}: ${r.description}`,
            status: status[r.status],
            ...(r.status === 'fail' ? {failure: report.reasons.find((x) => x.rule === r.rule)!.message} : {}),
          })),
        },
      ])
      expectTotals(result)
      for (const r of report.rules) outcomes.add(r.status)
    }
    expect([...outcomes].sort()).toEqual(['fail', 'pass', 'skipped'])
  })
})
