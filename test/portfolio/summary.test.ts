import {describe, expect, it} from 'vitest'
import {errorRow, type PortfolioRow} from '../../src/portfolio/portfolio-row.js'
import {groupMerchants, mergeSummaries, summarizePortfolio, type PortfolioContext} from '../../src/portfolio/summary.js'

const context: PortfolioContext = {policy: {name: 'Test policy', sha256: 'a'.repeat(64)}, roots_sha256: 'b'.repeat(64), now: '2026-12-01'}

function row(file: string, outcome: PortfolioRow['outcome'], overrides: Partial<PortfolioRow> = {}): PortfolioRow {
  return {
    ...errorRow(file, 'unused'),
    kind: 'pdf',
    outcome,
    reasons: [],
    merchant: `Merchant ${file}`,
    merchant_id: `M-${file}`,
    assessment_date: '2026-01-01',
    expires_on: '2027-01-01',
    verdict: outcome === 'pass' ? 'compliant' : 'non_compliant',
    score: 90,
    signed: true,
    ...overrides,
  }
}

const rows = [
  row('c.pdf', 'fail', {
    reasons: [
      {rule: 'verdict', code: 'verdict-not-compliant', message: 'non-compliant', controls: ['SEAL-01']},
      {rule: 'domain-score', code: 'domain-score-low', message: 'seals', controls: []},
      {rule: 'domain-score', code: 'domain-score-low', message: 'retention', controls: []},
    ],
    gap_domains: ['seals', 'retention'],
    expires_on: '2026-12-01',
  }),
  row('a.pdf', 'pass', {expires_on: '2027-02-28'}),
  row('b.pdf', 'pass', {expires_on: '2026-12-31'}),
  row('d.pdf', 'fail', {reasons: [{rule: 'verdict', code: 'verdict-not-compliant', message: 'non-compliant', controls: []}], gap_domains: ['seals'], expires_on: '2026-11-30'}),
  errorRow('e.pdf', 'the file is empty'),
  row('f.pdf', 'pass', {expires_on: '2027-03-02'}),
]

describe('summarizePortfolio', () => {
  it('counts outcomes, failing rules (once per submission), gap domains and expiring assessments', () => {
    // When
    const summary = summarizePortfolio(rows, context)
    // Then
    expect(summary.total).toBe(6)
    expect(summary.outcomes).toEqual({pass: 3, fail: 2, error: 1})
    expect(summary.reasons).toEqual([
      {rule: 'verdict', submissions: 2},
      {rule: 'submission', submissions: 1},
      {rule: 'domain-score', submissions: 1},
    ])
    expect(summary.failing_domains).toEqual([
      {domain: 'seals', submissions: 2},
      {domain: 'retention', submissions: 1},
    ])
    // d.pdf expired yesterday, f.pdf expires in 91 days: neither is "expiring within 90 days".
    expect(summary.expiring).toEqual({
      within_days: {'30': 2, '60': 2, '90': 3},
      assessments: [
        {file: 'c.pdf', merchant: 'Merchant c.pdf', merchant_id: 'M-c.pdf', outcome: 'fail', expires_on: '2026-12-01', days_left: 0},
        {file: 'b.pdf', merchant: 'Merchant b.pdf', merchant_id: 'M-b.pdf', outcome: 'pass', expires_on: '2026-12-31', days_left: 30},
        {file: 'a.pdf', merchant: 'Merchant a.pdf', merchant_id: 'M-a.pdf', outcome: 'pass', expires_on: '2027-02-28', days_left: 89},
      ],
    })
    expect(summary.rows.map((r) => r.file)).toEqual(['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf', 'e.pdf', 'f.pdf'])
    expect(summary).not.toHaveProperty('shard')
  })
})

describe('mergeSummaries', () => {
  const shard = (index: number, files: string[], overrides: Partial<PortfolioContext> = {}) => ({
    source: `shard${index}/summary.json`,
    summary: summarizePortfolio(
      rows.filter((r) => files.includes(r.file)),
      {...context, ...overrides},
      `${index}/2`,
    ),
  })

  it('gives exactly the summary of one run over all the rows', () => {
    const merged = mergeSummaries([shard(2, ['b.pdf', 'e.pdf']), shard(1, ['a.pdf', 'c.pdf', 'd.pdf', 'f.pdf'])])
    expect(JSON.stringify(merged)).toBe(JSON.stringify(summarizePortfolio(rows, context)))
  })

  it('refuses summaries that do not belong together', () => {
    expect(() => mergeSummaries([shard(1, ['a.pdf'])])).toThrow('incomplete: shard 2/2 missing')
    expect(() => mergeSummaries([shard(1, ['a.pdf']), shard(1, ['b.pdf'])])).toThrow('shard1/summary.json: shard 1/2 is also shard1/summary.json')
    expect(() => mergeSummaries([shard(1, ['a.pdf']), shard(2, ['a.pdf'])])).toThrow('shard2/summary.json: a.pdf was already judged in shard1/summary.json')
    expect(() => mergeSummaries([shard(1, ['a.pdf']), shard(2, ['b.pdf'], {now: '2026-12-02'})])).toThrow(
      'shard2/summary.json: was judged with a different day of judgement (2026-12-02 against 2026-12-01) than shard1/summary.json; only like summaries merge',
    )
    expect(() => mergeSummaries([shard(1, ['a.pdf']), shard(2, ['b.pdf'], {roots_sha256: 'c'.repeat(64)})])).toThrow('different trusted roots')
    expect(() => mergeSummaries([shard(1, ['a.pdf']), shard(2, ['b.pdf'], {policy: {name: 'Other', sha256: 'd'.repeat(64)}})])).toThrow(
      'shard2/summary.json: was judged with a different policy (Other, sha256 dddddddddddd… against aaaaaaaaaaaa…) than shard1/summary.json',
    )
  })
})

describe('groupMerchants', () => {
  const submission = (file: string, overrides: Partial<PortfolioRow> = {}) => row(file, 'pass', {merchant: 'Lotus Tea House Ltd', merchant_id: 'M-1', ...overrides})

  it('takes the latest by the derived assessment date, then the trusted timestamp, never by the claimed signing time', () => {
    const merchants = groupMerchants([
      submission('a.pdf', {assessment_date: '2026-03-01', signing_time: '2026-09-01T00:00:00.000Z'}),
      submission('b.pdf', {assessment_date: '2026-06-01', signing_time: '2026-06-02T00:00:00.000Z', outcome: 'fail'}),
      submission('c.pdf', {assessment_date: '2026-06-01', trusted_time: '2026-06-01T10:00:00.000Z'}),
    ])
    expect(merchants.total).toBe(1)
    expect(merchants.outcomes).toEqual({pass: 1, fail: 0, error: 0})
    expect(merchants.groups[0]!.latest).toEqual({file: 'c.pdf', outcome: 'pass', assessment_date: '2026-06-01', trusted_time: '2026-06-01T10:00:00.000Z'})
    expect(merchants.groups[0]!.predecessor?.file).toBe('b.pdf')
    expect(merchants.groups[0]!.flags).toEqual([])
  })

  it('flags a merchant whose submission timestamped last is older than the one timestamped before it', () => {
    const merchants = groupMerchants([
      submission('new.pdf', {assessment_date: '2026-06-01', trusted_time: '2026-06-02T09:00:00.000Z'}),
      submission('old.pdf', {assessment_date: '2026-03-01', trusted_time: '2026-07-01T09:00:00.000Z'}),
    ])
    expect(merchants.groups[0]!.latest.file).toBe('new.pdf')
    expect(merchants.groups[0]!.flags).toEqual([
      {
        code: 'merchant-older-than-predecessor',
        message: 'old.pdf (assessed 2026-03-01, timestamped 2026-07-01T09:00:00.000Z) was signed after new.pdf (assessed 2026-06-01, timestamped 2026-06-02T09:00:00.000Z)',
      },
    ])
    expect(merchants.flagged).toBe(1)
  })

  it('flags an id under two names, keeps agents apart, and groups nothing a refused or unsigned submission claims', () => {
    const refused = {reasons: [{rule: 'signature' as const, code: 'digest-mismatch', message: 'changed', controls: []}]}
    const merchants = groupMerchants([
      submission('a.pdf'),
      submission('b.pdf', {merchant: 'Lotus Tea Ltd', assessment_date: '2026-02-01'}),
      submission('iso.pdf', {agent: 'Harbour ISO'}),
      // Rows whose signature was refused or absent: whatever merchant they name is not a fact.
      submission('forged.pdf', {...refused, merchant: 'Someone Else', assessment_date: '2027-01-01'}),
      submission('unsigned.json', {signed: false, merchant: 'Someone Else', assessment_date: '2027-01-01'}),
      submission('no-id.pdf', {merchant_id: null}),
      errorRow('empty.json', 'the file is empty'),
    ])
    expect(merchants.ungrouped).toEqual({unverified: 3, no_merchant_id: 1})
    expect(merchants.groups.map((g) => [g.merchant_id, g.agent, g.submissions, g.latest.file, g.flags.map((f) => f.code)])).toEqual([
      ['M-1', null, 2, 'b.pdf', ['merchant-id-two-names']],
      ['M-1', 'Harbour ISO', 1, 'iso.pdf', []],
    ])
    expect(merchants.groups[0]!.names).toEqual(['Lotus Tea House Ltd', 'Lotus Tea Ltd'])
  })
})
