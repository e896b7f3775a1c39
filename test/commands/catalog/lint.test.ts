import {open} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {writeCatalogCases} from '../../helpers/catalog-cases.js'
import {runCli, tempDir} from '../../helpers/run-cli.js'

// The catalog cases of test/helpers/catalog-cases.ts, linted from the folder they are written to: the paths in
// the output are as short as a user would type them.
let cases: {dir: string; cleanup: () => Promise<void>}
beforeAll(async () => {
  cases = await writeCatalogCases(['valid', 'id-prefix', 'domain-file', 'unknown-fact', 'empty-folder', 'binary-file', 'alias-bomb'])
})
afterAll(() => cases.cleanup())
const lint = (...args: string[]) => runCli(['catalog', 'lint', ...args], {cwd: cases.dir})

const ID_PREFIX_LINE = 'id-prefix/seals.yaml:10:9'
const ID_PREFIX_MESSAGE = "control id SEL-01 does not use this file's prefix SEAL"

/** No stack trace reaches the user: no "    at foo (file:1:2)" lines. */
function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m)
}

describe('posattest catalog lint', () => {
  it('exits 0 on a clean catalog', async () => {
    const result = await lint('valid')
    expect(result).toEqual({code: 0, stdout: '3 files checked, no problems\n', stderr: ''})
  })

  it('checks the shipped catalog when no path is given, and finds it clean', async () => {
    const result = await runCli(['catalog', 'lint'])
    expect(result).toEqual({code: 0, stdout: '9 files checked, no problems\n', stderr: ''})
  })

  it('checks the shipped catalog when no path is given, even with a path piped to standard input', async () => {
    const result = await runCli(['catalog', 'lint'], {cwd: cases.dir, input: 'id-prefix\n'})
    expect(result).toEqual({code: 0, stdout: '9 files checked, no problems\n', stderr: ''})
  })

  it('exits 1 with one line per problem in text', async () => {
    const result = await lint('id-prefix')
    expect(result).toEqual({
      code: 1,
      stdout: `${ID_PREFIX_LINE}: error ${ID_PREFIX_MESSAGE} [id-prefix]\n3 files checked: 1 error, 0 warnings\n`,
      stderr: '',
    })
  })

  it('--lang zh-CN, or a Chinese locale: the same position, rule and exit code, the message in Chinese', async () => {
    const expected = {
      code: 1,
      stdout: `${ID_PREFIX_LINE}: 错误 控制项编号 SEL-01 未使用本文件的前缀 SEAL [id-prefix]\n已检查 3 个文件：1 个错误，0 个警告\n`,
      stderr: '',
    }
    expect(await lint('id-prefix', '--lang', 'zh-CN')).toEqual(expected)
    expect(await runCli(['catalog', 'lint', 'id-prefix'], {cwd: cases.dir, env: {LC_MESSAGES: 'zh_CN.UTF-8'}})).toEqual(expected)
    expect((await runCli(['catalog', 'lint', 'id-prefix', '--lang', 'en'], {cwd: cases.dir, env: {LANG: 'zh_CN.UTF-8'}})).stdout).toContain(ID_PREFIX_MESSAGE)
    const junit = await lint('id-prefix', '--lang', 'zh-CN', '--format', 'junit')
    expect(junit.stdout).toContain('<failure type="id-prefix" message="控制项编号 SEL-01 未使用本文件的前缀 SEAL">')
  })

  it('writes JSON that parses, and --json gives the same object', async () => {
    const formatted = await lint('id-prefix', '--format', 'json')
    const flagged = await lint('id-prefix', '--json')
    expect(formatted.code).toBe(1)
    expect(flagged.code).toBe(1)
    const report = JSON.parse(formatted.stdout)
    expect(JSON.parse(flagged.stdout)).toEqual(report)
    expect(report).toEqual({
      tool: 'catalog lint',
      version: expect.any(String),
      files: ['id-prefix/catalog.yaml', 'id-prefix/device-custody.yaml', 'id-prefix/seals.yaml'],
      errors: 1,
      warnings: 0,
      diagnostics: [
        {file: 'id-prefix/seals.yaml', line: 10, column: 9, rule: 'id-prefix', severity: 'error', message: ID_PREFIX_MESSAGE},
      ],
    })
  })

  it('writes SARIF 2.1.0 with the region of each result and the rules it knows', async () => {
    const result = await lint('id-prefix', '--format', 'sarif')
    expect(result.code).toBe(1)
    const sarif = JSON.parse(result.stdout)
    expect(sarif.version).toBe('2.1.0')
    const run = sarif.runs[0]
    expect(run.results).toEqual([
      {
        ruleId: 'id-prefix',
        ruleIndex: run.tool.driver.rules.findIndex((r: {id: string}) => r.id === 'id-prefix'),
        level: 'error',
        message: {text: `${ID_PREFIX_MESSAGE}.`},
        locations: [
          {physicalLocation: {artifactLocation: {uri: 'id-prefix/seals.yaml', uriBaseId: '%SRCROOT%'}, region: {startLine: 10, startColumn: 9}}},
        ],
      },
    ])
    const text = 'A references.pci_dss entry is not a requirement of PCI DSS v4.0.1.'
    expect(run.tool.driver.rules).toContainEqual({
      id: 'unknown-pci-requirement',
      name: 'UnknownPciRequirement',
      shortDescription: {text},
      fullDescription: {text},
      help: {text},
      helpUri: 'https://github.com/posattest/posattest#ci-the-catalog',
    })
    // Relative to the working directory, the base of %SRCROOT%.
    expect(run.originalUriBaseIds).toEqual({'%SRCROOT%': {uri: `${pathToFileURL(cases.dir).href}/`}})
  })

  it('writes JUnit XML with a <failure> for each problem', async () => {
    const result = await lint('id-prefix', '--format', 'junit')
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="catalog lint" tests="3" failures="1" errors="0">/)
    expect(result.stdout).toContain(
      `<failure type="id-prefix" message="control id SEL-01 does not use this file&apos;s prefix SEAL">${ID_PREFIX_LINE}: control id SEL-01 does not use this file&apos;s prefix SEAL</failure>`,
    )
  })

  it('writes GitHub workflow annotations', async () => {
    const result = await lint('id-prefix', '--format', 'github')
    expect(result).toEqual({
      code: 1,
      stdout: `::error file=id-prefix/seals.yaml,line=10,col=9,title=id-prefix::${ID_PREFIX_MESSAGE}\n`,
      stderr: '',
    })
  })

  it('lints files and folders named together', async () => {
    const result = await lint('domain-file/single/seal.yaml', 'unknown-fact')
    expect(result).toEqual({
      code: 1,
      stdout:
        `domain-file/single/seal.yaml:1:9: error domain seals belongs in seals.yaml, not seal.yaml [domain-file]\n` +
        `unknown-fact/seals.yaml:23:13: error unknown profile fact terminal_connection (did you mean terminal_connections?) [unknown-fact]\n` +
        '4 files checked: 2 errors, 0 warnings\n',
      stderr: '',
    })
  })

  describe('input that cannot be read', () => {
    let big: {dir: string; cleanup: () => Promise<void>}
    beforeAll(async () => {
      big = await tempDir('posattest-lint-cli-')
      const handle = await open(path.join(big.dir, 'seals.yaml'), 'w')
      await handle.truncate(50 * 1024 * 1024)
      await handle.close()
    })
    afterAll(() => big.cleanup())

    it('a folder without YAML: exit 2, one line', async () => {
      const result = await lint('empty-folder')
      expect(result).toEqual({
        code: 2,
        stdout: `empty-folder: error no YAML files in this folder [empty-folder]\n0 files checked: 1 error, 0 warnings\n`,
        stderr: '',
      })
    })

    it('a 50 MB file: exit 2, one line, not read', async () => {
      const file = path.join(big.dir, 'seals.yaml')
      const result = await runCli(['catalog', 'lint', file])
      expect(result.code).toBe(2)
      expect(result.stdout).toBe(
        `${file}: error file is 52428800 bytes; the limit is 5242880 [file-too-large]\n1 file checked: 1 error, 0 warnings\n`,
      )
      expectNoStack(result.stderr)
    })

    it('a binary file: exit 2, one line', async () => {
      const result = await lint('binary-file')
      expect(result.code).toBe(2)
      expect(result.stdout).toBe(
        `binary-file/seals.yaml: error not a text file (it contains NUL bytes) [binary-file]\n3 files checked: 1 error, 0 warnings\n`,
      )
      expectNoStack(result.stderr)
    })

    it('an alias bomb is a finding in a readable file: exit 1, one line, quickly', async () => {
      const started = Date.now()
      const result = await lint('alias-bomb', '--format', 'github')
      expect(result).toEqual({
        code: 1,
        stdout: `::error file=alias-bomb/seals.yaml,title=yaml-syntax::too many alias expansions (a YAML alias bomb?); refusing to expand\n`,
        stderr: '',
      })
      expect(Date.now() - started).toBeLessThan(10_000)
    })

    it('a path that does not exist: exit 2, one line on stderr', async () => {
      const result = await lint('nope')
      expect(result).toEqual({code: 2, stdout: '', stderr: `posattest: nope: no such file or directory\n`})
    })

    it('an unknown format: exit 2, one line', async () => {
      const result = await runCli(['catalog', 'lint', '--format', 'xml'])
      expect(result.code).toBe(2)
      expect(result.stderr).toBe('posattest: Expected --format=xml to be one of: text, json, junit, sarif, github (try: posattest catalog lint --help)\n')
    })
  })
})
