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

/** Why a merchant needs a second look; each a stable code. */
export const MERCHANT_FLAGS = {
  /** Of its submissions with a trusted timestamp, the one signed last attests an older assessment than the one signed before it. */
  'merchant-older-than-predecessor': 'the submission signed last is older than its predecessor',
  /** Its verified submissions name it differently (legal name). */
  'merchant-id-two-names': 'the merchant id appears under more than one name',
} as const
export type MerchantFlagCode = keyof typeof MERCHANT_FLAGS

/** One verified submission of a merchant, as the merchant list shows it. */
export interface MerchantSubmission {
  file: string
  outcome: GateOutcome
  /** Of the derived result. */
  assessment_date: string
  /** A trusted timestamp's time, null without one. */
  trusted_time: string | null
}

/** The verified submissions of one merchant id (under one agent, or none). */
export interface MerchantGroup {
  merchant_id: string
  agent: string | null
  /** The legal name of the latest submission. */
  merchant: string | null
  /** Every legal name its submissions carry, sorted. */
  names: string[]
  submissions: number
  /** The newest assessment (derived assessment date; then the later trusted timestamp; then the file name). */
  latest: MerchantSubmission
  /** The one before it in that order; null for a merchant with one submission. */
  predecessor: MerchantSubmission | null
  flags: {code: MerchantFlagCode; message: string}[]
}

/**
 * The book by merchant. Only what a verified submission says is a fact: a submission groups under its merchant
 * id (and agent) only when its signature was accepted and its result derived; every other file counts in
 * `ungrouped`, under nothing it claims.
 */
export interface PortfolioMerchants {
  /** Distinct merchants (merchant id and agent). */
  total: number
  /** Merchants by the outcome of their latest submission. */
  outcomes: Record<GateOutcome, number>
  /** Merchants with at least one flag. */
  flagged: number
  ungrouped: {
    /** Submissions without an accepted signature over a derived result: unreadable, refused, unsigned, underived. */
    unverified: number
    /** Verified submissions whose result names no merchant id. */
    no_merchant_id: number
  }
  /** By merchant id, then agent (none first). */
  groups: MerchantGroup[]
}

/** summary.json. Nothing in it depends on the machine or the time it was made. */
export interface PortfolioSummary extends PortfolioContext {
  format: typeof SUMMARY_FORMAT
  version: 1
  /** "i/n" when the rows are one shard of a book. */
  shard?: string
  total: number
  outcomes: Record<GateOutcome, number>
  /** The submissions grouped by merchant. */
  merchants: PortfolioMerchants
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
    merchants: groupMerchants(sorted),
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

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Whether a row's merchant is a fact: an accepted signature over a derived result (the row then names it). */
function verifiedMerchant(row: PortfolioRow): boolean {
  return row.signed && row.verdict !== null && row.assessment_date !== null && !row.reasons.some((r) => r.rule === 'signature')
}

/** The merchant a row groups under (its id and agent), or undefined when it groups under none. */
export function merchantKey(row: Pick<PortfolioRow, 'signed' | 'verdict' | 'assessment_date' | 'reasons' | 'merchant_id' | 'agent'>): string | undefined {
  return verifiedMerchant(row as PortfolioRow) && row.merchant_id !== null ? JSON.stringify([row.merchant_id, row.agent ?? null]) : undefined
}

/** Oldest first: the derived assessment date, then the trusted timestamp (none first), then the file name. */
function byAssessment(a: PortfolioRow, b: PortfolioRow): number {
  return byCodeUnit(a.assessment_date!, b.assessment_date!) || byCodeUnit(a.trusted_time ?? '', b.trusted_time ?? '') || byCodeUnit(a.file, b.file)
}

const shown = (row: PortfolioRow): MerchantSubmission => ({file: row.file, outcome: row.outcome, assessment_date: row.assessment_date!, trusted_time: row.trusted_time ?? null})

/**
 * Groups the verified rows by merchant id and agent. "Latest" is decided by what is verified, never by a time
 * the signer claims: the derived assessment date, then the trusted timestamp. A merchant is flagged when, of
 * its timestamped submissions, the one signed last attests an older assessment than the one signed before
 * it (merchant-older-than-predecessor), and when its submissions carry two legal names (merchant-id-two-names).
 */
export function groupMerchants(rows: readonly PortfolioRow[]): PortfolioMerchants {
  const groups = new Map<string, PortfolioRow[]>()
  const ungrouped = {unverified: 0, no_merchant_id: 0}
  for (const row of rows) {
    const key = merchantKey(row)
    if (!verifiedMerchant(row)) ungrouped.unverified++
    else if (key === undefined) ungrouped.no_merchant_id++
    else {
      const group = groups.get(key)
      if (group) group.push(row)
      else groups.set(key, [row])
    }
  }
  const outcomes: Record<GateOutcome, number> = {pass: 0, fail: 0, error: 0}
  const list: MerchantGroup[] = []
  for (const members of groups.values()) {
    const ordered = [...members].sort(byAssessment)
    const latest = ordered.at(-1)!
    const predecessor = ordered.at(-2)
    const names = [...new Set(members.map((m) => m.merchant).filter((n): n is string => n !== null))].sort(byCodeUnit)
    const flags: MerchantGroup['flags'] = []
    const signed = members.filter((m) => m.trusted_time !== null).sort((a, b) => byCodeUnit(a.trusted_time!, b.trusted_time!) || byCodeUnit(a.file, b.file))
    const [before, last] = [signed.at(-2), signed.at(-1)]
    if (before && last && last.assessment_date! < before.assessment_date!) {
      flags.push({
        code: 'merchant-older-than-predecessor',
        message: `${last.file} (assessed ${last.assessment_date}, timestamped ${last.trusted_time}) was signed after ${before.file} (assessed ${before.assessment_date}, timestamped ${before.trusted_time})`,
      })
    }
    if (names.length > 1) flags.push({code: 'merchant-id-two-names', message: `merchant id ${latest.merchant_id} appears under ${names.length} names: ${names.join(', ')}`})
    outcomes[latest.outcome]++
    list.push({
      merchant_id: latest.merchant_id!,
      agent: latest.agent ?? null,
      merchant: latest.merchant,
      names,
      submissions: members.length,
      latest: shown(latest),
      predecessor: predecessor ? shown(predecessor) : null,
      flags,
    })
  }
  list.sort((a, b) => byCodeUnit(a.merchant_id, b.merchant_id) || byCodeUnit(a.agent ?? '', b.agent ?? '') || (a.agent === null ? -1 : b.agent === null ? 1 : 0))
  return {total: list.length, outcomes, flagged: list.filter((g) => g.flags.length > 0).length, ungrouped, groups: list}
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
