import {EXIT, type ExitCode} from '../model/errors.js'
import {buildGateReport, renderGateReport, type GateFormat, type GateReport} from '../gate/gate-report.js'
import type {JudgeContext, JudgedBytes} from '../gate/judge-submission-bytes.js'
import {judgeContext, loadTrustedPolicy, type LoadedPolicy} from '../gate/load-policy.js'
import {readSubmissionBytes, sha256} from '../gate/load-submission.js'
import {todayUtc} from '../model/day.js'
import type {Language} from '../model/language.js'

export {renderGateReport, type GateFormat, type GateReport}

/*
 * The gate, as `gate` and every portfolio worker run it: load the policy (once), read a submission file,
 * then verify, derive and judge its bytes (judge-submission-bytes.ts). Nothing here knows oclif.
 */

/** The policy with the --ca roots; refused when nothing could ever pass under it. */
export function loadGatePolicy(policy: string, ca: readonly string[] = [], language: Language = 'en'): Promise<LoadedPolicy> {
  return loadTrustedPolicy(policy, ca, language)
}

/** The day of judgement: the one given, else today (UTC). The only place gate and portfolio read the clock. */
export function dayOfJudgement(now: string | undefined, clock: () => Date = () => new Date()): string {
  return now ?? todayUtc(clock())
}

export {judgeContext, type JudgeContext}

/** A submission file's bytes with their fingerprint; a file that cannot be read is a UserError. */
export interface SubmissionFile {
  bytes: Uint8Array
  content: {sha256: string; bytes: number}
}

export async function readSubmissionFile(file: string): Promise<SubmissionFile> {
  const bytes = await readSubmissionBytes(file)
  return {bytes, content: {sha256: sha256(bytes), bytes: bytes.length}}
}

/**
 * Verifies, derives and judges a submission that was read: the verdict, and the submission as judged.
 * (The verifier and the evaluation are loaded at the first call: portfolio's main thread never judges.)
 */
export async function judgeSubmissionFile(read: SubmissionFile, context: JudgeContext): Promise<JudgedBytes> {
  const {judgeSubmissionBytes} = await import('../gate/judge-submission-bytes.js')
  return judgeSubmissionBytes(read.bytes, context)
}

export interface GateOptions {
  /** The submission file: a signed PDF report or a result JSON. */
  submission: string
  /** The policy file. */
  policy: string
  /** Further trusted root files (--ca). */
  ca?: readonly string[]
  /** The day of judgement (a day, already read); default today. */
  now?: string
  clock?: () => Date
  /** The language of the reasons and the rules' descriptions (default English); codes are the same in every language. */
  language?: Language
}

export interface GateRun {
  report: GateReport
  /** 0 pass, 1 fail, 2 a submission that could not be judged. */
  exitCode: ExitCode
}

/** `posattest gate`: load the policy, read the submission, judge it, and report. */
export async function gate(options: GateOptions): Promise<GateRun> {
  const now = dayOfJudgement(options.now, options.clock)
  const language = options.language ?? 'en'
  const loaded = await loadGatePolicy(options.policy, options.ca, language)
  const read = await readSubmissionFile(options.submission)
  const {verdict} = await judgeSubmissionFile(read, {...judgeContext(loaded, now), language})
  const report = buildGateReport(options.submission, verdict, loaded.policy, now, language)
  return {report, exitCode: report.outcome === 'pass' ? EXIT.ok : report.outcome === 'fail' ? EXIT.findings : EXIT.usage}
}
