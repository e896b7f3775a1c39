import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../base-command.js'
import {EXIT} from '../errors.js'
import {dayOfJudgement} from '../gate/day-of-judgement.js'
import {caFlag, loadTrustedPolicy, nowFlag, policyFlag} from '../gate/flags.js'

/** The three formats shared with portfolio, then the CI formats. */
const FORMATS = ['text', 'json', 'junit', 'sarif'] as const

export default class Gate extends BaseCommand {
  static override summary = "Accept or refuse a merchant's signed report under an acquirer's policy"

  static override description = `Reads a submission: a signed PDF report (its signature is verified against the policy's trusted_roots and any --ca files, then the evaluated result it carries as posattest-result.json is read back), or a bare result JSON (accepted only when the policy sets accept_unsigned_results). The result is checked against the result schema, then every rule of the policy is applied on the day of judgement (--now, default today): signature (its signer's certificates must be valid at the end of that day, or at the time of a timestamp trusted under timestamp_roots; revocation, signer binding and the time bounds as the policy says), assessment age, catalog, verdict, open and overdue gaps, domain and overall scores, required domains and the terminal inventory.

Text output gives the outcome line (PASS or FAIL, merchant, assessment date, signer, verdict, score), every failing rule with its reason and the controls (or terminals) concerned, then warnings. JUnit gives one testcase per rule; SARIF one result per failing reason, located at the submission file.
Exit status: 0 pass, 1 fail, 2 error: a submission that cannot be judged (unreadable, neither PDF nor JSON, no valid result), an invalid policy (reported at file:line:col), or bad usage.`

  static override examples = [
    '<%= config.bin %> <%= command.id %> report.pdf --policy policy.yaml',
    '<%= config.bin %> <%= command.id %> report.pdf --policy policy.yaml --ca acquirer-roots.pem --now 2026-12-01',
    '<%= config.bin %> <%= command.id %> report.pdf --policy policy.yaml --format junit > gate.xml',
    '<%= config.bin %> <%= command.id %> result.json --policy lenient-policy.yaml --json',
  ]

  static override enableJsonFlag = true

  static override args = {
    submission: Args.string({description: 'the submission: a signed PDF report, or a result JSON written by evaluate', required: true}),
  }

  static override flags = {
    policy: policyFlag,
    ca: caFlag,
    now: nowFlag,
    format: Flags.option({
      description: 'output format: text for people, json, junit or sarif for CI',
      options: FORMATS,
      default: 'text' as const,
    })(),
  }

  async run(): Promise<unknown> {
    const {args, flags} = await this.parse(Gate)
    const now = dayOfJudgement(flags.now)
    const [submissions, {judgeSubmission}, {buildGateReport, renderGateReport}] = await Promise.all([
      import('../gate/load-submission.js'),
      import('../gate/judge-submission.js'),
      import('../gate/gate-report.js'),
    ])
    const loaded = await loadTrustedPolicy(flags.policy, flags.ca)
    const bytes = await submissions.readSubmissionBytes(args.submission)
    const submission = await submissions.readSubmission(bytes, {trustedRoots: loaded.trustedRoots, ...loaded.signatureChecks, now})
    const verdict = judgeSubmission(submission, loaded.policy, now)
    const report = buildGateReport(args.submission, verdict, loaded.policy, now)

    if (!this.jsonEnabled()) process.stdout.write(renderGateReport(report, flags.format, this.config.version))
    process.exitCode = report.outcome === 'pass' ? EXIT.ok : report.outcome === 'fail' ? EXIT.findings : EXIT.usage
    return report
  }
}
