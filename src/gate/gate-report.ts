import {safeOptional, safeText} from '../model/control-characters.js'
import {renderDiagnostics, type RenderOptions, xml} from '../diagnostics/formats.js'
import type {GatePolicy} from '../generated/policy.js'
import type {Language} from '../model/language.js'
import {GATE_RULES, type GateDecision, type GateReason, type GateRule} from './gate.js'
import {GATE_MESSAGES, type GateMessages} from './gate-messages.js'
import type {GateOutcome, SubmissionVerdict} from './judge-submission.js'

export const GATE_FORMATS = ['text', 'json', 'junit', 'sarif'] as const
export type GateFormat = (typeof GATE_FORMATS)[number]

export type RuleStatus = 'pass' | 'fail' | 'skipped'

/** What a gate report and a portfolio row both say about a judged submission, null when unknown. */
export interface SubmissionFacts {
  assessment_date: string | null
  /** The last day the assessment meets the policy's max_assessment_age_days. */
  expires_on: string | null
  verdict: 'compliant' | 'non_compliant' | null
  /** The SAQ type the derived result determined (P2PE, B, B-IP or ineligible); null when none was. */
  saq_type: NonNullable<GateDecision['saq_type']> | null
  score: number | null
  signed: boolean
  signer: string | null
  signing_time: string | null
}

/** What `posattest gate` reports about one submission (its --json output; keys in the order built below). */
export interface GateReport extends SubmissionFacts {
  file: string
  policy: string
  /** The day of judgement. */
  now: string
  outcome: GateOutcome
  kind: SubmissionVerdict['kind']
  merchant: {legal_name: string; trading_name?: string; merchant_id?: string; agent?: string} | null
  reasons: GateReason[]
  warnings: GateReason[]
  /** Every gate rule: failed, passed, or skipped (not set by the policy, or nothing to judge). */
  rules: {rule: GateRule; description: string; status: RuleStatus}[]
}

/** The rules a policy puts in force; the others have nothing to check. */
export function rulesInForce(policy: GatePolicy): Set<GateRule> {
  const rules = new Set<GateRule>(['submission', 'signature', 'derivation', 'assessment-age'])
  if (policy.require_reproducible) rules.add('reproducible')
  if (policy.catalog_id !== undefined || policy.min_catalog_version !== undefined) rules.add('catalog')
  if (policy.allowed_saq_types !== undefined) rules.add('saq-type')
  if ((policy.required_verdict ?? 'compliant') === 'compliant') rules.add('verdict')
  if (policy.max_open_gaps !== undefined && Object.keys(policy.max_open_gaps).length > 0) rules.add('open-gaps')
  if (policy.no_overdue_gaps_at_or_above !== undefined) rules.add('overdue-gaps')
  if (policy.min_domain_score !== undefined && Object.keys(policy.min_domain_score).length > 0) rules.add('domain-score')
  if (policy.min_overall_score !== undefined) rules.add('overall-score')
  if ((policy.required_domains ?? []).length > 0) rules.add('required-domains')
  if (policy.exceptions_valid_for_days !== undefined) rules.add('exceptions')
  if (policy.inventory !== undefined && Object.keys(policy.inventory).length > 0) rules.add('inventory')
  return rules
}

/**
 * The merchant's names come from the submission: hostile or careless text must carry neither a card number
 * nor a control character out (safeText).
 */
export function maskEntity(entity: NonNullable<GateReport['merchant']>): NonNullable<GateReport['merchant']> {
  return {
    legal_name: safeText(entity.legal_name),
    ...(entity.trading_name === undefined ? {} : {trading_name: safeText(entity.trading_name)}),
    ...(entity.merchant_id === undefined ? {} : {merchant_id: safeText(entity.merchant_id)}),
    ...(entity.agent === undefined ? {} : {agent: safeText(entity.agent)}),
  }
}

/** Whether the policy refused the signature (or its absence): then nothing the submission says is a fact. */
export function signatureRefused(verdict: SubmissionVerdict): boolean {
  return verdict.reasons.some((r) => r.rule === 'signature')
}

/**
 * What may be shown of a verdict, in the gate report and the portfolio row alike. When the signature is
 * refused, the embedded result is the submitter's unverified claim: its merchant, dates, verdict, score
 * and every reason drawn from it are dropped, as are the signer's name and time from the refused signature
 * (the refusal itself still says why). Only the refusal and any unreadable-submission reason remain.
 */
export function shownVerdict(verdict: SubmissionVerdict): SubmissionVerdict {
  if (!signatureRefused(verdict)) return verdict
  return {
    outcome: verdict.outcome,
    kind: verdict.kind,
    reasons: verdict.reasons.filter((r) => r.rule === 'signature' || r.rule === 'submission'),
    warnings: [],
    signed: verdict.signed,
  }
}

/** The facts in the key order both outputs use; the signer's name comes from the submission and is escaped. */
export function submissionFacts(given: SubmissionVerdict): SubmissionFacts {
  const verdict = shownVerdict(given)
  const decision = verdict.decision
  return {
    assessment_date: decision?.assessment_date ?? null,
    expires_on: decision?.expires_on ?? null,
    verdict: decision?.verdict ?? null,
    saq_type: decision?.saq_type ?? null,
    score: decision?.score ?? null,
    signed: verdict.signed,
    signer: verdict.signer === undefined ? null : safeText(verdict.signer),
    signing_time: safeOptional(verdict.signing_time) ?? null,
  }
}

/** The report of a verdict; the rules' descriptions are in `language` (the reasons are in the verdict's). */
export function buildGateReport(file: string, given: SubmissionVerdict, policy: GatePolicy, now: string, language: Language = 'en'): GateReport {
  const descriptions = GATE_MESSAGES[language].rules
  const verdict = shownVerdict(given)
  const decision = verdict.decision
  const inForce = rulesInForce(policy)
  const failed = new Set(verdict.reasons.map((r) => r.rule))
  const rules = (Object.keys(GATE_RULES) as GateRule[]).map((rule) => {
    const judged = decision !== undefined || rule === 'submission' || (rule === 'signature' && verdict.kind !== 'unknown')
    const status: RuleStatus = failed.has(rule) ? 'fail' : inForce.has(rule) && judged ? 'pass' : 'skipped'
    return {rule, description: descriptions[rule], status}
  })
  return {
    // A portfolio's file names are whatever the submitters called their files.
    file: safeText(file),
    policy: safeText(policy.name),
    now,
    outcome: verdict.outcome,
    kind: verdict.kind,
    merchant: decision ? maskEntity(decision.entity) : null,
    ...submissionFacts(verdict),
    reasons: verdict.reasons,
    warnings: verdict.warnings,
    rules,
  }
}

/** Reasons whose message already lists the controls or terminals it concerns; repeating them would only add noise. */
const NAMES_ITS_SUBJECTS: ReadonlySet<string> = new Set([
  'overdue-gap',
  'exception-review-too-soon',
  'inventory-pts-expired',
  'inventory-pts-expiring',
  'inventory-no-seal-ids',
  'inventory-inspection-overdue',
])

/** "controls SEAL-01, RET-03" (terminal serials for inventory rules). */
function concerned(reason: GateReason, say: GateMessages): string {
  if (reason.controls.length === 0 || NAMES_ITS_SUBJECTS.has(reason.code)) return ''
  return say.concerned(reason.rule === 'inventory', reason.controls)
}

function merchantText(report: GateReport, say: GateMessages): string {
  const m = report.merchant
  if (!m) return say.merchantUnknown
  return say.merchant(m.legal_name, m.trading_name && m.trading_name !== m.legal_name ? m.trading_name : undefined, m.merchant_id || undefined)
}

function signerText(report: GateReport, say: GateMessages): string {
  if (!report.signed) return report.kind === 'json' ? say.unsignedJson : say.unsigned
  const signature = report.reasons.find((r) => r.rule === 'signature')
  // A refused signature names no signer (shownVerdict): who signed is not known.
  if (!signature) return say.signedBy(report.signer ?? undefined)
  return signature.refusal === 'invalid' ? say.signatureInvalidShort : say.signatureUntrustedShort
}

function renderText(report: GateReport, say: GateMessages): string {
  // A refused signature leaves nothing of the content to show (shownVerdict): say so instead of "merchant unknown".
  const refused = report.reasons.some((r) => r.rule === 'signature')
  const head = [
    refused ? undefined : merchantText(report, say),
    report.assessment_date ? say.assessed(report.assessment_date) : undefined,
    signerText(report, say),
    report.verdict === null ? undefined : report.verdict === 'compliant' ? say.compliant : say.nonCompliant,
    report.score === null ? undefined : say.score(report.score),
    refused ? say.contentNotShown : undefined,
  ].filter((part) => part !== undefined)
  const lines = [say.outcome(report.outcome, report.file, head.join(say.separator))]
  if (report.reasons.length > 0) {
    lines.push(say.failingRules(report.reasons.length))
    for (const r of report.reasons) lines.push(say.reasonLine(r.rule, `${r.message}${concerned(r, say)}`))
  }
  if (report.warnings.length > 0) {
    lines.push(say.warnings(report.warnings.length))
    for (const w of report.warnings) lines.push(say.reasonLine(w.rule, `${w.message}${concerned(w, say)}`))
  }
  const counts = {pass: 0, fail: 0, skipped: 0}
  for (const rule of report.rules) counts[rule.status]++
  lines.push(say.summary(report.policy, report.now, report.expires_on, counts.pass, counts.fail, counts.skipped))
  return lines.join('\n') + '\n'
}

/** One testcase per gate rule: failed (with every reason), passed, or skipped. */
function renderJunit(report: GateReport, say: GateMessages): string {
  const failures = report.rules.filter((r) => r.status === 'fail').length
  const skipped = report.rules.filter((r) => r.status === 'skipped').length
  const classname = xml(`posattest gate ${report.file}`)
  const cases = report.rules.map(({rule, description, status}) => {
    const open = `    <testcase classname="${classname}" name="${xml(`${rule}: ${description}`)}"`
    if (status === 'pass') return `${open}/>\n`
    if (status === 'skipped') {
      const why =
        rule === 'submission' || report.merchant !== null
          ? say.notSetByPolicy
          : report.reasons.some((r) => r.rule === 'signature')
            ? say.notJudgedRefused
            : say.nothingToJudge
      return `${open}>\n      <skipped message="${xml(why)}"/>\n    </testcase>\n`
    }
    const reasons = report.reasons.filter((r) => r.rule === rule)
    const text = reasons.map((r) => `${r.message}${concerned(r, say)}`).join('\n')
    // The failure's type is its stable code (the first reason's, when the rule failed for several).
    return `${open}>\n      <failure type="${xml(reasons[0]!.code)}" message="${xml(reasons[0]!.message)}">${xml(text)}</failure>\n    </testcase>\n`
  })
  const suite = `name="${xml(report.file)}" tests="${report.rules.length}" failures="${failures}" errors="0" skipped="${skipped}"`
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="posattest gate" tests="${report.rules.length}" failures="${failures}" errors="0" skipped="${skipped}">\n` +
    `  <testsuite ${suite}>\n${cases.join('')}  </testsuite>\n</testsuites>\n`
  )
}

/** The report in a format; the words the formats add are in `language` (default English). */
export function renderGateReport(report: GateReport, format: GateFormat, version: string, language: Language = 'en', options: RenderOptions = {}): string {
  const say = GATE_MESSAGES[language]
  switch (format) {
    case 'text':
      return renderText(report, say)
    case 'json':
      return JSON.stringify(report, null, 2) + '\n'
    case 'junit':
      return renderJunit(report, say)
    case 'sarif': {
      // Gate reasons are about the whole submission: no line or column (SARIF puts them at 1:1). The SARIF rule
      // is the reason's code.
      const at = (r: GateReason, severity: 'error' | 'warning') => ({
        file: report.file,
        line: 0,
        column: 0,
        rule: r.code,
        severity,
        message: `${r.message}${concerned(r, say)}`,
      })
      return renderDiagnostics(
        {
          tool: 'gate',
          version,
          files: [report.file],
          diagnostics: [...report.reasons.map((r) => at(r, 'error')), ...report.warnings.map((w) => at(w, 'warning'))],
          rules: Object.fromEntries([...report.reasons, ...report.warnings].map((r) => [r.code, `${r.rule}: ${say.rules[r.rule]}`])),
          language,
          helpUri: 'https://github.com/posattest/posattest#the-acquirer',
        },
        'sarif',
        options,
      )
    }
  }
}
