import type {GatePolicy} from '../generated/policy.js'
import {packageVersion} from '../io/package-version.js'
import {deriveBareResult, deriveReportResult, loadKnownCatalogs, type Derivation} from './derive-result.js'
import type {Language} from '../model/language.js'
import type {GateReason} from './gate.js'
import {GATE_MESSAGES} from './gate-messages.js'
import type {PolicySignatureChecks} from './load-policy.js'
import {judgeSubmission, type JudgedSubmission, type SubmissionVerdict} from './judge-submission.js'
import {readSubmission, type Submission} from './load-submission.js'

/** What judging one submission needs besides its bytes; the same for `gate` and every portfolio worker. */
export interface JudgeContext {
  policy: GatePolicy
  trustedRoots: readonly string[]
  /** The policy's signature checks: timestamp roots, CRLs, signer binding, grace (load-policy.ts). */
  signatureChecks?: Partial<PolicySignatureChecks>
  /** The day of judgement. */
  now: string
  /** The policy's further catalog folders (absolute), besides the shipped catalog. */
  catalogDirs: readonly string[]
  /** The language of the reasons (default English); codes are the same in every language. */
  language?: Language
}

export interface JudgedBytes {
  /** The submission as judged: its result is the derived one (absent when derivation failed). */
  submission: JudgedSubmission
  verdict: SubmissionVerdict
}

/**
 * Reads, verifies, derives and judges one submission: the one path of `gate` and of the portfolio workers.
 * The gate never judges the submitted result's fields: the result is evaluated again (derive-result.ts) and
 * only that evaluation is judged; with require_reproducible, the signed pages must also be what posattest
 * renders from it (reproduce-report.ts).
 */
export async function judgeSubmissionBytes(bytes: Uint8Array, context: JudgeContext): Promise<JudgedBytes> {
  const language = context.language ?? 'en'
  const say = GATE_MESSAGES[language]
  const read = await readSubmission(bytes, {trustedRoots: context.trustedRoots, ...context.signatureChecks, now: context.now, language})
  let submission: JudgedSubmission = read
  const derivation = await deriveSubmission(read, context.catalogDirs, language)
  if (derivation?.problem) {
    const refusal: GateReason = {rule: 'derivation', code: derivation.problem.code, message: derivation.problem.message, controls: []}
    submission = {...read, result: undefined, refusals: [refusal]}
  } else if (derivation?.result) {
    submission = {...read, result: derivation.result}
    if (context.policy.require_reproducible && read.kind === 'json') {
      submission.refusals = [{rule: 'reproducible', code: 'not-reproducible', message: say.bareNotReproducible, controls: []}]
    } else if (context.policy.require_reproducible) {
      const {reproduceReport} = await import('./reproduce-report.js')
      const reproduction = await reproduceReport(bytes, {result: derivation.result, attachments: read.attachments!, language})
      if (!reproduction.reproducible) {
        submission.refusals = [{rule: 'reproducible', code: 'not-reproducible', message: say.notReproducible(reproduction.code, reproduction.message), controls: []}]
      }
    }
  }
  return {submission, verdict: judgeSubmission(submission, context.policy, context.now, language)}
}

/**
 * The result a read submission stands for, derived (derive-result.ts): a report's embedded answers, or a
 * bare result's recorded answers, evaluated again. Undefined when no result could be read at all. The one
 * reading of a submission's result, for `gate`, `portfolio` and `verify`.
 */
export async function deriveSubmission(read: Submission, catalogDirs: readonly string[], language: Language = 'en'): Promise<Derivation | undefined> {
  if (!read.result) return undefined
  // A result without the bytes it was read from cannot be derived, and an underived result is never judged.
  if (!read.attachments) return {problem: {code: 'result-not-derived', message: GATE_MESSAGES[language].bytesNotKept}}
  const options = {catalogs: await loadKnownCatalogs(catalogDirs), generator: `posattest ${packageVersion()}`, language}
  return read.kind === 'pdf'
    ? deriveReportResult(read.result, read.attachments, options)
    : deriveBareResult(read.result, options)
}
