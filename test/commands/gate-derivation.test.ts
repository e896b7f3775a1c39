import {copyFile, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {canonicalAnswersJson} from '../../src/evaluation/canonical-json.js'
import {evaluateAnswersFile} from '../../src/evaluation/evaluate-answers-file.js'
import {serializeResult} from '../../src/evaluation/evaluate.js'
import type {GateReport} from '../../src/gate/gate-report.js'
import type {AssessmentResult} from '../../src/generated/result.js'
import {renderReport} from '../../src/report/render-report.js'
import {ROOT, runCli, tempDir} from '../helpers/run-cli.js'
import {PASSPHRASE_ENV} from '../helpers/signed-reports.js'

// A merchant controls the PDF before signing: it renders the genuine answers with an edited result beside
// them, then signs that with `posattest sign` (which signs any PDF). The gate must refuse every such edit.
const EXAMPLES = path.join(ROOT, 'examples')
const NOW = '2026-12-01'
let tmp: {dir: string; cleanup: () => Promise<void>}
const run = (...args: string[]) => runCli(args, {cwd: tmp.dir, env: PASSPHRASE_ENV})
let genuine: {result: AssessmentResult; json: string; answersJson: string}

const EDITS: Array<[string, (result: AssessmentResult) => void, string]> = [
  ['verdict-flipped', (r) => void (r.verdict = 'compliant'), '/verdict'],
  ['score-raised', (r) => void (r.scores.overall = 100), '/scores/overall'],
  ['gap-removed', (r) => void (r.controls.find((c) => c.id === 'SEAL-02')!.finding = null), '/controls/'],
  ['due-date-moved', (r) => void (r.remediation[0]!.due_date = '2027-06-30'), '/remediation/0/due_date'],
]

/** Renders the genuine answers with `result` as the embedded result (unsigned), then signs it with the CLI. */
async function hostileReport(name: string, result: AssessmentResult): Promise<string> {
  const pdf = await renderReport(result, {
    date: new Date('2026-11-20T00:00:00Z'),
    resultJson: serializeResult(result),
    answersJson: genuine.answersJson,
  })
  await writeFile(path.join(tmp.dir, `${name}.unsigned.pdf`), pdf)
  const signed = await run('sign', `${name}.unsigned.pdf`, '-o', `${name}.pdf`, '--p12', 'keys/signer.p12', '--signing-time', '2026-11-21T00:00:00Z')
  expect(signed.code).toBe(0)
  return `${name}.pdf`
}

beforeAll(async () => {
  tmp = await tempDir('posattest-gate-derivation-')
  await copyFile(path.join(EXAMPLES, 'policy.yaml'), path.join(tmp.dir, 'policy.yaml'))
  // The most lenient policy there is: any verdict, unsigned results, no minimums. Derivation still applies.
  await writeFile(path.join(tmp.dir, 'lenient.yaml'), 'schema_version: 1\nname: Lenient\ntrusted_roots: [keys/ca.pem]\naccept_unsigned_results: true\nrequired_verdict: any\n')
  const keys = await run('keygen', '-o', 'keys', '--cn', 'Priya Shah', '--org', 'Harbour Lane Coffee Ltd', '--date', '2026-01-01')
  expect(keys.code).toBe(0)
  const evaluated = await evaluateAnswersFile(path.join(EXAMPLES, 'merchant-gaps/answers.yaml'), {generator: 'posattest 0.1.0'})
  genuine = {result: evaluated.result, json: evaluated.json, answersJson: canonicalAnswersJson(evaluated.answers)}
  await hostileReport('genuine', evaluated.result)
  for (const [name, edit] of EDITS) {
    const result = structuredClone(evaluated.result)
    edit(result)
    await hostileReport(name, result)
    await writeFile(path.join(tmp.dir, `${name}.json`), serializeResult(result))
  }
  // An older report: rendered from a stored result, so it carries no answers.
  expect((await run('evaluate', path.join(EXAMPLES, 'merchant-gaps/answers.yaml'), '-o', 'stored.json')).code).toBe(1)
  expect((await run('report', 'stored.json', '-o', 'stored.pdf', '--sign', '--p12', 'keys/signer.p12', '--signing-time', '2026-11-21T00:00:00Z')).code).toBe(0)
})

afterAll(async () => {
  await tmp.cleanup()
})

const judge = async (file: string, policy: string) => {
  const {code, stdout} = await run('gate', file, '--policy', policy, '--now', NOW, '--format', 'json')
  return {code, report: JSON.parse(stdout) as GateReport}
}

describe('gate derives the result it judges', () => {
  it('judges the genuine report rendered and signed the same way exactly as before', async () => {
    const {code, report} = await judge('genuine.pdf', 'policy.yaml')
    expect([code, report.outcome, report.verdict, report.score]).toEqual([1, 'fail', 'non_compliant', 84])
    expect(report.reasons.map((r) => r.code)).not.toContain('result-not-derived')
    expect(report.rules.find((r) => r.rule === 'derivation')?.status).toBe('pass')
    expect((await judge('genuine.pdf', 'lenient.yaml')).report.outcome).toBe('pass')
  })

  it.each(EDITS.flatMap(([name, , pointer]) => ['policy.yaml', 'lenient.yaml'].map((policy) => [name, policy, pointer])))(
    'refuses the signed report with a hand-edited result (%s) under %s, naming where it differs',
    async (name, policy, pointer) => {
      const {code, report} = await judge(`${name}.pdf`, policy)
      expect([code, report.outcome, report.signed]).toEqual([1, 'fail', true])
      expect(report.reasons.map((r) => [r.rule, r.code])).toEqual([['derivation', 'result-not-derived']])
      expect(report.reasons[0]!.message).toContain(`it differs first at ${pointer}`)
      // Nothing of the refused result is shown as fact.
      expect([report.merchant, report.verdict, report.score]).toEqual([null, null, null])
    },
  )

  it.each(EDITS.map(([name]) => [name]))('refuses the same edit (%s) in a bare result JSON where unsigned results are accepted', async (name) => {
    const {code, report} = await judge(`${name}.json`, 'lenient.yaml')
    expect([code, report.reasons.map((r) => r.code)]).toEqual([1, ['result-not-derived']])
  })

  it('refuses a signed report without the answers attachment (an older posattest, or a stored result)', async () => {
    const {code, report} = await judge('stored.pdf', 'lenient.yaml')
    expect([code, report.reasons.map((r) => r.code)]).toEqual([1, ['no-embedded-answers']])
    const text = await run('gate', 'stored.pdf', '--policy', 'lenient.yaml', '--now', NOW)
    expect(text.stdout.split('\n')[0]).toBe('FAIL stored.pdf: merchant unknown · signed by Priya Shah')
  })

  it('judges a portfolio of the same files the same way (one path for gate and the workers)', async () => {
    const {mkdir} = await import('node:fs/promises')
    await mkdir(path.join(tmp.dir, 'book'), {recursive: true})
    for (const name of ['genuine', ...EDITS.map(([n]) => n)]) await copyFile(path.join(tmp.dir, `${name}.pdf`), path.join(tmp.dir, 'book', `${name}.pdf`))
    const {stdout} = await run('portfolio', 'book', '--policy', 'lenient.yaml', '--now', NOW, '-o', 'out', '--jobs', '2')
    const rows = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {file: string; outcome: string; reasons: {code: string}[]})
    expect(rows.map((r) => [r.file, r.outcome, r.reasons.map((x) => x.code)])).toEqual([
      ['due-date-moved.pdf', 'fail', ['result-not-derived']],
      ['gap-removed.pdf', 'fail', ['result-not-derived']],
      ['genuine.pdf', 'pass', []],
      ['score-raised.pdf', 'fail', ['result-not-derived']],
      ['verdict-flipped.pdf', 'fail', ['result-not-derived']],
    ])
    expect(JSON.parse(await readFile(path.join(tmp.dir, 'out', 'summary.json'), 'utf8')).outcomes).toEqual({pass: 1, fail: 4, error: 0})
  })
})
