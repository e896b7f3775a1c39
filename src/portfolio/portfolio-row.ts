import {safeText} from '../model/control-characters.js'
import {maskEntity, shownVerdict, type SubmissionFacts, submissionFacts} from '../gate/gate-report.js'
import type {GateReason} from '../gate/gate.js'
import type {GateOutcome, SubmissionVerdict} from '../gate/judge-submission.js'
import type {SubmissionKind} from '../gate/load-submission.js'

/**
 * One submission of a portfolio: a JSON line on stdout, a row of summary.csv, an entry of summary.json.
 * Every key is always present (null when unknown), so the rows of a book line up; the SubmissionFacts keys
 * come between agent and trusted_time. The merchant, its id, its agent and the trusted time are facts only
 * of an accepted signature over a derived result (null otherwise): they are what the portfolio groups by.
 */
export interface PortfolioRow extends SubmissionFacts {
  /** Relative to the portfolio folder, with / separators. */
  file: string
  /** Of the file's bytes; null when it could not be read. */
  sha256: string | null
  bytes: number | null
  kind: SubmissionKind
  outcome: GateOutcome
  reasons: GateReason[]
  warnings: GateReason[]
  merchant: string | null
  trading_name: string | null
  merchant_id: string | null
  /** The agent or ISO the derived result names (assessment.entity.agent). */
  agent: string | null
  /** A trusted timestamp's time of the accepted signature (ISO 8601); null without one. */
  trusted_time: string | null
  /** Domains with at least one open gap (for "the domains failing most often"). */
  gap_domains: string[]
}

export function portfolioRow(
  file: string,
  content: {sha256: string; bytes: number},
  given: SubmissionVerdict,
  gapDomains: readonly string[],
): PortfolioRow {
  // A refused signature leaves no merchant, verdict, score or gap domain: they were only the submitter's claim.
  const verdict = shownVerdict(given)
  const decision = verdict.decision
  const entity = decision ? maskEntity(decision.entity) : undefined
  return {
    // The portfolio's file names are whatever the submitters called their files.
    file: safeText(file),
    sha256: content.sha256,
    bytes: content.bytes,
    kind: verdict.kind,
    outcome: verdict.outcome,
    reasons: verdict.reasons,
    warnings: verdict.warnings,
    merchant: entity?.legal_name ?? null,
    trading_name: entity?.trading_name ?? null,
    merchant_id: entity?.merchant_id ?? null,
    agent: entity?.agent ?? null,
    ...submissionFacts(verdict),
    trusted_time: verdict.trusted_time ?? null,
    gap_domains: decision ? gapDomains.map((d) => safeText(d)) : [],
  }
}

/** A file that could not be judged for a reason outside its content: unreadable, too slow, too big to hold. */
export function errorRow(file: string, message: string, content?: {sha256: string; bytes: number}, code?: string): PortfolioRow {
  return {
    file: safeText(file),
    sha256: content?.sha256 ?? null,
    bytes: content?.bytes ?? null,
    kind: 'unknown',
    outcome: 'error',
    reasons: [{rule: 'submission', code: code ?? 'submission-unreadable', message: safeText(message), controls: []}],
    warnings: [],
    merchant: null,
    trading_name: null,
    merchant_id: null,
    agent: null,
    assessment_date: null,
    expires_on: null,
    verdict: null,
    saq_type: null,
    score: null,
    signed: false,
    signer: null,
    signing_time: null,
    trusted_time: null,
    gap_domains: [],
  }
}
