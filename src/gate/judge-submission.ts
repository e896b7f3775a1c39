import type {GatePolicy} from '../generated/policy.js'
import {safeText} from '../model/control-characters.js'
import type {Language} from '../model/language.js'
import {gateResult, signatureReason, type GateDecision, type GateReason} from './gate.js'
import {GATE_MESSAGES} from './gate-messages.js'
import type {Submission, SubmissionKind} from './load-submission.js'

/**
 * pass and fail are decisions; error means the submission could not be judged: it is not a readable
 * submission at all (empty, neither PDF nor JSON, over the size limit, unreadable), or its signature is
 * accepted but it carries no valid result.
 */
export type GateOutcome = 'pass' | 'fail' | 'error'

/** Everything `gate` prints and `portfolio` records about one submission. */
export interface SubmissionVerdict {
  outcome: GateOutcome
  kind: SubmissionKind
  reasons: GateReason[]
  warnings: GateReason[]
  signed: boolean
  signer?: string
  /** Claimed by the signer (the CMS signingTime). */
  signing_time?: string
  /** A trusted timestamp's time (ISO 8601): the only signing time a portfolio orders submissions by. */
  trusted_time?: string
  /** The gate's decision over the result, when the submission carried one. */
  decision?: GateDecision
}

/** A submission as the gate judges it: its result is the derived one, and refusals found on the way (derivation, reproduction) are added. */
export type JudgedSubmission = Submission & {refusals?: GateReason[]}

// Reasons quote the submission (names, serials, signature problems): card numbers masked, controls escaped.
const clean = (reason: GateReason): GateReason => ({...reason, message: safeText(reason.message), controls: reason.controls.map((c) => safeText(c))})

/**
 * Decides one submission. Pure: the day of judgement is a parameter. A refused signature decides the
 * outcome on its own (fail), even when no result could be read; otherwise a missing or malformed result
 * leaves nothing to judge (error).
 */
export function judgeSubmission(submission: JudgedSubmission, policy: GatePolicy, now: string, language: Language = 'en'): SubmissionVerdict {
  const {signature} = submission
  const common = {
    kind: submission.kind,
    signed: signature.signed,
    ...(signature.signer === undefined ? {} : {signer: signature.signer}),
    ...(submission.signingTime === undefined ? {} : {signing_time: submission.signingTime}),
    ...(signature.verification?.trustedTime ? {trusted_time: signature.verification.trustedTime} : {}),
  }
  const refusals = submission.refusals ?? []
  if (submission.result) {
    const judged = gateResult(submission.result, policy, {now, signature, language})
    const reasons = [...judged.reasons, ...refusals]
    const decision = {...judged, outcome: reasons.length === 0 ? ('pass' as const) : ('fail' as const), reasons}
    return {...common, outcome: decision.outcome, reasons: reasons.map(clean), warnings: decision.warnings.map(clean), decision}
  }
  const refused = submission.kind === 'unknown' ? undefined : signatureReason(signature, policy, language)
  // A result that is not what its answers give is refused (fail): it was read, and it lies.
  if (refusals.length > 0) return {...common, outcome: 'fail', reasons: [...(refused ? [refused] : []), ...refusals].map(clean), warnings: []}
  // A refused signature is the whole refusal of a file whose content was not read.
  const unreadable: GateReason[] =
    submission.problem !== undefined || !refused
      ? [{rule: 'submission', code: 'submission-unreadable', message: submission.problem ?? GATE_MESSAGES[language].noResult, controls: []}]
      : []
  return {
    ...common,
    outcome: refused ? 'fail' : 'error',
    reasons: [...(refused ? [refused] : []), ...unreadable].map(clean),
    warnings: [],
  }
}
