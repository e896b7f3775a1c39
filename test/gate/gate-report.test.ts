import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {GATE_RULES, type GateDecision, type GateReason, type GateRule} from '../../src/gate/gate.js'
import {buildGateReport, maskEntity, renderGateReport, rulesInForce, shownVerdict, signatureRefused, submissionFacts} from '../../src/gate/gate-report.js'
import type {SubmissionVerdict} from '../../src/gate/judge-submission.js'
import type {GatePolicy} from '../../src/generated/policy.js'

// Verdicts written out by hand, as judgeSubmission would give them, so each rule of the report is seen on its own.

const POLICY: GatePolicy = {schema_version: 1, name: 'Harbour Bank', max_assessment_age_days: 365}
const NOW = '2025-06-01'

const reason = (rule: GateRule, code: string, message: string, controls: string[] = [], extra: Partial<GateReason> = {}): GateReason => ({rule, code, message, controls, ...extra})

function decision(overrides: Partial<GateDecision> = {}): GateDecision {
  return {
    outcome: 'pass',
    reasons: [],
    warnings: [],
    entity: {legal_name: 'Lotus Tea House Ltd', trading_name: 'Lotus Tea', merchant_id: 'M-1001'},
    assessment_date: '2025-03-31',
    expires_on: '2026-03-31',
    verdict: 'compliant',
    score: 100,
    signer: 'Mei Chan',
    ...overrides,
  }
}

/** A signed PDF whose signature was accepted, judged with `reasons` and `warnings`. */
function judged(reasons: GateReason[] = [], warnings: GateReason[] = [], overrides: Partial<GateDecision> = {}): SubmissionVerdict {
  const outcome = reasons.length === 0 ? 'pass' : 'fail'
  return {
    outcome,
    kind: 'pdf',
    reasons,
    warnings,
    signed: true,
    signer: 'Mei Chan',
    signing_time: '2025-04-01T00:00:00.000Z',
    decision: decision({outcome, reasons, warnings, ...overrides}),
  }
}

const FORGED = reason('signature', 'digest-mismatch', 'the signature is invalid: the signed bytes were changed', [], {refusal: 'invalid'})
/** The embedded result says compliant 100, but the signature over it is refused. */
const refused = (signature: GateReason = FORGED): SubmissionVerdict => ({
  ...judged([signature, reason('verdict', 'verdict-not-compliant', 'the verdict is non-compliant', ['SEAL-01'])], [reason('inventory', 'inventory-pts-expiring', 'expiring', ['T1'])]),
  outcome: 'fail',
})

const statuses = (verdict: SubmissionVerdict, policy: GatePolicy = POLICY) =>
  Object.fromEntries(buildGateReport('x.pdf', verdict, policy, NOW).rules.map((r) => [r.rule, r.status]))

describe('rulesInForce', () => {
  it('always judges the submission, its signature, its derivation and its age; the verdict unless any is allowed', () => {
    expect([...rulesInForce(POLICY)]).toEqual(['submission', 'signature', 'derivation', 'assessment-age', 'verdict'])
    expect(rulesInForce({...POLICY, required_verdict: 'any'}).has('verdict')).toBe(false)
  })

  it.each<[GateRule, Partial<GatePolicy>]>([
    ['reproducible', {require_reproducible: true}],
    ['catalog', {catalog_id: 'posattest-pos-terminals'}],
    ['catalog', {min_catalog_version: '1.0.0'}],
    ['open-gaps', {max_open_gaps: {high: 0}}],
    ['overdue-gaps', {no_overdue_gaps_at_or_above: 'high'}],
    ['domain-score', {min_domain_score: {default: 50}}],
    ['overall-score', {min_overall_score: 0}],
    ['required-domains', {required_domains: ['seals']}],
    ['inventory', {inventory: {min_terminals: 1}}],
  ])('puts %s in force for %j', (rule, setting) => {
    expect(rulesInForce(POLICY).has(rule)).toBe(false)
    expect(rulesInForce({...POLICY, ...setting}).has(rule)).toBe(true)
  })

  it('leaves a rule whose setting is empty out of force', () => {
    const empty = rulesInForce({...POLICY, max_open_gaps: {}, min_domain_score: {}, required_domains: [], inventory: {}, require_reproducible: false})
    expect(['open-gaps', 'domain-score', 'required-domains', 'inventory', 'reproducible'].filter((rule) => empty.has(rule as GateRule))).toEqual([])
  })
})

describe('what is shown of a verdict', () => {
  it('shows an accepted signature as judged', () => {
    const verdict = judged([reason('verdict', 'verdict-not-compliant', 'non-compliant', ['SEAL-01'])])
    expect(signatureRefused(verdict)).toBe(false)
    expect(shownVerdict(verdict)).toBe(verdict)
  })

  it('drops everything the submission says once its signature is refused: only the refusal and an unreadable-submission reason remain', () => {
    const verdict = refused()
    verdict.reasons.push(reason('submission', 'submission-unreadable', 'no result could be read'))
    expect(signatureRefused(verdict)).toBe(true)
    expect(shownVerdict(verdict)).toEqual({
      outcome: 'fail',
      kind: 'pdf',
      reasons: [FORGED, reason('submission', 'submission-unreadable', 'no result could be read')],
      warnings: [],
      signed: true,
    })
    expect(submissionFacts(verdict)).toEqual({assessment_date: null, expires_on: null, verdict: null, saq_type: null, score: null, signed: true, signer: null, signing_time: null})
  })

  it('gives the facts of an accepted one, in the key order of both outputs', () => {
    const facts = submissionFacts(judged())
    expect(Object.keys(facts)).toEqual(['assessment_date', 'expires_on', 'verdict', 'saq_type', 'score', 'signed', 'signer', 'signing_time'])
    expect(facts).toEqual({
      assessment_date: '2025-03-31',
      expires_on: '2026-03-31',
      verdict: 'compliant',
      saq_type: null,
      score: 100,
      signed: true,
      signer: 'Mei Chan',
      signing_time: '2025-04-01T00:00:00.000Z',
    })
  })

  it('escapes control characters and masks card numbers in the names the submission gives', () => {
    expect(maskEntity({legal_name: 'Lotus\x1b[2JTea', trading_name: 'Card 4111111111111111', merchant_id: 'M-\u202e1'})).toEqual({
      legal_name: String.raw`Lotus\x1b[2JTea`,
      trading_name: 'Card 411111******1111',
      merchant_id: String.raw`M-\u{202e}1`,
    })
    expect(maskEntity({legal_name: 'Plain Ltd'})).toEqual({legal_name: 'Plain Ltd'})
    const verdict = {...judged(), signer: 'Mei\rChan', signing_time: '2025\x07'}
    expect([submissionFacts(verdict).signer, submissionFacts(verdict).signing_time]).toEqual([String.raw`Mei\rChan`, String.raw`2025\x07`])
  })
})

describe('buildGateReport', () => {
  it('reports the file, policy and day, the merchant and facts, the reasons and every rule, in that key order', () => {
    const report = buildGateReport('compliant.pdf', judged(), POLICY, NOW)
    expect(Object.keys(report)).toEqual([
      'file', 'policy', 'now', 'outcome', 'kind', 'merchant',
      'assessment_date', 'expires_on', 'verdict', 'saq_type', 'score', 'signed', 'signer', 'signing_time',
      'reasons', 'warnings', 'rules',
    ])
    expect(report).toMatchObject({file: 'compliant.pdf', policy: 'Harbour Bank', now: NOW, outcome: 'pass', kind: 'pdf', merchant: decision().entity})
    expect(report.rules.map((r) => r.rule)).toEqual(Object.keys(GATE_RULES))
    expect(report.rules.find((r) => r.rule === 'verdict')?.description).toBe(GATE_RULES.verdict)
  })

  it('passes the rules in force that were judged, fails those with a reason and skips the rest', () => {
    const verdict = judged([reason('inventory', 'inventory-no-seal-ids', 'no seal ids', ['T2'])])
    expect(statuses(verdict, {...POLICY, inventory: {require_seal_ids: true}})).toEqual({
      submission: 'pass',
      signature: 'pass',
      derivation: 'pass',
      reproducible: 'skipped',
      'assessment-age': 'pass',
      catalog: 'skipped',
      verdict: 'pass',
      'open-gaps': 'skipped',
      'overdue-gaps': 'skipped',
      'domain-score': 'skipped',
      'overall-score': 'skipped',
      'required-domains': 'skipped',
      'saq-type': 'skipped',
      exceptions: 'skipped',
      inventory: 'fail',
    })
  })

  it('fails a rule with a reason even where the policy does not put it in force (a refusal found on the way)', () => {
    expect(statuses(judged([reason('reproducible', 'pages-differ', 'the pages differ')])).reproducible).toBe('fail')
  })

  it('judges only the signature of a refused submission, and nothing at all of an unreadable one but the reading', () => {
    const inForce = Object.entries(statuses(refused())).filter(([, status]) => status !== 'skipped')
    expect(inForce).toEqual([
      ['submission', 'pass'],
      ['signature', 'fail'],
    ])
    const unreadable: SubmissionVerdict = {
      outcome: 'error',
      kind: 'unknown',
      reasons: [reason('submission', 'submission-unreadable', 'the file is empty')],
      warnings: [],
      signed: false,
    }
    expect(Object.entries(statuses(unreadable)).filter(([, status]) => status !== 'skipped')).toEqual([['submission', 'fail']])
    // A PDF whose signature was checked but which carries no result: the signature was judged.
    expect(statuses({...unreadable, kind: 'pdf', signed: true}).signature).toBe('pass')
  })

  it('escapes the file and policy names, which come from whoever named the files', () => {
    const report = buildGateReport('evil\x1b[2J.pdf', judged(), {...POLICY, name: 'Bank\u202e'}, NOW)
    expect([report.file, report.policy]).toEqual([String.raw`evil\x1b[2J.pdf`, String.raw`Bank\u{202e}`])
  })
})

describe('renderGateReport: text', () => {
  const text = (verdict: SubmissionVerdict, file = 'x.pdf', policy = POLICY) => renderGateReport(buildGateReport(file, verdict, policy, NOW), 'text', '0.0.0').split('\n')

  it('heads with the outcome, the file and what is known, and ends with the policy line', () => {
    expect(text(judged(), 'compliant.pdf')).toEqual([
      'PASS compliant.pdf: Lotus Tea House Ltd trading as Lotus Tea (M-1001) · assessed 2025-03-31 · signed by Mei Chan · compliant · score 100',
      'Policy "Harbour Bank", day of judgement 2025-06-01; the assessment is accepted until 2026-03-31: 5 rules passed, 0 failed, 10 not applied',
      '',
    ])
  })

  it('names the merchant as far as it is known', () => {
    const head = (entity: GateDecision['entity']) => text(judged([], [], {entity}))[0]
    expect(head({legal_name: 'Lotus Tea', trading_name: 'Lotus Tea'})).toMatch(/^PASS x\.pdf: Lotus Tea · /)
    expect(head({legal_name: 'Lotus Tea House Ltd'})).toMatch(/^PASS x\.pdf: Lotus Tea House Ltd · /)
    const unreadable: SubmissionVerdict = {outcome: 'error', kind: 'unknown', reasons: [reason('submission', 'submission-unreadable', 'the file is empty')], warnings: [], signed: false}
    expect(text(unreadable)[0]).toBe('ERROR x.pdf: merchant unknown · unsigned')
  })

  it('says how the submission is signed from its kind and the refusal code, never from the message', () => {
    const unsignedJson: SubmissionVerdict = {...judged(), kind: 'json', signed: false, signer: undefined}
    expect(text(unsignedJson)[0]).toContain(' · unsigned result JSON · ')
    expect(text({...judged(), signer: undefined})[0]).toContain(' · signed · ')
    // The message says "untrusted", the refusal says invalid: the refusal is what counts.
    const invalid = reason('signature', 'digest-mismatch', 'the signer is untrusted', [], {refusal: 'invalid'})
    expect(text(refused(invalid))[0]).toBe('FAIL x.pdf: signature invalid · content not shown (unverified)')
    const untrusted = reason('signature', 'signer-untrusted', 'the signature is invalid', [], {refusal: 'untrusted'})
    expect(text(refused(untrusted))[0]).toBe('FAIL x.pdf: signature untrusted · content not shown (unverified)')
  })

  it('lists each failing rule and warning with the controls or terminals concerned, unless the message names them all', () => {
    const verdict = judged(
      [
        reason('verdict', 'verdict-not-compliant', 'the verdict is non-compliant with 2 open gaps', ['SEAL-01', 'RET-03']),
        reason('inventory', 'inventory-no-seal-ids', 'terminals in use without seal ids: T2', ['T2']),
        reason('inventory', 'inventory-too-few-terminals', '1 terminal in use', ['T1']),
      ],
      [reason('overall-score', 'overall-score-low', 'a warning about SEAL-01', ['SEAL-01', 'RET-03'])],
      {verdict: 'non_compliant', score: 71.4},
    )
    expect(text(verdict).slice(1, -2)).toEqual([
      'Failing rules (3):',
      '  verdict: the verdict is non-compliant with 2 open gaps (controls: SEAL-01, RET-03)',
      '  inventory: terminals in use without seal ids: T2',
      '  inventory: 1 terminal in use (terminals: T1)',
      'Warnings (1):',
      '  overall-score: a warning about SEAL-01 (controls: SEAL-01, RET-03)',
    ])
    expect(text(verdict)[0]).toContain(' · non-compliant · score 71.4')
  })

  it('counts one rule in the singular', () => {
    const unreadable: SubmissionVerdict = {outcome: 'error', kind: 'unknown', reasons: [], warnings: [], signed: false}
    expect(text(unreadable).at(-2)).toBe('Policy "Harbour Bank", day of judgement 2025-06-01: 1 rule passed, 0 failed, 14 not applied')
  })
})

describe('renderGateReport: JSON, JUnit and SARIF', () => {
  const render = (verdict: SubmissionVerdict, format: 'json' | 'junit' | 'sarif', policy = POLICY) =>
    renderGateReport(buildGateReport('gaps.pdf', verdict, policy, NOW), format, '9.9.9')
  const gaps = judged([reason('verdict', 'verdict-not-compliant', 'the verdict is non-compliant with 2 open gaps', ['SEAL-01', 'RET-03'])], [
    reason('inventory', 'inventory-pts-expiring', 'PTS approvals expiring by 2030-08-14: T1 (2030-04-30)', ['T1']),
  ])

  it('writes the report itself as JSON', () => {
    expect(JSON.parse(render(gaps, 'json'))).toEqual(buildGateReport('gaps.pdf', gaps, POLICY, NOW))
    expect(render(gaps, 'json').endsWith('}\n')).toBe(true)
  })

  it('writes one JUnit testcase per rule: a failure typed with the first reason code, a pass, or a skip saying why', () => {
    const junit = render(gaps, 'junit')
    expect(junit).toContain('<testsuites name="posattest gate" tests="15" failures="1" errors="0" skipped="10">')
    expect(junit.match(/<testcase /g)).toHaveLength(15)
    expect(junit).toContain('<failure type="verdict-not-compliant" message="the verdict is non-compliant with 2 open gaps">')
    expect(junit).toContain('<testcase classname="posattest gate gaps.pdf" name="submission: the submission can be read: a PDF report carrying its evaluated result, or a result JSON, valid against the result schema"/>')
    const skips = (verdict: SubmissionVerdict) => [...new Set([...render(verdict, 'junit').matchAll(/<skipped message="([^"]*)"/g)].map((m) => m[1]))]
    expect(skips(gaps)).toEqual(['not set by the policy'])
    expect(skips(refused())).toEqual(['not judged: the signature is refused, so nothing the submission says is taken as fact'])
    expect(skips({outcome: 'error', kind: 'unknown', reasons: [reason('submission', 'submission-unreadable', 'the file is empty')], warnings: [], signed: false})).toEqual([
      'nothing to judge: the submission has no readable result',
    ])
  })

  it('escapes XML in every name and message', () => {
    const junit = renderGateReport(buildGateReport('a&b.pdf', judged([reason('verdict', 'verdict-not-compliant', 'x < y & "z"')]), POLICY, NOW), 'junit', '1')
    expect(junit).toContain('name="a&amp;b.pdf"')
    expect(junit).toContain('message="x &lt; y &amp; &quot;z&quot;"')
  })

  it('writes SARIF with one result per reason, its code as the rule, warnings as warnings, located at the file', () => {
    const sarif = JSON.parse(render(gaps, 'sarif'))
    const run = sarif.runs[0]
    expect(run.tool.driver).toMatchObject({name: 'posattest', semanticVersion: '9.9.9'})
    // Every message a sentence (the SARIF validator's SARIF2001).
    expect(run.results.map((r: {ruleId: string; level: string; message: {text: string}}) => [r.ruleId, r.level, r.message.text])).toEqual([
      ['inventory-pts-expiring', 'warning', 'PTS approvals expiring by 2030-08-14: T1 (2030-04-30).'],
      ['verdict-not-compliant', 'error', 'the verdict is non-compliant with 2 open gaps (controls: SEAL-01, RET-03).'],
    ])
    // A reason is about the whole file: its region is the file's start.
    expect(run.results[0].locations).toEqual([
      {physicalLocation: {artifactLocation: {uri: 'gaps.pdf', uriBaseId: '%SRCROOT%'}, region: {startLine: 1, startColumn: 1}}},
    ])
    const described = (id: string, name: string, text: string) => ({
      id,
      name,
      shortDescription: {text},
      fullDescription: {text},
      help: {text},
      helpUri: 'https://github.com/posattest/posattest#the-acquirer',
    })
    expect(run.tool.driver.rules).toEqual([
      described('inventory-pts-expiring', 'InventoryPtsExpiring', `inventory: ${GATE_RULES.inventory}.`),
      described('verdict-not-compliant', 'VerdictNotCompliant', `verdict: ${GATE_RULES.verdict}.`),
    ])
    const based = JSON.parse(renderGateReport(buildGateReport('gaps.pdf', gaps, POLICY, NOW), 'sarif', '9.9.9', 'en', {sarifBase: '/nowhere'})).runs[0]
    expect(based.results[0].locations[0].physicalLocation.artifactLocation).toEqual({uri: `${pathToFileURL(path.resolve('gaps.pdf')).href}`})
  })
})
