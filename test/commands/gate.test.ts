import {execFile} from 'node:child_process'
import {copyFile, cp, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {GateReport} from '../../src/gate/gate-report.js'
import {forgedCopy, RAW_CONTROLS} from '../helpers/hostile-text.js'
import {ROOT, runCli, tempDir} from '../helpers/run-cli.js'
import {COMPLIANT_ANSWERS, GAPS_ANSWERS, GATE_FIXTURES, keygen, PASSPHRASE_ENV, signedRanges, signedReport, TEST_CATALOG} from '../helpers/signed-reports.js'
import {canonicalAnswersJson} from '../../src/evaluation/canonical-json.js'
import {evaluateAnswersFile} from '../../src/evaluation/evaluate-answers-file.js'
import {serializeResult} from '../../src/evaluation/evaluate.js'
import type {AssessmentResult} from '../../src/generated/result.js'
import {renderReport} from '../../src/report/render-report.js'

let tmp: {dir: string; cleanup: () => Promise<void>}
const at = (...names: string[]) => path.join(tmp.dir, ...names)
// Run from the temp folder, so file names in the output are as short as a user would type them.
const gate = (...args: string[]) => runCli(['gate', ...args], {cwd: tmp.dir})

beforeAll(async () => {
  tmp = await tempDir('posattest-gate-')
  await Promise.all([
    keygen(at('keys'), 'Mei Chan', 'Lotus Tea House Ltd'),
    keygen(at('other'), 'Mallory', 'Elsewhere Ltd'),
    copyFile(path.join(GATE_FIXTURES, 'policy.yaml'), at('policy.yaml')),
    copyFile(path.join(GATE_FIXTURES, 'result-compliant.json'), at('compliant.json')),
    copyFile(path.join(GATE_FIXTURES, 'result-gaps.json'), at('gaps.json')),
    cp(TEST_CATALOG, at('catalog'), {recursive: true}),
  ])
  // Rendered from the answers behind the two result fixtures: the gate evaluates the embedded answers again.
  const catalog = ['--catalog', TEST_CATALOG]
  await Promise.all([
    signedReport(COMPLIANT_ANSWERS, at('compliant.pdf'), at('keys'), '2025-04-01', catalog),
    signedReport(GAPS_ANSWERS, at('gaps.pdf'), at('keys'), '2025-04-01', catalog),
    signedReport(COMPLIANT_ANSWERS, at('untrusted.pdf'), at('other'), '2025-04-01', catalog),
  ])
})

afterAll(async () => {
  await tmp.cleanup()
})

/** A policy accepting bare result JSONs, so each rule can be tried on its own without signing. */
async function unsignedPolicy(name: string, rules: string): Promise<string> {
  await writeFile(at(name), `schema_version: 1\nname: Rule test\naccept_unsigned_results: true\ncatalogs: [catalog]\n${rules}`)
  return name
}

describe('posattest gate', () => {
  it('passes a compliant report signed by a trusted signer, printing the outcome line and the warnings', async () => {
    // When
    const {code, stdout, stderr} = await gate('compliant.pdf', '--policy', 'policy.yaml', '--now', '2025-06-01')
    // Then
    expect(stderr).toBe('')
    expect(stdout).toBe(
      [
        'PASS compliant.pdf: Lotus Tea House Ltd trading as Lotus Tea (M-1001) · assessed 2025-03-31 · signed by Mei Chan · compliant · score 100',
        'Warnings (1):',
        '  inventory: PTS approvals expiring by 2030-08-14: T1 (2030-04-30), T2 (2030-04-30)',
        'Policy "Harbour Bank card-terminal policy", day of judgement 2025-06-01; the assessment is accepted until 2026-03-31: 6 rules passed, 0 failed, 9 not applied',
        '',
      ].join('\n'),
    )
    expect(code).toBe(0)
  })

  it('fails a non-compliant report, naming every failing rule and the controls or terminals concerned', async () => {
    const {code, stdout} = await gate('gaps.pdf', '--policy', 'policy.yaml', '--now', '2025-06-01')
    expect(stdout).toBe(
      [
        'FAIL gaps.pdf: Golden Harbour Noodles Ltd trading as 金港面馆 (M-2002) · assessed 2025-03-31 · signed by Mei Chan · non-compliant · score 71.4',
        'Failing rules (2):',
        '  verdict: the verdict is non-compliant with 2 open gaps (controls: SEAL-01, RET-03)',
        '  inventory: terminals in use without seal ids: T2',
        'Warnings (1):',
        '  inventory: PTS approvals expiring by 2030-08-14: T1 (2030-04-30), T2 (2030-04-30)',
        'Policy "Harbour Bank card-terminal policy", day of judgement 2025-06-01; the assessment is accepted until 2026-03-31: 4 rules passed, 2 failed, 9 not applied',
        '',
      ].join('\n'),
    )
    expect(code).toBe(1)
  })

  it('fails a report changed after signing (one byte in the signed range) with the signature reason', async () => {
    // Given: the Producer string, inside the second signed range, changed by one digit
    const pdf = await readFile(at('compliant.pdf'))
    const offset = pdf.indexOf('(PDFKit 0.20.2)') + '(PDFKit 0.20.'.length
    const [, , start2, length2] = signedRanges(pdf)
    expect(offset).toBeGreaterThan(start2)
    expect(offset).toBeLessThan(start2 + length2)
    pdf[offset] = '3'.charCodeAt(0)
    await writeFile(at('tampered.pdf'), pdf)
    // When
    const {code, stdout} = await gate('tampered.pdf', '--policy', 'policy.yaml', '--now', '2025-06-01')
    // Then
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      // Nothing of an unverified file is shown as fact: neither its merchant nor its verdict or score.
      'FAIL tampered.pdf: signature invalid · content not shown (unverified)',
      'Failing rules (1):',
      '  signature: the signature is invalid: the signed bytes were changed after signing (the message digest does not match)',
    ])
    expect(code).toBe(1)
  })

  it('fails a report signed by an identity whose CA is not a trusted root', async () => {
    const {code, stdout} = await gate('untrusted.pdf', '--policy', 'policy.yaml', '--now', '2025-06-01')
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'FAIL untrusted.pdf: signature untrusted · content not shown (unverified)',
      'Failing rules (1):',
      '  signature: the signer Mallory does not chain to a trusted root',
    ])
    expect(code).toBe(1)
    // Trusting its CA with --ca makes the same file pass.
    const trusted = await gate('untrusted.pdf', '--policy', 'policy.yaml', '--now', '2025-06-01', '--ca', 'other/ca.pem')
    expect(trusted.stdout).toMatch(/^PASS untrusted\.pdf: .* signed by Mallory · compliant/)
    expect(trusted.code).toBe(0)
  })

  it('fails an assessment older than the policy allows on the day of judgement', async () => {
    const {code, stdout} = await gate('compliant.pdf', '--policy', 'policy.yaml', '--now', '2027-01-01')
    expect(stdout.split('\n').slice(1, 3)).toEqual([
      'Failing rules (1):',
      '  assessment-age: the assessment of 2025-03-31 is 641 days old; the policy allows 365',
    ])
    expect(code).toBe(1)
  })

  it('refuses a bare result JSON where the policy demands a signature, and judges it where unsigned results are accepted', async () => {
    const refused = await gate('compliant.json', '--policy', 'policy.yaml', '--now', '2025-06-01')
    expect(refused.stdout.split('\n').slice(0, 3)).toEqual([
      'FAIL compliant.json: unsigned result JSON · content not shown (unverified)',
      'Failing rules (1):',
      '  signature: the submission is not signed and the policy accepts only signed reports',
    ])
    expect(refused.code).toBe(1)
    const policy = await unsignedPolicy('unsigned.yaml', 'max_assessment_age_days: 365\n')
    const accepted = await gate('compliant.json', '--policy', policy, '--now', '2025-06-01')
    expect(accepted.stdout.split('\n')[0]).toBe(
      'PASS compliant.json: Lotus Tea House Ltd trading as Lotus Tea (M-1001) · assessed 2025-03-31 · unsigned result JSON · compliant · score 100',
    )
    expect(accepted.code).toBe(0)
  })

  it.each([
    ['catalog', 'catalog_id: posattest-pos-terminals\n', 'compliant.json', 'catalog-mismatch', 'catalog: the assessment uses catalog posattest-test-evaluation; the policy requires posattest-pos-terminals'],
    ['open-gaps', 'required_verdict: any\nmax_open_gaps: {high: 0}\n', 'gaps.json', 'too-many-open-gaps', 'open-gaps: 1 open high gap; the policy allows 0 (controls: SEAL-01)'],
    ['overdue-gaps', 'required_verdict: any\nno_overdue_gaps_at_or_above: high\n', 'gaps.json', 'overdue-gap', 'overdue-gaps: 1 gap at or above high past the due date: SEAL-01 (due 2025-04-14)'],
    ['domain-score', 'required_verdict: any\nmin_domain_score: {default: 50}\n', 'gaps.json', 'domain-score-low', 'domain-score: domain seals scores 40; the policy requires 50 (controls: SEAL-01)'],
    ['overall-score', 'required_verdict: any\nmin_overall_score: 80\n', 'gaps.json', 'overall-score-low', 'overall-score: the overall score is 71.4; the policy requires 80'],
    ['required-domains', 'required_domains: [encryption]\n', 'compliant.json', 'required-domain-missing', 'required-domains: domain encryption has no assessed control'],
    ['inventory', 'inventory: {min_terminals: 3}\n', 'compliant.json', 'inventory-too-few-terminals', 'inventory: 2 terminals in use; the policy expects at least 3'],
  ])('fails on the %s rule alone', async (rule, rules, submission, code, reason) => {
    // Given a policy with only this rule, on a day before any gap is overdue unless the rule is about that
    const policy = await unsignedPolicy(`${rule}.yaml`, rules)
    // When
    const {code: exit, stdout} = await gate(submission, '--policy', policy, '--now', '2025-06-01')
    const json = JSON.parse((await gate(submission, '--policy', policy, '--now', '2025-06-01', '--format', 'json')).stdout) as GateReport
    // Then
    expect(json.reasons.map((r) => [r.rule, r.code])).toEqual([[rule, code]])
    expect(stdout.split('\n').slice(1, 3)).toEqual(['Failing rules (1):', `  ${reason}`])
    expect(exit).toBe(1)
  })

  it('--lang zh-CN: the same codes, rules and exit code; the reasons and the report in Chinese', async () => {
    const policy = await unsignedPolicy('zh.yaml', 'max_assessment_age_days: 365\nmax_open_gaps: {high: 0}\ninventory: {require_seal_ids: true}\n')
    const args = ['gaps.json', '--policy', policy, '--now', '2025-06-01']
    const [en, zh, enJson, zhJson] = await Promise.all([
      gate(...args),
      gate(...args, '--lang', 'zh-CN'),
      gate(...args, '--format', 'json'),
      gate(...args, '--format', 'json', '--lang', 'zh-CN'),
    ])
    expect(en.stdout.split('\n').slice(1, 5)).toEqual([
      'Failing rules (3):',
      '  verdict: the verdict is non-compliant with 2 open gaps (controls: SEAL-01, RET-03)',
      '  open-gaps: 1 open high gap; the policy allows 0 (controls: SEAL-01)',
      '  inventory: terminals in use without seal ids: T2',
    ])
    expect(zh.stdout).toBe(
      [
        '未通过 gaps.json：Golden Harbour Noodles Ltd（经营名称 金港面馆）（M-2002） · 评估日 2025-03-31 · 未签名的结果 JSON · 不合规 · 得分 71.4',
        '未通过的规则（3）：',
        '  verdict：评估结论为不合规，有 2 个未关闭的差距（控制项：SEAL-01、RET-03）',
        '  open-gaps：有 1 个严重程度为“高”的未关闭差距；策略允许 0 个（控制项：SEAL-01）',
        '  inventory：使用中但未记录防拆封条编号的终端：T2',
        '策略“Rule test”，判定日 2025-06-01；该评估可被接受至 2026-03-31：4 条规则通过，3 条未通过，8 条未适用',
        '',
      ].join('\n'),
    )
    expect([zh.code, zh.stderr]).toEqual([en.code, en.stderr])
    const [enReport, zhReport] = [JSON.parse(enJson.stdout) as GateReport, JSON.parse(zhJson.stdout) as GateReport]
    const codes = (r: GateReport) => [...r.reasons, ...r.warnings].map((reason) => [reason.rule, reason.code, reason.controls])
    expect(codes(zhReport)).toEqual(codes(enReport))
    expect(zhReport.rules.map((r) => [r.rule, r.status])).toEqual(enReport.rules.map((r) => [r.rule, r.status]))
    expect(zhReport.rules.find((r) => r.rule === 'verdict')!.description).toBe('评估结论符合策略的要求')
    // Without --lang: the locale.
    const byLocale = await runCli(['gate', ...args], {cwd: tmp.dir, env: {LANG: 'zh_CN.UTF-8'}})
    expect(byLocale.stdout).toBe(zh.stdout)
  })

  it('prints the report as JSON with --format json and with --json', async () => {
    const {code, stdout} = await gate('gaps.pdf', '--policy', 'policy.yaml', '--now', '2025-06-01', '--format', 'json')
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as GateReport
    expect(report).toMatchObject({
      file: 'gaps.pdf',
      policy: 'Harbour Bank card-terminal policy',
      now: '2025-06-01',
      outcome: 'fail',
      kind: 'pdf',
      merchant: {legal_name: 'Golden Harbour Noodles Ltd', trading_name: '金港面馆', merchant_id: 'M-2002'},
      assessment_date: '2025-03-31',
      expires_on: '2026-03-31',
      verdict: 'non_compliant',
      score: 71.4,
      signed: true,
      signer: 'Mei Chan',
      signing_time: '2025-04-01T00:00:00.000Z',
    })
    expect(report.reasons.map((r) => [r.rule, r.code])).toEqual([
      ['verdict', 'verdict-not-compliant'],
      ['inventory', 'inventory-no-seal-ids'],
    ])
    expect(report.rules.filter((r) => r.status !== 'skipped').map((r) => `${r.rule}=${r.status}`)).toEqual([
      'submission=pass',
      'signature=pass',
      'derivation=pass',
      'assessment-age=pass',
      'verdict=fail',
      'inventory=fail',
    ])
    const viaFlag = await gate('gaps.pdf', '--policy', 'policy.yaml', '--now', '2025-06-01', '--json')
    expect(JSON.parse(viaFlag.stdout)).toEqual(report)
    expect(viaFlag.code).toBe(1)
  })

  it('writes one JUnit testcase per rule, failing, passing or skipped', async () => {
    const {code, stdout} = await gate('gaps.pdf', '--policy', 'policy.yaml', '--now', '2025-06-01', '--format', 'junit')
    expect(code).toBe(1)
    expect(stdout).toContain('<testsuite name="gaps.pdf" tests="15" failures="2" errors="0" skipped="9">')
    expect(stdout).toContain(
      '    <testcase classname="posattest gate gaps.pdf" name="verdict: the verdict is the one the policy requires">\n' +
        '      <failure type="verdict-not-compliant" message="the verdict is non-compliant with 2 open gaps">the verdict is non-compliant with 2 open gaps (controls: SEAL-01, RET-03)</failure>\n' +
        '    </testcase>\n',
    )
    expect(stdout).toContain(
      '    <testcase classname="posattest gate gaps.pdf" name="signature: the submission is signed, the signature is valid and its signer chains to a trusted root"/>\n',
    )
    expect(stdout).toContain('name="catalog: the assessment uses the required catalog at or above the minimum version">\n      <skipped message="not set by the policy"/>')
    expect(stdout.match(/<testcase /g)).toHaveLength(15)
  })

  it('writes SARIF 2.1.0 with one result per failing reason, located at the submission', async () => {
    const {code, stdout} = await gate('gaps.pdf', '--policy', 'policy.yaml', '--now', '2025-06-01', '--format', 'sarif')
    expect(code).toBe(1)
    const sarif = JSON.parse(stdout)
    expect(sarif.version).toBe('2.1.0')
    const results = sarif.runs[0].results as {ruleId: string; level: string; message: {text: string}; locations: unknown[]}[]
    expect(results.map((r) => [r.ruleId, r.level, r.message.text])).toEqual([
      ['inventory-no-seal-ids', 'error', 'terminals in use without seal ids: T2.'],
      ['inventory-pts-expiring', 'warning', 'PTS approvals expiring by 2030-08-14: T1 (2030-04-30), T2 (2030-04-30).'],
      ['verdict-not-compliant', 'error', 'the verdict is non-compliant with 2 open gaps (controls: SEAL-01, RET-03).'],
    ])
    expect(sarif.runs[0].tool.driver.rules.map((r: {id: string}) => r.id)).toEqual(['inventory-no-seal-ids', 'inventory-pts-expiring', 'verdict-not-compliant'])
    expect(results[1]!.locations).toEqual([{physicalLocation: {artifactLocation: {uri: 'gaps.pdf', uriBaseId: '%SRCROOT%'}, region: {startLine: 1, startColumn: 1}}}])
    // --sarif-base moves the root: the submission is then below it, or outside it (an absolute file: URI).
    const below = JSON.parse((await gate('gaps.pdf', '--policy', 'policy.yaml', '--now', '2025-06-01', '--format', 'sarif', '--sarif-base', '..')).stdout).runs[0]
    expect(below.originalUriBaseIds).toEqual({'%SRCROOT%': {uri: `${pathToFileURL(path.dirname(tmp.dir)).href}/`}})
    expect(below.results[0].locations[0].physicalLocation.artifactLocation).toEqual({uri: `${path.basename(tmp.dir)}/gaps.pdf`, uriBaseId: '%SRCROOT%'})
    const outside = JSON.parse((await gate('gaps.pdf', '--policy', 'policy.yaml', '--now', '2025-06-01', '--format', 'sarif', '--sarif-base', 'keys')).stdout).runs[0]
    expect(outside.results[0].locations[0].physicalLocation.artifactLocation).toEqual({uri: pathToFileURL(at('gaps.pdf')).href})
  })

  it('exits 2 for a submission that cannot be judged, saying why', async () => {
    await writeFile(at('empty.pdf'), '')
    await writeFile(at('garbage.bin'), Buffer.from([0x00, 0xff, 0x13, 0x37]))
    await writeFile(at('not-a-result.json'), '{"schema_version": 1, "verdict": "compliant"}')
    const empty = await gate('empty.pdf', '--policy', 'policy.yaml', '--now', '2025-06-01')
    expect(empty.stdout.split('\n').slice(0, 3)).toEqual(['ERROR empty.pdf: merchant unknown · unsigned', 'Failing rules (1):', '  submission: the file is empty'])
    expect(empty.code).toBe(2)
    const garbage = await gate('garbage.bin', '--policy', 'policy.yaml', '--now', '2025-06-01')
    expect(garbage.stdout.split('\n')[2]).toBe('  submission: neither a PDF report nor a result JSON')
    expect(garbage.code).toBe(2)
    // A malformed result, where unsigned results are accepted: nothing to judge.
    const policy = await unsignedPolicy('unsigned-malformed.yaml', '')
    const malformed = await gate('not-a-result.json', '--policy', policy, '--now', '2025-06-01')
    expect(malformed.stdout.split('\n')[2]).toBe(
      "  submission: the file is not a valid posattest result: missing required key 'generator' (and 8 more problems)",
    )
    expect(malformed.code).toBe(2)
    const missing = await gate('missing.pdf', '--policy', 'policy.yaml')
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([2, '', 'posattest: missing.pdf: no such file or directory\n'])
  })

  it('reports every policy error at file:line:col and exits 2', async () => {
    const policy = path.join(GATE_FIXTURES, 'policy-errors.yaml')
    const {code, stdout, stderr} = await runCli(['gate', 'x.pdf', '--policy', policy])
    expect(stdout).toBe('')
    expect(stderr).toBe(
      [
        `posattest: ${policy}:4:26: max_assessment_age_days: must be >= 1`,
        `${policy}:5:19: required_verdict: must be one of: compliant, any`,
        `${policy}:9:3: inventory.forbid_expired: unknown key`,
        '',
      ].join('\n'),
    )
    expect(code).toBe(2)
    // Once the schema is satisfied: unknown domains and unreadable trusted roots, at their place.
    await writeFile(at('roots.yaml'), 'schema_version: 1\nname: x\ntrusted_roots:\n  - keys/ca.pem\n  - nowhere.pem\nmin_domain_score:\n  seal: 80\n')
    const roots = await gate('compliant.pdf', '--policy', 'roots.yaml')
    expect(roots.stderr).toBe(
      'posattest: roots.yaml:5:5: trusted_roots.1: nowhere.pem: no such file or directory\n' +
        'roots.yaml:7:3: min_domain_score.seal: unknown domain "seal" (did you mean seals?)\n',
    )
    expect(roots.code).toBe(2)
    // A catalog the policy lists is loaded with the policy, and its problem named at its place.
    await writeFile(at('catalogs.yaml'), 'schema_version: 1\nname: x\ntrusted_roots: [keys/ca.pem]\ncatalogs:\n  - catalog\n  - nowhere\n')
    const catalogs = await gate('compliant.pdf', '--policy', 'catalogs.yaml')
    expect([catalogs.code, catalogs.stderr]).toEqual([2, 'posattest: catalogs.yaml:6:5: catalogs.1: nowhere/catalog.yaml: no such file or directory\n'])
  })

  it('exits 2 when nothing could ever be trusted, and for a bad --now', async () => {
    await writeFile(at('no-roots.yaml'), 'schema_version: 1\nname: No roots\n')
    const noRoots = await gate('compliant.pdf', '--policy', 'no-roots.yaml')
    expect([noRoots.code, noRoots.stderr]).toEqual([
      2,
      'posattest: no trusted root certificate (try: list them under trusted_roots in the policy, or pass --ca FILE)\n',
    ])
    const badDay = await gate('compliant.pdf', '--policy', 'policy.yaml', '--now', '2025-02-30')
    expect([badDay.code, badDay.stderr]).toEqual([2, 'posattest: --now must be a day (YYYY-MM-DD), not 2025-02-30\n'])
  })
})

describe('what gate shows of an unverified or hostile submission', () => {
  const RAW = RAW_CONTROLS
  const SHOWN_NAME = String.raw`Lotus\x1b[2J\x1b[H\r\x9b\u{202e}Tea`

  beforeAll(async () => {
    // The compliant answers under a merchant whose name and id carry terminal controls (YAML escapes).
    await cp(path.join(path.dirname(COMPLIANT_ANSWERS), 'evidence'), at('hostile', 'evidence'), {recursive: true})
    const answers = (await readFile(COMPLIANT_ANSWERS, 'utf8'))
      .replace('legal_name: Lotus Tea House Ltd', String.raw`legal_name: "Lotus\e[2J\e[H\r\x9b\u202eTea"`)
      .replace('merchant_id: M-1001', String.raw`merchant_id: "M-\e]0;owned\a"`)
    await writeFile(at('hostile', 'answers.yaml'), answers)
    await keygen(at('hostile-keys'), 'Mei\x1b[2J\rChan\u202e', 'Lotus Tea House Ltd')
    await signedReport(at('hostile', 'answers.yaml'), at('hostile.pdf'), at('hostile-keys'), '2025-04-01', ['--catalog', TEST_CATALOG])
    // Signed by the trusted key, then one byte of the signed range changed: the embedded result still says compliant 100.
    await writeFile(at('forged.pdf'), forgedCopy(await readFile(at('compliant.pdf'))))
  })

  it('an invalid signature: no merchant, verdict, score or date of the embedded result, in any format', async () => {
    const outputs = await Promise.all(['text', 'json', 'junit', 'sarif'].map((format) => gate('forged.pdf', '--policy', 'policy.yaml', '--now', '2025-06-01', '--format', format)))
    for (const {code, stdout} of outputs) {
      expect(code).toBe(1)
      expect(stdout).not.toContain('compliant')
      expect(stdout).not.toMatch(/\b100\b/)
      expect(stdout).not.toContain('Lotus')
      expect(stdout).not.toContain('2025-03-31')
      expect(stdout).not.toContain('Mei Chan')
    }
    const [text, json, junit] = outputs
    expect(text!.stdout.split('\n').slice(0, 3)).toEqual([
      'FAIL forged.pdf: signature invalid · content not shown (unverified)',
      'Failing rules (1):',
      '  signature: the signature is invalid: the signed bytes were changed after signing (the message digest does not match)',
    ])
    const report = JSON.parse(json!.stdout) as GateReport
    expect(report).toMatchObject({outcome: 'fail', merchant: null, assessment_date: null, expires_on: null, verdict: null, score: null, signed: true, signer: null, warnings: []})
    expect(report.reasons.map((r) => r.rule)).toEqual(['signature'])
    expect(report.rules.filter((r) => r.status !== 'skipped').map((r) => [r.rule, r.status])).toEqual([
      ['submission', 'pass'],
      ['signature', 'fail'],
    ])
    expect(junit!.stdout).toContain('<skipped message="not judged: the signature is refused, so nothing the submission says is taken as fact"/>')
  })

  it('an untrusted signer: the same, whatever the result claims', async () => {
    const {code, stdout} = await gate('hostile.pdf', '--policy', 'policy.yaml', '--now', '2025-06-01', '--format', 'json')
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as GateReport
    expect([report.merchant, report.verdict, report.score, report.signer]).toEqual([null, null, null, null])
    // The refusal names the certificate's claimed signer, escaped.
    expect(report.reasons).toEqual([
      {rule: 'signature', code: 'signer-untrusted', message: String.raw`the signer Mei\x1b[2J\rChan\u{202e} does not chain to a trusted root`, controls: [], refusal: 'untrusted'},
    ])
    expect(stdout).not.toMatch(RAW)
  })

  it('a trusted report whose merchant and signer names carry control characters: escaped in every format, XML well-formed', async () => {
    const args = ['hostile.pdf', '--policy', 'policy.yaml', '--now', '2025-06-01', '--ca', 'hostile-keys/ca.pem', '--format']
    const [text, json, junit, sarif] = await Promise.all(['text', 'json', 'junit', 'sarif'].map((format) => gate(...args, format)))
    for (const output of [text, json, junit, sarif]) expect(output!.stdout).not.toMatch(RAW)
    expect(text!.stdout.split('\n')[0]).toBe(
      String.raw`PASS hostile.pdf: ${SHOWN_NAME} trading as Lotus Tea (M-\x1b]0;owned\x07) · assessed 2025-03-31 · signed by Mei\x1b[2J\rChan\u{202e} · compliant · score 100`,
    )
    const report = JSON.parse(json!.stdout) as GateReport
    expect([report.merchant?.legal_name, report.signer]).toEqual([SHOWN_NAME, String.raw`Mei\x1b[2J\rChan\u{202e}`])
    expect(JSON.parse(sarif!.stdout).version).toBe('2.1.0')
    await writeFile(at('gate-junit.xml'), junit!.stdout)
    const lint = await new Promise<number>((resolve) => execFile('xmllint', ['--noout', at('gate-junit.xml')], (error) => resolve(error ? 1 : 0)))
    expect(lint).toBe(0)
  })

  it('the report PDF itself carries no raw control character from the result', async () => {
    const text = await new Promise<string>((resolve, reject) =>
      execFile('pdftotext', ['-enc', 'UTF-8', at('hostile.pdf'), '-'], (error, stdout) => (error ? reject(error) : resolve(stdout))),
    )
    expect(text).toContain(String.raw`Lotus\x1b[2J\x1b[H\r\x9b\u{202e}Tea`)
    expect(text.replace(/[\n\f]/g, '')).not.toMatch(RAW)
  })
})

describe('posattest gate: the result it judges is the one it derives from the embedded answers', () => {
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

  it('judges the genuine report rendered and signed the same way exactly as before', async () => {
    const {code, report} = await judge('genuine.pdf', 'policy.yaml')
    expect([code, report.outcome, report.verdict, report.score]).toEqual([1, 'fail', 'non_compliant', 85.7])
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
