import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../cli/base-command.js'
import {langFlag, momentFlag, signingFlags, signingKeyOptions} from '../cli/flags.js'
import type {ReportSummary} from '../services/report.js'

/** The signing flags of `sign`, each usable only together with --sign. */
const reportSigningFlags = Object.fromEntries(
  Object.entries(signingFlags).map(([name, flag]) => [name, {...flag, dependsOn: [...((flag as {dependsOn?: string[]}).dependsOn ?? []), 'sign']}]),
) as typeof signingFlags

export default class Report extends BaseCommand {
  static override summary = 'Render the PDF report of an assessment (optionally signed)'

  static override description = `Evaluates an answers file (exactly as evaluate does) and renders the report: cover with the verdict and score, executive summary with a score chart per domain, scope and terminal inventory, findings by domain with evidence fingerprints, the remediation plan, compensating controls and Not Applicable explanations, changes since the previous assessment, the attestation, and an appendix of every answer. Given a .json file instead, it re-renders a result written earlier by evaluate.

The PDF embeds its fonts (Noto Sans SC, for English and Chinese alike) and carries the evaluated result as the attachment posattest-result.json, byte for byte. The same input and date always give the same bytes.
With --sign, the report is signed (PAdES, ETSI.CAdES.detached) with the key of a PKCS#12 file or of a PKCS#11 token; the signature covers every page and the attachment. The signing time is the moment of signing (--signing-time or SOURCE_DATE_EPOCH fix it); the report's own date stays the assessment date. --tsa adds a trusted timestamp, --embed-revocation CRLs.

Exit status: 0 when the report was written (whatever the verdict: use evaluate or gate to fail on gaps), 2 for bad usage or input.`

  static override examples = [
    '<%= config.bin %> <%= command.id %> answers.yaml -o report.pdf',
    '<%= config.bin %> <%= command.id %> answers.yaml -o report-zh.pdf --lang zh-CN --previous result-2025.json',
    '<%= config.bin %> <%= command.id %> result.json -o report.pdf --date 2026-03-20',
    {
      description: 'Sign it, with the p12 passphrase in the environment variable POSATTEST_P12_PASSPHRASE:',
      command: '<%= config.bin %> <%= command.id %> answers.yaml -o signed.pdf --sign --p12 signer.p12 --location Shanghai',
    },
  ]

  static override enableJsonFlag = true

  static override args = {
    input: Args.string({
      description: 'the answers file (answers.yaml), or a result written by evaluate (a .json file) to re-render',
      required: true,
      ignoreStdin: true,
    }),
  }

  static override flags = {
    output: Flags.string({char: 'o', description: 'the PDF to write (atomically)', required: true, helpValue: 'FILE'}),
    lang: langFlag("report language (default: the answers' assessment.language)"),
    previous: Flags.string({description: 'an earlier result of the same entity, for the "changes since" section (answers input only)', helpValue: 'FILE'}),
    date: momentFlag({
      description:
        'the report date (YYYY-MM-DD, or a time with a zone): the PDF dates and the attestation date (not the signing time). Default: SOURCE_DATE_EPOCH when set, else the assessment date of the answers, so the same input gives the same PDF',
      helpValue: 'YYYY-MM-DD',
      day: 'start',
    }),
    catalog: Flags.string({description: 'control catalog folder (default: the catalog shipped with posattest; answers input only)', helpValue: 'DIR'}),
    sign: Flags.boolean({description: 'sign the report with the key given by --p12 or --pkcs11-module'}),
    ...reportSigningFlags,
    reason: Flags.string({description: 'the reason written into the signature (default: the PCI DSS self-assessment)', dependsOn: ['sign']}),
    location: Flags.string({description: 'where the report was signed, written into the signature', dependsOn: ['sign']}),
  }

  async run(): Promise<ReportSummary> {
    const {args, flags} = await this.parse(Report)
    const {report} = await import('../services/report.js')
    const summary = await report({
      input: args.input,
      output: flags.output,
      ...(flags.lang === undefined ? {} : {lang: flags.lang}),
      ...(flags.previous === undefined ? {} : {previous: flags.previous}),
      ...(flags.date === undefined ? {} : {date: flags.date}),
      ...(flags.catalog === undefined ? {} : {catalog: flags.catalog}),
      ...(flags.sign
        ? {
            sign: {
              key: signingKeyOptions(flags),
              ...(flags['signing-time'] === undefined ? {} : {signingTime: flags['signing-time']}),
              ...(flags.reason === undefined ? {} : {reason: flags.reason}),
              ...(flags.location === undefined ? {} : {location: flags.location}),
            },
          }
        : {}),
      generator: `${this.config.name} ${this.config.version}`,
      version: this.config.version,
      ...(process.env.SOURCE_DATE_EPOCH === undefined ? {} : {sourceDateEpoch: process.env.SOURCE_DATE_EPOCH}),
    })
    if (!this.jsonEnabled()) {
      const verdict = summary.verdict === 'compliant' ? 'compliant' : 'non-compliant'
      process.stderr.write(
        `Wrote ${summary.output}: ${summary.pages} pages, ${summary.bytes} bytes, ${verdict} (score ${summary.score} of 100)` +
          `${summary.signed_by ? `, signed by ${summary.signed_by}` : ''}` +
          `${summary.timestamp ? `, timestamped ${summary.timestamp.gen_time} by ${summary.timestamp.tsa}` : ''}\n`,
      )
    }
    return summary
  }
}
