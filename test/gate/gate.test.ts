import {describe, expect, it} from 'vitest'
import {gateResult, type SignatureStatus} from '../../src/gate/gate.js'
import type {GatePolicy} from '../../src/generated/policy.js'
import type {AssessmentResult, ControlResult} from '../../src/generated/result.js'

const trusted: SignatureStatus = {signed: true, valid: true, trusted: true, signer: 'Demo Shop Ltd', problems: []}

function control(id: string, domain: string, severity: ControlResult['severity'], gap: boolean): ControlResult {
  return {
    id,
    domain,
    title: {en: id},
    severity,
    status: gap ? 'not_in_place' : 'in_place',
    evidence: [],
    finding: gap ? {reasons: [{code: 'not_in_place', text: {en: 'not in place'}}], devices: []} : null,
  }
}

function result(overrides: Partial<AssessmentResult> = {}): AssessmentResult {
  const controls = overrides.controls ?? [control('CUS-01', 'device-custody', 'critical', false), control('SEAL-01', 'seals', 'high', false)]
  const open = controls.filter((c) => c.finding)
  return {
    schema_version: 1,
    generator: 'posattest test',
    catalog: {id: 'posattest-pos-terminals', version: '1.0.0'},
    assessment: {
      entity: {legal_name: 'Demo Shop Ltd', merchant_id: 'M-1'},
      role: 'merchant',
      date: '2026-11-20',
      period: {start: '2025-11-20', end: '2026-11-19'},
      assessor: {name: 'A. Person', title: 'Owner', email: 'a@example.com'},
      language: 'en',
    },
    profile: {},
    inventory: [
      {serial: 'T1', make: 'Acme', model: 'P1', state: 'in-use', pts_expiry: '2027-03-01', seal_ids: ['S1'], last_inspection: '2026-11-10'},
      {serial: 'T2', make: 'Acme', model: 'P1', state: 'spare', pts_expiry: '2020-01-01'},
    ],
    controls,
    excluded: [],
    scores: {
      overall: open.length ? 60 : 100,
      domains: [
        {domain: 'device-custody', title: {en: 'Device custody'}, score: 100, applicable: 1, satisfied: 1, gaps: 0},
        {domain: 'seals', title: {en: 'Seals'}, score: open.length ? 0 : 100, applicable: 1, satisfied: open.length ? 0 : 1, gaps: open.length},
      ],
    },
    verdict: open.length ? 'non_compliant' : 'compliant',
    remediation: open.map((c) => ({
      control_id: c.id,
      domain: c.domain,
      title: c.title,
      severity: c.severity,
      priority: 'P2' as const,
      steps: [{en: 'fix it'}],
      due_date: '2026-12-20',
    })),
    ...overrides,
  }
}

const policy: GatePolicy = {schema_version: 1, name: 'test', max_assessment_age_days: 365}

describe('gateResult', () => {
  it('passes a fresh, compliant, trusted submission', () => {
    // Given / When
    const decision = gateResult(result(), policy, {now: '2026-11-25', signature: trusted})
    // Then
    expect(decision).toEqual({
      outcome: 'pass',
      reasons: [],
      warnings: [],
      entity: {legal_name: 'Demo Shop Ltd', merchant_id: 'M-1'},
      assessment_date: '2026-11-20',
      expires_on: '2027-11-20',
      verdict: 'compliant',
      score: 100,
      signer: 'Demo Shop Ltd',
    })
  })

  it('fails an unsigned result unless the policy accepts them', () => {
    const unsigned: SignatureStatus = {signed: false, valid: false, trusted: false, problems: []}
    expect(gateResult(result(), policy, {now: '2026-11-25', signature: unsigned}).reasons).toEqual([
      {rule: 'signature', message: 'the submission is not signed and the policy accepts only signed reports', controls: [], code: 'not-signed', refusal: 'unsigned'},
    ])
    expect(gateResult(result(), {...policy, accept_unsigned_results: true}, {now: '2026-11-25', signature: unsigned}).outcome).toBe('pass')
  })

  it('fails an invalid and an untrusted signature, coded by the first problem, saying what was refused', () => {
    const invalid = {...trusted, valid: false, problems: [{code: 'digest-mismatch', message: 'the digest does not match the signed bytes'}]}
    const untrusted = {...trusted, trusted: false}
    const refusal = (signature: SignatureStatus) => gateResult(result(), policy, {now: '2026-11-25', signature}).reasons.map((r) => [r.rule, r.code, r.refusal])
    expect(refusal(invalid)).toEqual([['signature', 'digest-mismatch', 'invalid']])
    expect(refusal(untrusted)).toEqual([['signature', 'signer-untrusted', 'untrusted']])
    // The reason carries the problem's own words, and names the signer.
    expect(gateResult(result(), policy, {now: '2026-11-25', signature: invalid}).reasons[0]!.message).toContain('the digest does not match the signed bytes')
    expect(gateResult(result(), policy, {now: '2026-11-25', signature: untrusted}).reasons[0]!.message).toContain('Demo Shop Ltd')
  })

  it('fails an expired and a future-dated assessment', () => {
    expect(gateResult(result(), policy, {now: '2027-11-21', signature: trusted}).reasons).toEqual([
      {rule: 'assessment-age', code: 'assessment-too-old', message: 'the assessment of 2026-11-20 is 366 days old; the policy allows 365', controls: []},
    ])
    expect(gateResult(result(), policy, {now: '2026-11-19', signature: trusted}).reasons.map((r) => [r.code, r.message])).toEqual([
      ['assessment-in-future', 'the assessment is dated 2026-11-20, after the day of judgement 2026-11-19'],
    ])
  })

  it('fails on catalog id and minimum version', () => {
    const decision = gateResult(result(), {...policy, catalog_id: 'other', min_catalog_version: '1.2.0'}, {now: '2026-11-25', signature: trusted})
    expect(decision.reasons.map((r) => [r.code, r.message])).toEqual([
      ['catalog-mismatch', 'the assessment uses catalog posattest-pos-terminals; the policy requires other'],
      ['catalog-too-old', 'catalog version 1.0.0 is older than the required 1.2.0'],
    ])
  })

  describe('allowed_saq_types', () => {
    const saqPolicy = {...policy, allowed_saq_types: ['B', 'B-IP']} as GatePolicy
    const judge = (saq: AssessmentResult['saq']) =>
      gateResult(result(saq === undefined ? {} : {saq}), saqPolicy, {now: '2026-11-25', signature: trusted})
    const criteria = [{id: 'B.1', met: true}]

    it('passes an accepted SAQ type and reports it in the decision', () => {
      const decision = judge({type: 'B-IP', criteria, unmet: []})
      expect(decision.reasons).toEqual([])
      expect(decision.saq_type).toBe('B-IP')
    })

    it('fails a SAQ type the policy does not accept', () => {
      expect(judge({type: 'P2PE', criteria, unmet: []}).reasons).toEqual([
        {rule: 'saq-type', code: 'saq-not-allowed', message: "the merchant's SAQ type is P2PE; the policy accepts B, B-IP", controls: []},
      ])
    })

    it('fails an ineligible setup naming the criteria not met', () => {
      const unmet = [{saq: 'P2PE' as const, criteria: ['P2PE.1']}, {saq: 'B' as const, criteria: ['B.1', 'B.2']}]
      expect(judge({type: 'ineligible', criteria, unmet}).reasons.map((r) => [r.code, r.message])).toEqual([
        ['saq-ineligible', 'the merchant is not eligible for any short SAQ (not met: P2PE: P2PE.1; B: B.1, B.2); the policy accepts B, B-IP'],
      ])
    })

    it('fails answers without scoping, whose SAQ was never determined', () => {
      const decision = judge(undefined)
      expect(decision.reasons.map((r) => r.code)).toEqual(['saq-not-determined'])
      expect(decision.saq_type).toBeUndefined()
    })
  })

  it('fails a non-compliant verdict naming the open gaps', () => {
    const withGap = result({controls: [control('CUS-01', 'device-custody', 'critical', false), control('SEAL-01', 'seals', 'high', true)]})
    expect(gateResult(withGap, policy, {now: '2026-11-25', signature: trusted}).reasons).toEqual([
      {rule: 'verdict', code: 'verdict-not-compliant', message: 'the verdict is non-compliant with 1 open gap', controls: ['SEAL-01']},
    ])
  })

  it('applies gap allowances, overdue gaps and score minimums when any verdict is allowed', () => {
    const withGap = result({controls: [control('CUS-01', 'device-custody', 'critical', false), control('SEAL-01', 'seals', 'high', true)]})
    const lenient: GatePolicy = {
      ...policy,
      required_verdict: 'any',
      max_open_gaps: {high: 0},
      no_overdue_gaps_at_or_above: 'high',
      min_domain_score: {default: 50},
      min_overall_score: 70,
    }
    expect(gateResult(withGap, lenient, {now: '2026-12-21', signature: trusted}).reasons).toEqual([
      {rule: 'open-gaps', code: 'too-many-open-gaps', message: '1 open high gap; the policy allows 0', controls: ['SEAL-01']},
      {rule: 'overdue-gaps', code: 'overdue-gap', message: '1 gap at or above high past the due date: SEAL-01 (due 2026-12-20)', controls: ['SEAL-01']},
      {rule: 'domain-score', code: 'domain-score-low', message: 'domain seals scores 0; the policy requires 50', controls: ['SEAL-01']},
      {rule: 'overall-score', code: 'overall-score-low', message: 'the overall score is 60; the policy requires 70', controls: []},
    ])
    expect(gateResult(withGap, {...lenient, max_open_gaps: {high: 1}, min_domain_score: {seals: 0}, min_overall_score: 50}, {now: '2026-12-20', signature: trusted}).outcome).toBe('pass')
  })

  it('fails required domains that were not assessed or not fully answered', () => {
    const unanswered = result({controls: [{...control('CUS-01', 'device-custody', 'critical', true), status: 'unanswered'}]})
    expect(gateResult(unanswered, {...policy, required_verdict: 'any', required_domains: ['device-custody', 'retention']}, {now: '2026-11-25', signature: trusted}).reasons).toEqual([
      {rule: 'required-domains', code: 'required-domain-unanswered', message: 'domain device-custody has 1 unanswered control', controls: ['CUS-01']},
      {rule: 'required-domains', code: 'required-domain-missing', message: 'domain retention has no assessed control', controls: []},
    ])
  })

  it('max_inspection_interval_days caps the interval a merchant\'s risk analysis may set', () => {
    const capped: GatePolicy = {...policy, inventory: {max_inspection_interval_days: 30}}
    const judge = (days: number | undefined) => {
      const r = result()
      if (days === undefined) delete r.profile.inspection_interval_days
      else r.profile.inspection_interval_days = days
      return gateResult(r, capped, {now: '2026-11-25', signature: trusted}).reasons
    }
    expect(judge(45)).toEqual([
      {
        rule: 'inventory',
        code: 'inventory-interval-too-long',
        message: 'the risk analysis sets 45 days between inspections (profile inspection_interval_days); the policy allows at most 30',
        controls: [],
      },
    ])
    // At the cap, or no interval of its own (the catalog's then applies): nothing to say.
    expect(judge(30)).toEqual([])
    expect(judge(undefined)).toEqual([])
    expect(gateResult({...result(), profile: {...result().profile, inspection_interval_days: 45}}, capped, {now: '2026-11-25', signature: trusted, language: 'zh-CN'}).reasons[0]!.message).toBe(
      '风险分析规定的检查间隔为 45 天（profile inspection_interval_days）；策略最多允许 30 天',
    )
  })

  it('checks the inventory of terminals in use only', () => {
    const inventoryPolicy: GatePolicy = {
      ...policy,
      inventory: {forbid_expired_pts: true, require_seal_ids: true, max_days_since_inspection: 5, pts_expiry_warning_days: 120, min_terminals: 2},
    }
    const decision = gateResult(result(), inventoryPolicy, {now: '2026-11-25', signature: trusted})
    expect(decision.reasons).toEqual([
      {rule: 'inventory', code: 'inventory-too-few-terminals', message: '1 terminal in use; the policy expects at least 2', controls: []},
      {rule: 'inventory', code: 'inventory-inspection-overdue', message: 'terminals not inspected within 5 days of the assessment: T1', controls: ['T1']},
    ])
    expect(decision.warnings).toEqual([
      {rule: 'inventory', code: 'inventory-pts-expiring', message: 'PTS approvals expiring by 2027-03-25: T1 (2027-03-01)', controls: ['T1']},
    ])
    expect(gateResult(result(), inventoryPolicy, {now: '2027-03-02', signature: trusted}).reasons[1]).toEqual({
      rule: 'inventory',
      code: 'inventory-pts-expired',
      message: 'terminal T1 is in use with a PTS approval that expired on 2027-03-01',
      controls: ['T1'],
    })
  })
})

describe('expired PTS approvals, terminal by terminal', () => {
  // T1 and T3 expired before the day of judgement, T4 has no expiry recorded, T5 is current, T2 (a spare) is not checked.
  const terminals = result({
    inventory: [
      {serial: 'T1', make: 'Acme', model: 'P1', state: 'in-use', pts_expiry: '2026-10-31'},
      {serial: 'T2', make: 'Acme', model: 'P1', state: 'spare', pts_expiry: '2020-01-01'},
      {serial: 'T3', make: 'Acme', model: 'P1', state: 'in-use', pts_expiry: '2026-11-30'},
      {serial: 'T4', make: 'Acme', model: 'P1', state: 'in-use'},
      {serial: 'T5', make: 'Acme', model: 'P1', state: 'in-use', pts_expiry: '2026-12-01'},
    ],
  })
  const expired = [
    {rule: 'inventory', code: 'inventory-pts-expired', message: 'terminal T1 is in use with a PTS approval that expired on 2026-10-31', controls: ['T1']},
    {rule: 'inventory', code: 'inventory-pts-expired', message: 'terminal T3 is in use with a PTS approval that expired on 2026-11-30', controls: ['T3']},
    {rule: 'inventory', code: 'inventory-pts-expired', message: 'terminal T4 is in use with no PTS approval expiry recorded', controls: ['T4']},
  ]
  const judge = (inventory: GatePolicy['inventory']) => gateResult(terminals, {...policy, inventory}, {now: '2026-12-01', signature: trusted})

  it('fails with one reason per expired terminal under expired_pts: fail, as under forbid_expired_pts: true', () => {
    for (const rules of [{expired_pts: 'fail'}, {forbid_expired_pts: true}, {expired_pts: 'fail', forbid_expired_pts: true}] as const) {
      const decision = judge(rules)
      expect(decision.outcome).toBe('fail')
      expect(decision.reasons).toEqual(expired)
      expect(decision.warnings).toEqual([])
    }
  })

  it('only warns, one line per expired terminal, under expired_pts: warn', () => {
    for (const rules of [{expired_pts: 'warn'}, {expired_pts: 'warn', forbid_expired_pts: false}] as const) {
      const decision = judge(rules)
      expect(decision.outcome).toBe('pass')
      expect(decision.reasons).toEqual([])
      expect(decision.warnings).toEqual(expired)
    }
  })

  it('says nothing of PTS expiry when neither key asks', () => {
    expect(judge({forbid_expired_pts: false})).toMatchObject({outcome: 'pass', reasons: [], warnings: []})
    expect(judge({min_terminals: 1})).toMatchObject({outcome: 'pass', reasons: [], warnings: []})
  })
})

describe('exceptions_valid_for_days', () => {
  const exception = (id: string, status: 'not_applicable' | 'in_place_ccw', reviewBy?: string): ControlResult => ({
    ...control(id, 'seals', 'high', false),
    status,
    ...(reviewBy === undefined ? {} : {review_by: reviewBy}),
  })
  const controls = [
    control('CUS-01', 'device-custody', 'critical', false),
    exception('SEAL-01', 'not_applicable', '2027-05-31'),
    exception('SEAL-02', 'in_place_ccw', '2027-02-28'),
    exception('SEAL-03', 'not_applicable'),
    exception('SEAL-04', 'in_place_ccw', '2027-03-01'),
  ]
  const judge = (days: number) => gateResult(result({controls}), {...policy, exceptions_valid_for_days: days}, {now: '2026-12-01', signature: trusted})

  it('fails when an exception has no review date or one before the day of judgement plus N days, naming each control', () => {
    // 2026-12-01 + 90 days = 2027-03-01: SEAL-02 (2027-02-28) falls short, SEAL-04 (2027-03-01) is just enough.
    expect(judge(90).reasons).toEqual([
      {
        rule: 'exceptions',
        code: 'exception-review-too-soon',
        message: 'exceptions must stay valid until 2027-03-01 (exceptions_valid_for_days: 90): SEAL-02 (review by 2027-02-28), SEAL-03 (no review_by)',
        controls: ['SEAL-02', 'SEAL-03'],
      },
    ])
  })

  it('passes when every exception is reviewed late enough, and ignores controls that are no exception', () => {
    const reviewed = controls.filter((c) => c.id !== 'SEAL-03')
    expect(gateResult(result({controls: reviewed}), {...policy, exceptions_valid_for_days: 89}, {now: '2026-12-01', signature: trusted}).outcome).toBe('pass')
    expect(judge(0).reasons.map((r) => r.controls)).toEqual([['SEAL-03']])
  })
})
