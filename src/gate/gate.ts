import type {AssessmentResult, ControlResult} from '../generated/result.js'
import type {GatePolicy} from '../generated/policy.js'
import type {SignatureProblem, SignatureVerification} from '../signing/verify.js'
import {addDays, daysBetween} from '../model/day.js'
import {devicesInUse} from '../model/device.js'
import {isException} from '../model/completeness.js'
import type {Language} from '../model/language.js'
import {GATE_MESSAGES} from './gate-messages.js'

/** Every rule of the gate with its one-line description (in English; GATE_MESSAGES has every language). */
export const GATE_RULES = GATE_MESSAGES.en.rules

export type GateRule = keyof typeof GATE_RULES

export interface GateReason {
  rule: GateRule
  /**
   * What went wrong, as a stable kebab-case code (tests and tools branch on it, never on the message); for the
   * signature rule, the signature's first problem, or not-signed, signer-untrusted.
   */
  code: string
  message: string
  /** Control ids (or terminal serials for inventory rules) the reason concerns. */
  controls: string[]
  /** For the signature rule: what was refused (outputs say it without reading the message). */
  refusal?: 'unsigned' | 'invalid' | 'untrusted'
}

/** What is known of the submission's signature before the policy is applied. */
export interface SignatureStatus {
  /** false for a bare result JSON */
  signed: boolean
  valid: boolean
  trusted: boolean
  signer?: string
  /** Every failed check of the signature, with its code (src/signing/verify.ts). */
  problems: SignatureProblem[]
  /** The verification report the status was made from (a signed PDF whose signature could be checked). */
  verification?: SignatureVerification
}

export interface GateDecision {
  outcome: 'pass' | 'fail'
  reasons: GateReason[]
  warnings: GateReason[]
  entity: {legal_name: string; trading_name?: string; merchant_id?: string; agent?: string}
  assessment_date: string
  /** The day the assessment stops meeting max_assessment_age_days (absent when the policy sets none). */
  expires_on?: string
  verdict: AssessmentResult['verdict']
  /** The SAQ the derived result determined (absent for acquirers and for answers without scoping). */
  saq_type?: NonNullable<AssessmentResult['saq']>['type']
  score: number
  signer?: string
}

const SEVERITY_RANK = {critical: 4, high: 3, medium: 2, low: 1} as const

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

const gaps = (result: AssessmentResult): ControlResult[] => result.controls.filter((c) => c.finding !== null)

/**
 * Why the policy refuses the submission's signature, or undefined when it accepts it. A refused signature
 * decides the outcome on its own: the content it should have protected cannot be trusted.
 */
export function signatureReason(signature: SignatureStatus, policy: GatePolicy, language: Language = 'en'): GateReason | undefined {
  const say = GATE_MESSAGES[language]
  const refused = (refusal: NonNullable<GateReason['refusal']>) => (code: string, message: string): GateReason => ({rule: 'signature', code, message, controls: [], refusal})
  if (!signature.signed) {
    return policy.accept_unsigned_results ? undefined : refused('unsigned')('not-signed', say.notSigned)
  }
  if (!signature.valid) {
    const message = say.signatureInvalid(signature.problems.map((p) => p.message))
    return refused('invalid')(signature.problems[0]?.code ?? 'signature-invalid', message)
  }
  const reason = refused('untrusted')
  if (!signature.trusted) {
    const who = say.signer(signature.signer)
    // Not chaining says it all; any other trust problem (expired, revoked, unbound, …) is named.
    const named = signature.problems.filter((p) => p.code !== 'chain-untrusted' && p.code !== 'no-trusted-roots')
    if (named.length === 0) return reason('signer-untrusted', say.signerUntrusted(who))
    return reason(named[0]!.code, say.signerNotTrusted(who, named.map((p) => p.message)))
  }
  return undefined
}

/**
 * What the policy does with a terminal in use whose PTS approval has expired: inventory.expired_pts, else
 * forbid_expired_pts (true is fail). load-policy refuses a policy where the two disagree.
 */
export function expiredPtsMode(policy: GatePolicy): 'warn' | 'fail' | undefined {
  const rules = policy.inventory
  return rules?.expired_pts ?? (rules?.forbid_expired_pts ? 'fail' : undefined)
}

/**
 * Applies an acquirer's policy to an evaluated assessment. Pure: the day of judgement (`now`) and what was
 * learnt of the signature are parameters, so a decision can be reproduced.
 */
export function gateResult(
  result: AssessmentResult,
  policy: GatePolicy,
  options: {now: string; signature: SignatureStatus; language?: Language},
): GateDecision {
  const language = options.language ?? 'en'
  const say = GATE_MESSAGES[language]
  const reasons: GateReason[] = []
  const warnings: GateReason[] = []
  const fail = (rule: GateRule, code: string, message: string, controls: string[] = []) => reasons.push({rule, code, message, controls})
  const {now, signature} = options

  const signatureProblem = signatureReason(signature, policy, language)
  if (signatureProblem) reasons.push(signatureProblem)

  const date = result.assessment.date
  const age = daysBetween(date, now)
  if (age < 0) fail('assessment-age', 'assessment-in-future', say.inFuture(date, now))
  const maxAge = policy.max_assessment_age_days
  if (maxAge !== undefined && age > maxAge) {
    fail('assessment-age', 'assessment-too-old', say.tooOld(date, age, maxAge))
  }

  if (policy.catalog_id !== undefined && result.catalog.id !== policy.catalog_id) {
    fail('catalog', 'catalog-mismatch', say.catalogMismatch(result.catalog.id, policy.catalog_id))
  }
  if (policy.min_catalog_version !== undefined && compareVersions(result.catalog.version, policy.min_catalog_version) < 0) {
    fail('catalog', 'catalog-too-old', say.catalogTooOld(result.catalog.version, policy.min_catalog_version))
  }

  if (policy.allowed_saq_types !== undefined) {
    const allowed = policy.allowed_saq_types.join(', ')
    const saq = result.saq?.type
    if (saq === undefined) fail('saq-type', 'saq-not-determined', say.saqNotDetermined(allowed))
    else if (saq === 'ineligible') fail('saq-type', 'saq-ineligible', say.saqIneligible(result.saq?.unmet ?? [], allowed))
    else if (!(policy.allowed_saq_types as string[]).includes(saq)) fail('saq-type', 'saq-not-allowed', say.saqNotAllowed(saq, allowed))
  }

  const open = gaps(result)
  if ((policy.required_verdict ?? 'compliant') === 'compliant' && result.verdict !== 'compliant') {
    fail('verdict', 'verdict-not-compliant', say.notCompliant(open.length), open.map((c) => c.id))
  }

  for (const severity of ['critical', 'high', 'medium', 'low'] as const) {
    const allowed = policy.max_open_gaps?.[severity]
    if (allowed === undefined) continue
    const ofSeverity = open.filter((c) => c.severity === severity)
    if (ofSeverity.length > allowed) {
      fail('open-gaps', 'too-many-open-gaps', say.tooManyGaps(ofSeverity.length, severity, allowed), ofSeverity.map((c) => c.id))
    }
  }

  const threshold = policy.no_overdue_gaps_at_or_above
  if (threshold !== undefined) {
    const due = new Map(result.remediation.map((r) => [r.control_id, r.due_date]))
    const overdue = open.filter(
      (c) => SEVERITY_RANK[c.severity] >= SEVERITY_RANK[threshold] && (due.get(c.id) ?? '9999-12-31') < now,
    )
    if (overdue.length > 0) {
      fail(
        'overdue-gaps',
        'overdue-gap',
        say.overdue(threshold, overdue.map((c) => ({id: c.id, due: due.get(c.id)}))),
        overdue.map((c) => c.id),
      )
    }
  }

  if (policy.min_domain_score) {
    for (const domain of result.scores.domains) {
      const min = policy.min_domain_score[domain.domain] ?? policy.min_domain_score.default
      if (min !== undefined && domain.applicable > 0 && domain.score < min) {
        fail(
          'domain-score',
          'domain-score-low',
          say.domainScoreLow(domain.domain, domain.score, min),
          open.filter((c) => c.domain === domain.domain).map((c) => c.id),
        )
      }
    }
  }
  if (policy.min_overall_score !== undefined && result.scores.overall < policy.min_overall_score) {
    fail('overall-score', 'overall-score-low', say.overallScoreLow(result.scores.overall, policy.min_overall_score))
  }

  for (const domain of policy.required_domains ?? []) {
    const controls = result.controls.filter((c) => c.domain === domain)
    const unanswered = controls.filter((c) => c.status === 'unanswered')
    if (controls.length === 0) fail('required-domains', 'required-domain-missing', say.domainMissing(domain))
    else if (unanswered.length > 0) {
      fail('required-domains', 'required-domain-unanswered', say.domainUnanswered(domain, unanswered.length), unanswered.map((c) => c.id))
    }
  }

  const validFor = policy.exceptions_valid_for_days
  if (validFor !== undefined) {
    const until = addDays(now, validFor)
    const short = result.controls.filter((c) => isException(c.status) && (c.review_by === undefined || c.review_by < until))
    if (short.length > 0) {
      fail(
        'exceptions',
        'exception-review-too-soon',
        say.exceptionsTooShort(until, validFor, short.map((c) => ({id: c.id, reviewBy: c.review_by}))),
        short.map((c) => c.id),
      )
    }
  }

  const rules = policy.inventory
  if (rules) {
    const inUse = devicesInUse(result.inventory)
    if (rules.min_terminals !== undefined && inUse.length < rules.min_terminals) {
      fail('inventory', 'inventory-too-few-terminals', say.tooFewTerminals(inUse.length, rules.min_terminals))
    }
    const expiredPts = expiredPtsMode(policy)
    if (expiredPts !== undefined) {
      // One reason per terminal, naming its serial: under warn each is a warning line and the outcome is unaffected.
      for (const d of inUse.filter((d) => !d.pts_expiry || d.pts_expiry < now)) {
        const reason: GateReason = {
          rule: 'inventory',
          code: 'inventory-pts-expired',
          message: say.terminalPtsExpired(d.serial, d.pts_expiry),
          controls: [d.serial],
        }
        if (expiredPts === 'fail') reasons.push(reason)
        else warnings.push(reason)
      }
    }
    if (rules.pts_expiry_warning_days !== undefined) {
      const limit = addDays(now, rules.pts_expiry_warning_days)
      const soon = inUse.filter((d) => d.pts_expiry !== undefined && d.pts_expiry >= now && d.pts_expiry <= limit)
      if (soon.length > 0) {
        warnings.push({rule: 'inventory', code: 'inventory-pts-expiring', message: say.ptsExpiring(limit, soon.map((d) => ({serial: d.serial, expiry: d.pts_expiry!}))), controls: soon.map((d) => d.serial)})
      }
    }
    if (rules.require_seal_ids) {
      const unsealed = inUse.filter((d) => !d.seal_ids || d.seal_ids.length === 0)
      if (unsealed.length > 0) fail('inventory', 'inventory-no-seal-ids', say.noSealIds(unsealed.map((d) => d.serial)), unsealed.map((d) => d.serial))
    }
    const interval = result.profile.inspection_interval_days
    if (rules.max_inspection_interval_days !== undefined && typeof interval === 'number' && interval > rules.max_inspection_interval_days) {
      fail('inventory', 'inventory-interval-too-long', say.intervalTooLong(interval, rules.max_inspection_interval_days))
    }
    if (rules.max_days_since_inspection !== undefined) {
      const max = rules.max_days_since_inspection
      const stale = inUse.filter((d) => !d.last_inspection || daysBetween(d.last_inspection, date) > max)
      if (stale.length > 0) {
        fail('inventory', 'inventory-inspection-overdue', say.inspectionOverdue(max, stale.map((d) => d.serial)), stale.map((d) => d.serial))
      }
    }
  }

  const entity = result.assessment.entity
  return {
    outcome: reasons.length === 0 ? 'pass' : 'fail',
    reasons,
    warnings,
    entity: {
      legal_name: entity.legal_name,
      ...(entity.trading_name === undefined ? {} : {trading_name: entity.trading_name}),
      ...(entity.merchant_id === undefined ? {} : {merchant_id: entity.merchant_id}),
      ...(entity.agent === undefined ? {} : {agent: entity.agent}),
    },
    assessment_date: date,
    ...(maxAge === undefined ? {} : {expires_on: addDays(date, maxAge)}),
    verdict: result.verdict,
    ...(result.saq === undefined ? {} : {saq_type: result.saq.type}),
    score: result.scores.overall,
    ...(signature.signer === undefined ? {} : {signer: signature.signer}),
  }
}
