import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../cli/base-command.js'
import {caFlag, langFlag, nowFlag, policyFlag, sarifBaseFlag, sarifOptions} from '../cli/flags.js'
import {languageFromLocale} from '../model/language.js'

/** The three formats shared with portfolio, then the CI formats. */
const FORMATS = ['text', 'json', 'junit', 'sarif'] as const

export default class Gate extends BaseCommand {
  static override summary = "Accept or refuse a merchant's signed report under an acquirer's policy"

  static override description = `Reads a submission: a signed PDF report (its signature is verified against the policy's trusted_roots and any --ca files, then the evaluated result it carries as posattest-result.json is read back), or a bare result JSON (accepted only when the policy sets accept_unsigned_results). The result is checked against the result schema and derived: the answers the report carries (posattest-answers.json) are evaluated again against the catalog the result names, and the result must be that evaluation byte for byte (a bare result JSON: the answers it records, by value); only the derived result is judged. Then every rule of the policy is applied on the day of judgement (--now, default today): signature, derivation, reproducibility (require_reproducible), assessment age, catalog, verdict, open and overdue gaps, domain and overall scores, required domains and the terminal inventory. Every reason carries a stable code.

Text output gives the outcome line (PASS or FAIL, merchant, assessment date, signer, verdict, score), every failing rule with its reason and the controls (or terminals) concerned, then warnings. JUnit gives one testcase per rule; SARIF one result per failing reason, located at the submission file.
Exit status: 0 pass, 1 fail, 2 error: a submission that cannot be judged (unreadable, neither PDF nor JSON, no valid result), an invalid policy (reported at file:line:col), or bad usage.`

  static override examples = [
    '<%= config.bin %> <%= command.id %> report.pdf --policy policy.yaml',
    '<%= config.bin %> <%= command.id %> report.pdf --policy policy.yaml --ca acquirer-roots.pem --now 2026-12-01',
    '<%= config.bin %> <%= command.id %> report.pdf --policy policy.yaml --format junit > gate.xml',
    '<%= config.bin %> <%= command.id %> result.json --policy lenient-policy.yaml --json',
    '<%= config.bin %> <%= command.id %> report.pdf --policy policy.yaml --lang zh-CN',
  ]

  static override enableJsonFlag = true

  static override args = {
    submission: Args.string({description: 'the submission: a signed PDF report, or a result JSON written by evaluate', required: true, ignoreStdin: true}),
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
    lang: langFlag('language of the reasons and the report (codes are the same in both); default: the locale (LC_ALL, LC_MESSAGES, LANG)'),
    'sarif-base': sarifBaseFlag,
  }

  async run(): Promise<unknown> {
    const {args, flags} = await this.parse(Gate)
    const {gate, renderGateReport} = await import('../services/gate.js')
    const language = flags.lang ?? languageFromLocale(process.env)
    const {report, exitCode} = await gate({submission: args.submission, policy: flags.policy, ca: flags.ca ?? [], ...(flags.now === undefined ? {} : {now: flags.now}), language})
    if (!this.jsonEnabled()) process.stdout.write(renderGateReport(report, flags.format, this.config.version, language, sarifOptions(flags['sarif-base'])))
    process.exitCode = exitCode
    return report
  }
}
