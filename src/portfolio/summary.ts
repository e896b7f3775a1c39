import {UserError} from '../model/errors.js'
import {daysBetween} from '../model/day.js'
import {GATE_RULES, type GateRule} from '../gate/gate.js'
import type {GateOutcome} from '../gate/judge-submission.js'
import type {PortfolioRow} from './portfolio-row.js'

export const SUMMARY_FORMAT = 'posattest-portfolio-summary'
/** The horizons of the "expiring soon" lists, in days after the day of judgement. */
export const EXPIRY_HORIZONS = [30, 60, 90] as const

/** What the rows were judged against: summaries merge only when all of it is the same. */
export interface PortfolioContext {
  policy: {name: string; sha256: string}
  roots_sha256: string
  /** The day of judgement. */
  now: string
}

export interface ExpiringAssessment {
  file: string
  merchant: string | null
  merchant_id: string | null
  outcome: GateOutcome
  expires_on: string
  days_left: number
}

/** summary.json. Nothing in it depends on the machine or the time it was made. */
export interface PortfolioSummary extends PortfolioContext {
  format: typeof SUMMARY_FORMAT
  version: 1
  /** "i/n" when the rows are one shard of a book. */
  shard?: string
  total: number
  outcomes: Record<GateOutcome, number>
  /** Submissions failing each rule (a submission counts once per rule), most first. */
  reasons: {rule: GateRule; submissions: number}[]
  /** Judged submissions per SAQ type their derived result determined ('none' when no scoping was answered), in SAQ order. */
  saq_types: {saq_type: string; submissions: number}[]
  /** Judged submissions with an open gap in each domain, most first. */
  failing_domains: {domain: string; submissions: number}[]
  expiring: {
    /** Merchants whose assessment expires within each horizon (the counts are cumulative). */
    within_days: Record<`${(typeof EXPIRY_HORIZONS)[number]}`, number>
    /** Every assessment expiring within the longest horizon, soonest first. */
    assessments: ExpiringAssessment[]
  }
  rows: PortfolioRow[]
}

const RULE_ORDER = Object.keys(GATE_RULES) as GateRule[]
const SAQ_ORDER = ['P2PE', 'B', 'B-IP', 'ineligible', 'none']
const byFile = (a: {file: string}, b: {file: string}) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)

/** Summarises judged rows. Pure and order-independent: rows are sorted by file first. */
export function summarizePortfolio(rows: readonly PortfolioRow[], context: PortfolioContext, shard?: string): PortfolioSummary {
  const sorted = [...rows].sort(byFile)
  const outcomes: Record<GateOutcome, number> = {pass: 0, fail: 0, error: 0}
  const rules = new Map<GateRule, number>()
  const domains = new Map<string, number>()
  const saqTypes = new Map<string, number>()
  const expiring: ExpiringAssessment[] = []
  const horizon = EXPIRY_HORIZONS.at(-1)!
  for (const row of sorted) {
    outcomes[row.outcome]++
    for (const rule of new Set(row.reasons.map((r) => r.rule))) rules.set(rule, (rules.get(rule) ?? 0) + 1)
    for (const domain of new Set(row.gap_domains)) domains.set(domain, (domains.get(domain) ?? 0) + 1)
    if (row.verdict !== null) saqTypes.set(row.saq_type ?? 'none', (saqTypes.get(row.saq_type ?? 'none') ?? 0) + 1)
    if (row.outcome !== 'error' && row.expires_on !== null) {
      const daysLeft = daysBetween(context.now, row.expires_on)
      if (daysLeft >= 0 && daysLeft <= horizon) {
        expiring.push({file: row.file, merchant: row.merchant, merchant_id: row.merchant_id, outcome: row.outcome, expires_on: row.expires_on, days_left: daysLeft})
      }
    }
  }
  expiring.sort((a, b) => a.days_left - b.days_left || byFile(a, b))
  const withinDays = Object.fromEntries(
    EXPIRY_HORIZONS.map((days) => [String(days), expiring.filter((e) => e.days_left <= days).length]),
  ) as PortfolioSummary['expiring']['within_days']
  return {
    format: SUMMARY_FORMAT,
    version: 1,
    ...context,
    ...(shard === undefined ? {} : {shard}),
    total: sorted.length,
    outcomes,
    reasons: [...rules.entries()]
      .map(([rule, submissions]) => ({rule, submissions}))
      .sort((a, b) => b.submissions - a.submissions || RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule)),
    saq_types: [...saqTypes.entries()]
      .map(([saq_type, submissions]) => ({saq_type, submissions}))
      .sort((a, b) => SAQ_ORDER.indexOf(a.saq_type) - SAQ_ORDER.indexOf(b.saq_type)),
    failing_domains: [...domains.entries()]
      .map(([domain, submissions]) => ({domain, submissions}))
      .sort((a, b) => b.submissions - a.submissions || (a.domain < b.domain ? -1 : 1)),
    expiring: {within_days: withinDays, assessments: expiring},
    rows: sorted,
  }
}

/**
 * Combines the summaries of several shards (or runs over disjoint folders) into one, as if their rows had
 * been judged in one run. They must share the policy, the trusted roots and the day of judgement; shards
 * must be a complete set (each i of n exactly once); a file may appear only once.
 */
export function mergeSummaries(summaries: readonly {source: string; summary: PortfolioSummary}[]): PortfolioSummary {
  const first = summaries[0]
  if (!first) throw new UserError('nothing-to-merge', 'nothing to merge')
  const context: PortfolioContext = {policy: first.summary.policy, roots_sha256: first.summary.roots_sha256, now: first.summary.now}
  for (const {source, summary} of summaries.slice(1)) {
    const differs =
      summary.policy.sha256 !== context.policy.sha256
        ? `a different policy (${summary.policy.name}, sha256 ${summary.policy.sha256.slice(0, 12)}… against ${context.policy.sha256.slice(0, 12)}…)`
        : summary.roots_sha256 !== context.roots_sha256
          ? 'different trusted roots'
          : summary.now !== context.now
            ? `a different day of judgement (${summary.now} against ${context.now})`
            : undefined
    if (differs) throw new UserError('unlike-summaries', `${source}: was judged with ${differs} than ${first.source}; only like summaries merge`)
  }

  const shards = summaries.filter((s) => s.summary.shard !== undefined)
  if (shards.length > 0) {
    const count = Number(shards[0]!.summary.shard!.split('/')[1])
    const seen = new Map<number, string>()
    for (const {source, summary} of summaries) {
      const [index, of] = (summary.shard ?? '').split('/').map(Number)
      if (summary.shard === undefined || of !== count) {
        throw new UserError('not-a-shard', `${source}: is ${summary.shard ? `shard ${summary.shard}` : 'not a shard'}; expected a shard of ${count}`)
      }
      if (seen.has(index!)) throw new UserError('duplicate-shard', `${source}: shard ${summary.shard} is also ${seen.get(index!)}`)
      seen.set(index!, source)
    }
    const missing = Array.from({length: count}, (_, i) => i + 1).filter((i) => !seen.has(i))
    if (missing.length > 0) {
      throw new UserError('incomplete-shards', `incomplete: shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} missing`)
    }
  }

  const owner = new Map<string, string>()
  const rows: PortfolioRow[] = []
  for (const {source, summary} of summaries) {
    for (const row of summary.rows) {
      const other = owner.get(row.file)
      if (other !== undefined) throw new UserError('judged-twice', `${source}: ${row.file} was already judged in ${other}`)
      owner.set(row.file, source)
      rows.push(row)
    }
  }
  return summarizePortfolio(rows, context)
}
