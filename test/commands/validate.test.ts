import {execFile} from 'node:child_process'
import {copyFile, mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {MAX_YAML_BYTES} from '../../src/io/yaml-source.js'
import {WORKERS_FROM} from '../../src/services/validate.js'
import {RAW_CONTROLS} from '../helpers/hostile-text.js'
import {largeInventorySerial, writeLargeInventoryAnswers} from '../helpers/large-inventory.js'
import {linkedEvidenceFolder} from '../helpers/linked-evidence.js'
import {runCli, tempDir} from '../helpers/run-cli.js'
import {ANSWERS_FOR_1_0_0, answersWithVersion, writeVersionedCase} from '../helpers/versioned-answers.js'

const DIR = 'test/fixtures/answers'
const CATALOG = ['--catalog', `${DIR}/catalog`]
const VALID = `${DIR}/valid/answers.yaml`
const PERIOD = `${DIR}/invalid/period.yaml`
const PERIOD_LINE = `${PERIOD}:8:12`
const PERIOD_MESSAGE = 'assessment.period: start 2026-11-19 is after end 2025-11-20'

describe('posattest validate', () => {
  test('text: a valid file exits 0', async () => {
    const r = await runCli(['validate', VALID, ...CATALOG])
    expect(r).toEqual({code: 0, stdout: '1 file checked, no problems\n', stderr: ''})
  })

  test('a missing file argument is a usage error, never a path read from piped standard input', async () => {
    const r = await runCli(['validate', ...CATALOG], {input: `${VALID}\n`})
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^posattest: Missing 1 required arg: file /)
  })

  test('text: problems exit 1, one line each with position and rule, card numbers masked', async () => {
    const r = await runCli(['validate', `${DIR}/invalid/card-number.yaml`, ...CATALOG])
    const F = `${DIR}/invalid/card-number.yaml`
    const tail = 'holds a card number'
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe(
      [
        `${F}:18:30: error a comment ${tail} (555555******4444); remove it: posattest never stores card numbers [card-number]`,
        `${F}:24:23: error controls.CUS-01.notes ${tail} (411111******1111); remove it: posattest never stores card numbers [card-number]`,
        `${F}:29:25: error controls.SEAL-01.notes ${tail} (378282*****0005); remove it: posattest never stores card numbers [card-number]`,
        `${F}:36:9: error controls.TRN-01.notes ${tail} (401288******1881); remove it: posattest never stores card numbers [card-number]`,
        `${F}:37:20: error controls.TRN-01.justification ${tail} (411111******1111); remove it: posattest never stores card numbers [card-number]`,
        '1 file checked: 5 errors, 0 warnings',
        '',
      ].join('\n'),
    )
    expect(r.stdout).not.toMatch(/4111111111111111|5555 5555 5555 4444|3782-822463-10005|4012 8888 8888 1881/)
  })

  test('json: the report with every checked file', async () => {
    const r = await runCli(['validate', VALID, PERIOD, ...CATALOG, '--format', 'json'])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toEqual({
      tool: 'posattest validate',
      version: '0.1.0',
      files: [VALID, PERIOD],
      errors: 1,
      warnings: 0,
      diagnostics: [{file: PERIOD, line: 8, column: 12, rule: 'period', severity: 'error', message: PERIOD_MESSAGE}],
    })
  })

  test('--json gives the same report as --format json', async () => {
    const a = await runCli(['validate', PERIOD, ...CATALOG, '--json'])
    const b = await runCli(['validate', PERIOD, ...CATALOG, '--format', 'json'])
    expect(a.code).toBe(1)
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout))
  })

  test('junit: a passing case per clean file, a failure per error', async () => {
    const r = await runCli(['validate', VALID, PERIOD, ...CATALOG, '--format', 'junit'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<testsuites name="posattest validate" tests="2" failures="1" errors="0">\n' +
        `  <testsuite name="${VALID}" tests="1" failures="0" errors="0">\n` +
        `    <testcase classname="posattest validate" name="${VALID}"/>\n` +
        '  </testsuite>\n' +
        `  <testsuite name="${PERIOD}" tests="1" failures="1" errors="0">\n` +
        `    <testcase classname="posattest validate" name="${PERIOD_LINE} period">\n` +
        `      <failure type="period" message="${PERIOD_MESSAGE}">${PERIOD_LINE}: ${PERIOD_MESSAGE}</failure>\n` +
        '    </testcase>\n' +
        '  </testsuite>\n' +
        '</testsuites>\n',
    )
  })

  test('sarif: results with rule ids and regions; every answers rule is described', async () => {
    const r = await runCli(['validate', PERIOD, ...CATALOG, '--format', 'sarif'])
    expect(r.code).toBe(1)
    const run = JSON.parse(r.stdout).runs[0]
    const rules = run.tool.driver.rules.map((x: {id: string}) => x.id)
    expect(rules).toEqual([
      'binary-file',
      'card-number',
      'catalog-version-unknown',
      'control-changed-since',
      'control-new-since',
      'control-retired',
      'duplicate-serial',
      'evidence-file',
      'evidence-missing',
      'evidence-outside',
      'evidence-stale',
      'file-too-large',
      'file-unreadable',
      'future-date',
      'inventory',
      'period',
      'placeholder',
      'review-by-missing',
      'review-by-too-far',
      'schema',
      'scoping',
      'scoping-missing',
      'scoping-unanswered',
      'site-duplicate',
      'site-inventory',
      'site-scope',
      'status-requirements',
      'unanswered',
      'unknown-control',
      'yaml-syntax',
    ])
    expect(run.results).toEqual([
      {
        ruleId: 'period',
        ruleIndex: rules.indexOf('period'),
        level: 'error',
        message: {text: `${PERIOD_MESSAGE}.`},
        locations: [{physicalLocation: {artifactLocation: {uri: PERIOD, uriBaseId: '%SRCROOT%'}, region: {startLine: 8, startColumn: 12}}}],
      },
    ])
  })

  test('github: one workflow annotation per problem', async () => {
    const r = await runCli(['validate', PERIOD, ...CATALOG, '--format', 'github'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(`::error file=${PERIOD},line=8,col=12,title=period::${PERIOD_MESSAGE}\n`)
  })

  test('a single unreadable file is a usage error on one line', async () => {
    const r = await runCli(['validate', 'no-such-answers.yaml', ...CATALOG])
    expect(r).toEqual({code: 2, stdout: '', stderr: 'posattest: no-such-answers.yaml: no such file or directory\n'})
  })

  test('among several files, an unreadable one is reported and the exit status is 2', async () => {
    const r = await runCli(['validate', VALID, 'no-such-answers.yaml', PERIOD, ...CATALOG])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe(
      'no-such-answers.yaml: error no such file or directory [file-unreadable]\n' +
        `${PERIOD_LINE}: error ${PERIOD_MESSAGE} [period]\n` +
        '3 files checked: 2 errors, 0 warnings\n',
    )
  })

  test('usage errors exit 2: no file, bad format, bad --today', async () => {
    const none = await runCli(['validate'])
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/^posattest: Missing 1 required arg:/)
    const format = await runCli(['validate', VALID, '--format', 'xml'])
    expect(format.code).toBe(2)
    expect(format.stderr).toMatch(/^posattest: Expected --format=xml to be one of: text, json, junit, sarif, github/)
    const today = await runCli(['validate', VALID, ...CATALOG, '--today', 'tomorrow'])
    expect(today).toEqual({code: 2, stdout: '', stderr: 'posattest: --today must be a day (YYYY-MM-DD), not tomorrow\n'})
  })

  test('--today rejects an assessment dated after it', async () => {
    const r = await runCli(['validate', VALID, ...CATALOG, '--today', '2026-11-19'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      `${VALID}:9:9: error assessment.date: 2026-11-20 is after today (2026-11-19) [future-date]\n` +
        '1 file checked: 1 error, 0 warnings\n',
    )
  })

  test('an invalid catalog is a usage error naming the catalog', async () => {
    const {dir, cleanup} = await tempDir()
    try {
      await writeFile(path.join(dir, 'catalog.yaml'), 'id: [\n')
      const r = await runCli(['validate', VALID, '--catalog', dir])
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(new RegExp(`^posattest: ${dir}/catalog\\.yaml:\\d+:\\d+: .*\\(the catalog is invalid\\) \\(try: posattest catalog lint ${dir}\\)\\n$`))
    } finally {
      await cleanup()
    }
  })

  test('a thousand files in one call, well within a CI budget', async () => {
    const {dir, cleanup} = await tempDir()
    try {
      await mkdir(path.join(dir, 'evidence'))
      await copyFile(`${DIR}/valid/evidence/register.csv`, path.join(dir, 'evidence/register.csv'))
      const files: string[] = []
      for (let i = 0; i < 1000; i++) {
        const file = path.join(dir, `answers-${String(i).padStart(4, '0')}.yaml`)
        await copyFile(i === 500 ? PERIOD : VALID, file)
        files.push(file)
      }
      const started = performance.now()
      const r = await runCli(['validate', ...files, ...CATALOG, '--format', 'json'])
      const seconds = (performance.now() - started) / 1000
      expect(r.code).toBe(1)
      const report = JSON.parse(r.stdout)
      expect(report.files).toHaveLength(1000)
      expect(report.diagnostics.map((d: {file: string; rule: string}) => [path.basename(d.file), d.rule])).toEqual([
        ['answers-0500.yaml', 'period'],
      ])
      expect(seconds).toBeLessThan(20)
    } finally {
      await cleanup()
    }
  })
})

describe('many files on worker threads', () => {
  test('give the report one thread gives, byte for byte, in every format, a missing file among them', async () => {
    const invalid = (await readdir(`${DIR}/invalid`)).filter((f) => f.endsWith('.yaml')).map((f) => `${DIR}/invalid/${f}`)
    const kinds = [VALID, ...invalid, `${DIR}/no-such-file.yaml`]
    // Past the count from which validate shares the files out (WORKERS_FROM), every kind of file many times.
    const files = Array.from({length: WORKERS_FROM + 10}, (_, i) => kinds[i % kinds.length]!)
    for (const format of ['json', 'text', 'sarif']) {
      const one = await runCli(['validate', ...files, ...CATALOG, '--format', format, '--jobs', '1'])
      const two = await runCli(['validate', ...files, ...CATALOG, '--format', format, '--jobs', '2'])
      expect(one.code).toBe(2)
      expect(two).toEqual(one)
    }
  })
})

describe('an answers file larger than the full YAML reader takes', () => {
  /** Line and column of each offset (in increasing order), counted here in one pass over the text. */
  const allAt = (text: string, offsets: number[]) => {
    const out: string[] = []
    let line = 1
    let start = 0
    let next = text.indexOf('\n')
    for (const offset of offsets) {
      while (next !== -1 && next < offset) {
        line++
        start = next + 1
        next = text.indexOf('\n', next + 1)
      }
      out.push(`${line}:${offset - start + 1}`)
    }
    return out
  }

  test('an estate past 5 MB is validated, and each problem is placed where it is, card number masked', async () => {
    const {dir, cleanup} = await tempDir()
    try {
      const file = await writeLargeInventoryAnswers(dir, 24_000)
      let text = await readFile(file, 'utf8')
      expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_YAML_BYTES)
      // Every 50th terminal's PTS approval has expired while CUS-03 says in_place: 480 problems, each at its date.
      const offsets: number[] = []
      for (let i = text.indexOf('pts_expiry: 2025-01-31'); i !== -1; i = text.indexOf('pts_expiry: 2025-01-31', i + 1)) offsets.push(i + 'pts_expiry: '.length)
      const expired = allAt(text, offsets)
      expect(expired).toHaveLength(480)
      const before = await runCli(['validate', file, '--lang', 'en', '--format', 'json'])
      expect(before.code).toBe(1)
      const diagnostics = (JSON.parse(before.stdout) as {diagnostics: {line: number; column: number; rule: string}[]}).diagnostics
      expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(expired.map((p) => `${p} inventory`))

      // Terminal 20,000 in a state the schema does not know, and a card number in terminal 23,000's location.
      const state = text.indexOf('state: in-use', text.indexOf(largeInventorySerial(20_000))) + 'state: '.length
      text = `${text.slice(0, state)}broken${text.slice(state + 'in-use'.length)}`
      const location = text.indexOf('location: ', text.indexOf(largeInventorySerial(23_000))) + 'location: '.length
      text = `${text.slice(0, location)}4111 1111 1111 1111 ${text.slice(location)}`
      await writeFile(file, text)
      const after = await runCli(['validate', file, '--lang', 'en'])
      expect(after.code).toBe(1)
      const lines = after.stdout.split('\n')
      const [statePosition, locationPosition] = allAt(text, [state, location])
      expect(lines.filter((l) => l.startsWith(`${file}:${statePosition}:`))).toEqual([expect.stringMatching(/ error inventory\.20000\.state: must be one of: .* \[schema\]$/)])
      expect(lines.filter((l) => l.startsWith(`${file}:${locationPosition}:`))).toEqual([expect.stringMatching(/ error .*411111\*{6}1111.* \[card-number\]$/)])
      expect(after.stdout).not.toContain('4111 1111')
    } finally {
      await cleanup()
    }
  })

  test('one past 5 MB that only the full reader could read is refused as too large', async () => {
    const {dir, cleanup} = await tempDir()
    try {
      const file = await writeLargeInventoryAnswers(dir, 24_000)
      await writeFile(file, (await readFile(file, 'utf8')).replace('serial: ', 'serial: &first '))
      const r = await runCli(['validate', file])
      expect(r.code).not.toBe(0)
      expect(r.stdout).toMatch(new RegExp(`^${file}: error file is \\d+ bytes; the limit is ${MAX_YAML_BYTES} \\[file-too-large\\]$`, 'm'))
    } finally {
      await cleanup()
    }
  })
})

describe('validate in Chinese', () => {
  const PERIOD_ZH = 'assessment.period：开始日期 2026-11-19 晚于结束日期 2025-11-20'

  test('--lang zh-CN: the same position, rule and exit code, the message and the count in Chinese', async () => {
    const en = await runCli(['validate', PERIOD, ...CATALOG])
    const zh = await runCli(['validate', PERIOD, ...CATALOG, '--lang', 'zh-CN'])
    expect(en.stdout).toContain(`${PERIOD_LINE}: error ${PERIOD_MESSAGE} [period]\n`)
    expect(zh).toEqual({code: en.code, stdout: `${PERIOD_LINE}: 错误 ${PERIOD_ZH} [period]\n已检查 1 个文件：1 个错误，0 个警告\n`, stderr: ''})
    const [json, sarif] = await Promise.all([
      runCli(['validate', PERIOD, ...CATALOG, '--lang', 'zh-CN', '--format', 'json']),
      runCli(['validate', PERIOD, ...CATALOG, '--lang', 'zh-CN', '--format', 'sarif']),
    ])
    expect(JSON.parse(json.stdout).diagnostics).toEqual([{file: PERIOD, line: 8, column: 12, rule: 'period', severity: 'error', message: PERIOD_ZH}])
    const result = JSON.parse(sarif.stdout).runs[0]
    expect(result.results[0]).toMatchObject({ruleId: 'period', level: 'error', message: {text: `${PERIOD_ZH}。`}})
    expect(result.tool.driver.rules.find((r: {id: string}) => r.id === 'period').shortDescription.text).toBe('评估期间的结束日期早于开始日期。')
  })

  test('card numbers stay masked in Chinese, at the same positions', async () => {
    const F = `${DIR}/invalid/card-number.yaml`
    const zh = await runCli(['validate', F, ...CATALOG, '--lang', 'zh-CN'])
    expect(zh.code).toBe(1)
    expect(zh.stdout.split('\n').slice(0, 2)).toEqual([
      `${F}:18:30: 错误 注释中含有卡号（555555******4444）；请删除：posattest 从不存储卡号 [card-number]`,
      `${F}:24:23: 错误 controls.CUS-01.notes 中含有卡号（411111******1111）；请删除：posattest 从不存储卡号 [card-number]`,
    ])
    expect(zh.stdout).not.toMatch(/4111111111111111|5555 5555 5555 4444|3782-822463-10005|4012 8888 8888 1881/)
  })

  test("without --lang: the answers file's assessment.language, else the locale", async () => {
    const {dir, cleanup} = await tempDir()
    try {
      const zhFile = path.join(dir, 'period-zh.yaml')
      await writeFile(zhFile, (await readFile(PERIOD, 'utf8')).replace('  language: en', '  language: zh-CN'))
      const broken = path.join(dir, 'broken.yaml')
      await writeFile(broken, 'a: 1\na: 2\n')
      const english = {LANG: 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined}
      const chinese = {LANG: 'zh_CN.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined}
      // The file names zh-CN: Chinese whatever the locale; --lang still decides.
      expect((await runCli(['validate', zhFile, ...CATALOG], {env: english})).stdout).toContain(`: 错误 ${PERIOD_ZH} [period]`)
      expect((await runCli(['validate', zhFile, ...CATALOG, '--lang', 'en'], {env: chinese})).stdout).toContain(`: error ${PERIOD_MESSAGE} [period]`)
      // The file names en: English under a Chinese locale.
      expect((await runCli(['validate', PERIOD, ...CATALOG], {env: chinese})).stdout).toContain(`: error ${PERIOD_MESSAGE} [period]`)
      // A file that cannot be read that far: the locale.
      const unread = await runCli(['validate', broken, ...CATALOG], {env: chinese})
      expect(unread).toEqual({code: 1, stdout: `${broken}:2:1: 错误 映射中的键重复 [yaml-syntax]\n已检查 1 个文件：1 个错误，0 个警告\n`, stderr: ''})
      expect((await runCli(['validate', broken, ...CATALOG], {env: english})).stdout).toBe(`${broken}:2:1: error Map keys must be unique [yaml-syntax]\n1 file checked: 1 error, 0 warnings\n`)
    } finally {
      await cleanup()
    }
  })
})

describe('evidence paths through symbolic links', () => {
  // The valid answers, with CUS-01's evidence naming every kind of link of linkedEvidenceFolder.
  const PATHS = ['passwd', 'sibling', 'linked-folder/doc.csv', 'dangling', 'fifo', 'inside', 'evidence-link/real.csv', 'evidence/real.csv']
  async function linkedAnswers(root: string): Promise<string> {
    const folder = await linkedEvidenceFolder(root)
    const valid = await readFile(VALID, 'utf8')
    const evidence = PATHS.map((p) => `      - path: ${p}\n        date: 2026-11-14\n`).join('')
    const text = valid.replace(/( {2}CUS-01:\n {4}status: in_place\n {4}evidence:\n)(?: {6}- path: .*\n {8}date: .*\n)/, `$1${evidence}`)
    expect(text).toContain('linked-folder/doc.csv')
    const file = path.join(folder, 'answers.yaml')
    await writeFile(file, text.replace('evidence/register.csv', 'evidence/real.csv'))
    return file
  }

  test('validate: a link leading outside is evidence-outside at its position; a dangling link, a FIFO are evidence-file; links inside pass', async () => {
    const {dir, cleanup} = await tempDir()
    try {
      await linkedAnswers(dir)
      const r = await runCli(['validate', 'answers/answers.yaml', '--catalog', path.resolve(DIR, 'catalog')], {cwd: dir})
      const F = 'answers/answers.yaml'
      expect(r.stdout).toBe(
        [
          `${F}:39:15: error controls.CUS-01.evidence.0.path: answers/passwd leads outside the answers file's folder through a symbolic link [evidence-outside]`,
          `${F}:41:15: error controls.CUS-01.evidence.1.path: answers/sibling leads outside the answers file's folder through a symbolic link [evidence-outside]`,
          `${F}:43:15: error controls.CUS-01.evidence.2.path: answers/linked-folder/doc.csv leads outside the answers file's folder through a symbolic link [evidence-outside]`,
          `${F}:45:15: error controls.CUS-01.evidence.3.path: a symbolic link to nothing: answers/dangling [evidence-file]`,
          `${F}:47:15: error controls.CUS-01.evidence.4.path: not a file: answers/fifo [evidence-file]`,
          '1 file checked: 5 errors, 0 warnings',
          '',
        ].join('\n'),
      )
      expect(r.code).toBe(1)
    } finally {
      await cleanup()
    }
  })

  test('evaluate refuses the answers in one line, and never reads what a link points at', async () => {
    const {dir, cleanup} = await tempDir()
    try {
      await linkedAnswers(dir)
      const r = await runCli(['evaluate', 'answers/answers.yaml', '--catalog', path.resolve(DIR, 'catalog')], {cwd: dir})
      expect(r).toEqual({
        code: 2,
        stdout: '',
        stderr:
          "posattest: answers/answers.yaml:39:15: controls.CUS-01.evidence.0.path: answers/passwd leads outside the answers file's folder through a symbolic link (4 more; run posattest validate answers/answers.yaml)\n",
      })
    } finally {
      await cleanup()
    }
  })
})

describe('control characters from the answers', () => {
  // A legal name and an evidence path carrying ESC [2J ESC [H (clear the screen, cursor home), CR, a C1 CSI
  // and U+202E (right-to-left override), written as YAML escapes: the values hold the raw characters.
  const HOSTILE = `${DIR}/hostile/answers.yaml`
  const NAME = String.raw`CHANGE ME \x1b[2J\x1b[H\rHarbour\x9b\u{202e}Ltd`
  const EVIDENCE = String.raw`${DIR}/hostile/evidence/\x1b[2J\x1b[H\r\x9b\u{202e}gone.csv`
  const NAME_MESSAGE = `assessment.entity.legal_name: replace the placeholder "${NAME}"`
  const EVIDENCE_MESSAGE = `controls.CUS-01.evidence.0.path: no such file: ${EVIDENCE}`
  const RAW = RAW_CONTROLS
  const validate = (format: string) => runCli(['validate', HOSTILE, ...CATALOG, '--format', format])

  test('text and github: the exact lines, with visible escapes and none of the raw characters', async () => {
    const text = await validate('text')
    expect(text.stdout).toBe(
      [
        `${HOSTILE}:4:17: error ${NAME_MESSAGE} [placeholder]`,
        `${HOSTILE}:39:15: error ${EVIDENCE_MESSAGE} [evidence-file]`,
        '1 file checked: 2 errors, 0 warnings',
        '',
      ].join('\n'),
    )
    expect(text.stdout).not.toMatch(RAW)
    const github = await validate('github')
    expect(github.stdout).toBe(
      `::error file=${HOSTILE},line=4,col=17,title=placeholder::${NAME_MESSAGE}\n` +
        `::error file=${HOSTILE},line=39,col=15,title=evidence-file::${EVIDENCE_MESSAGE}\n`,
    )
    expect(github.stdout).not.toMatch(RAW)
  })

  test('json and sarif parse as JSON and carry the escaped text', async () => {
    const json = await validate('json')
    expect(json.stdout).not.toMatch(RAW)
    expect(JSON.parse(json.stdout).diagnostics.map((d: {message: string}) => d.message)).toEqual([NAME_MESSAGE, EVIDENCE_MESSAGE])
    const sarif = await validate('sarif')
    expect(sarif.stdout).not.toMatch(RAW)
    expect(JSON.parse(sarif.stdout).runs[0].results.map((r: {message: {text: string}}) => r.message.text)).toEqual([`${NAME_MESSAGE}.`, `${EVIDENCE_MESSAGE}.`])
  })

  test('junit is well-formed XML (xmllint) with the escaped text', async () => {
    const junit = await validate('junit')
    expect(junit.stdout).not.toMatch(RAW)
    const xml = NAME_MESSAGE.replaceAll('"', '&quot;')
    expect(junit.stdout).toContain(`<failure type="placeholder" message="${xml}">${HOSTILE}:4:17: ${xml}</failure>`)
    const {dir, cleanup} = await tempDir()
    try {
      await writeFile(path.join(dir, 'junit.xml'), junit.stdout)
      const lint = await runXmllint(path.join(dir, 'junit.xml'))
      expect(lint).toEqual({code: 0, stderr: ''})
    } finally {
      await cleanup()
    }
  })

  test('a file name with control characters in a one-line error is escaped too', async () => {
    const r = await runCli(['validate', 'no\x1b[2Jsuch\r.yaml', ...CATALOG])
    expect(r).toEqual({code: 2, stdout: '', stderr: String.raw`posattest: no\x1b[2Jsuch\r.yaml: no such file or directory` + '\n'})
  })
})

function runXmllint(file: string): Promise<{code: number; stderr: string}> {
  return new Promise((resolve, reject) => {
    execFile('xmllint', ['--noout', file], (error, _stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error)
      else resolve({code: error ? Number(error.code) : 0, stderr})
    })
  })
}

describe('answers written for an older catalog', () => {
  const SEAL_02 = '  SEAL-02:\n    status: not_applicable\n    justification: Terminals are photographed by the bank\n    review_by: 2027-06-30\n'
  const FILES = {
    // As written for 1.0.0: new and changed controls are warnings at the top, the new one is also unanswered.
    'old.yaml': ANSWERS_FOR_1_0_0,
    // Naming 1.0.0, with the new control already answered: warnings only, at the catalog_version key.
    'answered.yaml': answersWithVersion('1.0.0', ANSWERS_FOR_1_0_0 + SEAL_02),
    // Brought up to 1.1.0: nothing to say.
    'current.yaml': answersWithVersion('1.1.0', ANSWERS_FOR_1_0_0.replace('  CUS-09:\n    status: in_place\n', '') + SEAL_02),
    'newer.yaml': answersWithVersion('1.2.0', ANSWERS_FOR_1_0_0.replace('  CUS-09:\n    status: in_place\n', '') + SEAL_02),
  }
  let at: Awaited<ReturnType<typeof writeVersionedCase>>
  beforeAll(async () => {
    at = await writeVersionedCase(FILES)
  })
  afterAll(() => at.cleanup())
  const validateIn = (...args: string[]) => runCli(['validate', ...args, '--catalog', 'catalog-versions'], {cwd: at.dir})

  const CHANGED = 'CUS-01 (Terminal inventory) changed in catalog 1.1.0 (these answers are for 1.0.0): check its answer, then set catalog_version: 1.1.0'
  const NEW = 'SEAL-02 (Seals photographed) is new in catalog 1.1.0 (these answers are for 1.0.0): answer it, then set catalog_version: 1.1.0'
  const RETIRED = 'controls.CUS-09: CUS-09 was retired in catalog 1.1.0 (these answers are for 1.0.0) and is no longer assessed; remove its answer'

  test('without catalog_version: 1.0.0; each new or changed control a warning at the top, a retired answer a warning at its key', async () => {
    expect(await validateIn('old.yaml')).toEqual({
      code: 1,
      stdout: [
        `old.yaml:1:1: warning ${CHANGED} [control-changed-since]`,
        `old.yaml:1:1: warning ${NEW} [control-new-since]`,
        'old.yaml:42:1: error SEAL-02 (Seals photographed) is not answered: add it under controls with a status [unanswered]',
        `old.yaml:52:3: warning ${RETIRED} [control-retired]`,
        '1 file checked: 1 error, 3 warnings',
        '',
      ].join('\n'),
      stderr: '',
    })
  })

  test('an otherwise valid file exits 0, the warnings at its catalog_version key; a current one has nothing to say', async () => {
    expect(await validateIn('answered.yaml', 'current.yaml')).toEqual({
      code: 0,
      stdout: [
        `answered.yaml:3:1: warning ${CHANGED} [control-changed-since]`,
        `answered.yaml:3:1: warning ${NEW} [control-new-since]`,
        `answered.yaml:53:3: warning ${RETIRED} [control-retired]`,
        '2 files checked: 0 errors, 3 warnings',
        '',
      ].join('\n'),
      stderr: '',
    })
  })

  test('a catalog_version newer than the catalog is an error, exit 1, and evaluate refuses the file', async () => {
    const message = 'catalog_version: these answers are for catalog 1.2.0, newer than this catalog (fixture-catalog 1.1.0); use the posattest (or --catalog) they were written with'
    expect(await validateIn('newer.yaml')).toEqual({
      code: 1,
      stdout: `newer.yaml:3:18: error ${message} [catalog-version-unknown]\n1 file checked: 1 error, 0 warnings\n`,
      stderr: '',
    })
    const evaluated = await runCli(['evaluate', 'newer.yaml', '--catalog', 'catalog-versions'], {cwd: at.dir})
    expect(evaluated).toMatchObject({code: 2, stdout: '', stderr: `posattest: newer.yaml:3:18: ${message}\n`})
  })

  test('every format carries the warnings as warnings: json, sarif, junit (no failure), github', async () => {
    const json = JSON.parse((await validateIn('answered.yaml', '--format', 'json')).stdout)
    expect(json).toMatchObject({errors: 0, warnings: 3})
    expect(json.diagnostics.map((d: {rule: string; severity: string; line: number}) => `${d.line} ${d.severity} ${d.rule}`)).toEqual([
      '3 warning control-changed-since',
      '3 warning control-new-since',
      '53 warning control-retired',
    ])
    const sarif = JSON.parse((await validateIn('answered.yaml', '--format', 'sarif')).stdout).runs[0]
    expect(sarif.results.map((r: {ruleId: string; level: string}) => `${r.level} ${r.ruleId}`)).toEqual([
      'warning control-changed-since',
      'warning control-new-since',
      'warning control-retired',
    ])
    expect(sarif.results[0].locations[0].physicalLocation.region).toEqual({startLine: 3, startColumn: 1})
    const junit = await validateIn('answered.yaml', '--format', 'junit')
    expect(junit.code).toBe(0)
    expect(junit.stdout).toContain('<testsuite name="answered.yaml" tests="1" failures="0" errors="0">')
    const github = await validateIn('answered.yaml', '--format', 'github')
    expect(github.stdout.split('\n')).toEqual([
      `::warning file=answered.yaml,line=3,col=1,title=control-changed-since::${CHANGED}`,
      `::warning file=answered.yaml,line=3,col=1,title=control-new-since::${NEW}`,
      `::warning file=answered.yaml,line=53,col=3,title=control-retired::${RETIRED}`,
      '',
    ])
  })
})
