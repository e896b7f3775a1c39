// The SARIF of validate, catalog lint and gate, through the built CLI, checked by Microsoft's SARIF validator
// (`sarif-multitool validate`, the @microsoft/sarif-multitool devDependency) with its SARIF rules and GitHub code
// scanning's (--rule-kind Sarif;Ghas): no error and no warning. Each run mixes errors, warnings and whole-file
// problems, files under the base (%SRCROOT%) and a file outside it with characters a URI must escape.
import {spawn} from 'node:child_process'
import {copyFile, cp, readFile, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import multitool from '@microsoft/sarif-multitool'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {writeCatalogCases} from './helpers/catalog-cases.js'
import {FIXTURES, ROOT, runCli, tempDir} from './helpers/run-cli.js'
import {GATE_FIXTURES, TEST_CATALOG} from './helpers/signed-reports.js'

/** Disables only SARIF2006, a note that would fetch every URI in the log: the tests have no network. */
const CONFIG = path.join(FIXTURES, 'sarif', 'validator-config.xml')

interface LoggedResult {
  ruleId: string
  ruleIndex: number
  level?: string
  message: {text?: string; id?: string; arguments?: string[]}
  locations?: {physicalLocation?: {region?: {startLine?: number}}}[]
}

interface ValidatorLog {
  runs: {
    tool: {driver: {rules?: {id: string; messageStrings?: Record<string, {text: string}>}[]}}
    invocations: {executionSuccessful: boolean; toolConfigurationNotifications?: {descriptor: {id: string}; message: {text: string}}[]; toolExecutionNotifications?: unknown[]}[]
    results: LoggedResult[]
  }[]
}

let tmp: {dir: string; cleanup: () => Promise<void>}
beforeAll(async () => (tmp = await tempDir('posattest-sarif-')))
afterAll(async () => tmp.cleanup())

function run(command: string, args: readonly string[]): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve, reject) => {
    // Invariant globalization: the validator needs no ICU library on the machine.
    const env = {...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1'}
    const child = spawn(command, args, {env, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({code: code ?? 1, stdout, stderr}))
  })
}

/** Validates `sarif` (written to the temp folder as `name`) and returns what the validator found: "RULE line: message". */
async function validatorFindings(name: string, sarif: string): Promise<string[]> {
  const input = path.join(tmp.dir, name)
  const output = path.join(tmp.dir, `${name}.validation.sarif`)
  await writeFile(input, sarif)
  // The binary itself, not `npx sarif-multitool`: its wrapper passes the arguments through a shell.
  const validator = await run(multitool, [
    'validate',
    input,
    '--output',
    output,
    '--log',
    'ForceOverwrite',
    '--config',
    CONFIG,
    '--rule-kind',
    'Sarif;Ghas',
    '--level',
    'Error;Warning',
  ])
  expect(validator.stderr).toBe('')
  const log = JSON.parse(await readFile(output, 'utf8')) as ValidatorLog
  const logged = log.runs[0]!
  const invocation = logged.invocations[0]!
  expect(invocation.executionSuccessful).toBe(true)
  expect(invocation.toolExecutionNotifications ?? []).toEqual([])
  // The one configuration notice is the one the config file asks for.
  expect((invocation.toolConfigurationNotifications ?? []).map((n) => n.descriptor.id)).toEqual(['WRN999.RuleExplicitlyDisabled'])
  const rules = logged.tool.driver.rules ?? []
  return logged.results
    .filter((r) => (r.level ?? 'warning') === 'error' || (r.level ?? 'warning') === 'warning')
    .map((r) => {
      const template = r.message.text ?? rules[r.ruleIndex]?.messageStrings?.[r.message.id ?? '']?.text ?? ''
      const text = template.replace(/\{(\d+)\}/g, (_, i: string) => r.message.arguments?.[Number(i)] ?? '')
      return `${r.ruleId} ${r.level ?? 'warning'} line ${r.locations?.[0]?.physicalLocation?.region?.startLine ?? '?'}: ${text}`
    })
}

/** The levels and the kinds of location in a SARIF log: what each case is meant to cover. */
function covered(sarif: string) {
  const results = JSON.parse(sarif).runs[0].results as {level: string; locations: {physicalLocation: {artifactLocation: {uriBaseId?: string}; region: {startLine: number; startColumn: number}}}[]}[]
  const at = results.map((r) => r.locations[0]!.physicalLocation)
  return {
    levels: [...new Set(results.map((r) => r.level))].sort(),
    underBase: at.some((l) => l.artifactLocation.uriBaseId === '%SRCROOT%'),
    outside: at.some((l) => l.artifactLocation.uriBaseId === undefined),
    everyRegion: at.every((l) => l.region.startLine >= 1 && l.region.startColumn >= 1),
  }
}

describe("Microsoft's SARIF validator", () => {
  it('finds no error or warning in the SARIF of validate (errors, warnings, whole-file problems, a file outside the base)', async () => {
    const invalid = path.join('test', 'fixtures', 'answers', 'invalid')
    const files = (await readdir(path.join(ROOT, invalid))).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(invalid, f))
    // Outside the working directory, with a space, a percent sign, a hash and non-ASCII letters to escape.
    const odd = path.join(tmp.dir, 'answers 100% #1 晨光.yaml')
    await copyFile(path.join(ROOT, invalid, 'period.yaml'), odd)
    const sarif = await runCli(['validate', ...files, odd, '--format', 'sarif'])
    expect(sarif.code).toBe(1)
    expect(covered(sarif.stdout)).toEqual({levels: ['error', 'warning'], underBase: true, outside: true, everyRegion: true})
    expect(sarif.stdout).toContain('answers%20100%25%20%231%20%E6%99%A8%E5%85%89.yaml')
    expect(await validatorFindings('validate.sarif', sarif.stdout)).toEqual([])
  })

  it('finds no error or warning in the SARIF of catalog lint on failing catalogs, with --sarif-base', async () => {
    const cases = await writeCatalogCases(['id-prefix', 'domain-file', 'unknown-fact', 'binary-file', 'yaml-syntax', 'unknown-pci-requirement', 'missing-language'])
    try {
      const lint = await runCli(['catalog', 'lint', 'id-prefix', 'domain-file', 'unknown-fact', 'binary-file', 'yaml-syntax', 'unknown-pci-requirement', 'missing-language', '--format', 'sarif', '--sarif-base', 'id-prefix'], {
        cwd: cases.dir,
      })
      // 2: the binary file is input that cannot be read, reported as a whole-file problem.
      expect(lint.code).toBe(2)
      expect(covered(lint.stdout)).toMatchObject({levels: expect.arrayContaining(['error']), underBase: true, outside: true, everyRegion: true})
      expect(await validatorFindings('lint.sarif', lint.stdout)).toEqual([])
    } finally {
      await cases.cleanup()
    }
  })

  it('finds no error or warning in the SARIF of gate on a failing submission (reasons and warnings, at 1:1)', async () => {
    const dir = path.join(tmp.dir, 'gate')
    await cp(TEST_CATALOG, path.join(dir, 'catalog'), {recursive: true})
    await copyFile(path.join(GATE_FIXTURES, 'result-gaps.json'), path.join(dir, 'gaps.json'))
    await writeFile(
      path.join(dir, 'policy.yaml'),
      'schema_version: 1\nname: SARIF test\naccept_unsigned_results: true\ncatalogs: [catalog]\nmax_assessment_age_days: 365\n' +
        'max_open_gaps: {high: 0}\nmin_overall_score: 80\ninventory: {require_seal_ids: true, pts_expiry_warning_days: 1900}\n',
    )
    const gate = await runCli(['gate', 'gaps.json', '--policy', 'policy.yaml', '--now', '2025-06-01', '--format', 'sarif'], {cwd: dir})
    expect(gate.code).toBe(1)
    expect(covered(gate.stdout)).toEqual({levels: ['error', 'warning'], underBase: true, outside: false, everyRegion: true})
    expect(await validatorFindings('gate.sarif', gate.stdout)).toEqual([])
    // A submission that cannot be judged is a SARIF result too.
    await writeFile(path.join(dir, 'empty.pdf'), '')
    const empty = await runCli(['gate', 'empty.pdf', '--policy', 'policy.yaml', '--now', '2025-06-01', '--format', 'sarif', '--sarif-base', '/'], {cwd: dir})
    expect(empty.code).toBe(2)
    expect(await validatorFindings('gate-empty.sarif', empty.stdout)).toEqual([])
  })

  it('reports what a broken log gets wrong, so an empty list means something', async () => {
    const broken = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {driver: {name: 'posattest', rules: [{id: 'schema', shortDescription: {text: 'The file matches the schema.'}}]}},
          results: [{ruleId: 'schema', ruleIndex: 0, level: 'error', message: {text: 'x.'}, locations: [{physicalLocation: {artifactLocation: {uri: '/abs/a.yaml', uriBaseId: '%SRCROOT%'}}}]}],
        },
      ],
    }
    const findings = await validatorFindings('broken.sarif', JSON.stringify(broken, null, 2))
    expect(findings.map((f) => f.split(' ')[0])).toEqual(expect.arrayContaining(['SARIF1004', 'GH2012']))
  })
})
