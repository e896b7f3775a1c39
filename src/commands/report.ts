import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../base-command.js'
import {signingFlags} from '../signing/signing-flags.js'

export interface ReportSummary {
  output: string
  bytes: number
  pages: number
  sha256: string
  lang: string
  date: string
  verdict: string
  score: number
  signed_by?: string
  signing_time?: string
  timestamp?: {tsa: string; gen_time: string}
}

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
    }),
  }

  static override flags = {
    output: Flags.string({char: 'o', description: 'the PDF to write (atomically)', required: true, helpValue: 'FILE'}),
    lang: Flags.string({description: "report language (default: the answers' assessment.language)", options: ['en', 'zh-CN']}),
    previous: Flags.string({description: 'an earlier result of the same entity, for the "changes since" section (answers input only)', helpValue: 'FILE'}),
    date: Flags.string({
      description:
        'the report date (YYYY-MM-DD, or a time with a zone): the PDF dates and the attestation date (not the signing time). Default: SOURCE_DATE_EPOCH when set, else the assessment date of the answers, so the same input gives the same PDF',
      helpValue: 'YYYY-MM-DD',
    }),
    catalog: Flags.string({description: 'control catalog folder (default: the catalog shipped with posattest; answers input only)', helpValue: 'DIR'}),
    sign: Flags.boolean({description: 'sign the report with the key given by --p12 or --pkcs11-module'}),
    ...reportSigningFlags,
    reason: Flags.string({description: 'the reason written into the signature (default: the PCI DSS self-assessment)', dependsOn: ['sign']}),
    location: Flags.string({description: 'where the report was signed, written into the signature', dependsOn: ['sign']}),
  }

  async run(): Promise<ReportSummary> {
    const {args, flags} = await this.parse(Report)
    const [{loadReportInput}, {renderReport}, {resolveReportDate, currentSigningTime}, {writeOutputFile}, {createHash}] = await Promise.all([
      import('../report/report-input.js'),
      import('../report/render-report.js'),
      import('../signing/signing-time.js'),
      import('../io/atomic-write.js'),
      import('node:crypto'),
    ])
    const {result, json, answersJson, previousJson} = await loadReportInput(args.input, {
      generator: `${this.config.name} ${this.config.version}`,
      ...(flags.catalog === undefined ? {} : {catalogDir: flags.catalog}),
      ...(flags.previous === undefined ? {} : {previousFile: flags.previous}),
    })
    // Never the clock: without --date or SOURCE_DATE_EPOCH the report is dated on the assessment date.
    const date = resolveReportDate({date: flags.date, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, assessmentDate: result.assessment.date})
    const signingTime = flags.sign ? currentSigningTime(flags['signing-time']) : undefined
    const signing = signingTime ? await this.openSigner(flags, signingTime) : undefined
    const identity = signing?.setup.identity

    let pdf: Buffer
    let timestamp: import('../signing/timestamp-client.js').TimestampToken | undefined
    try {
      pdf = await renderReport(result, {
        date,
        lang: (flags.lang as 'en' | 'zh-CN' | undefined) ?? result.assessment.language,
        resultJson: json,
        ...(answersJson === undefined ? {} : {answersJson}),
        ...(previousJson === undefined ? {} : {previousJson}),
        version: this.config.version,
        ...(signing
          ? {
              beforeEnd: (doc) =>
                signing.addSignaturePlaceholder(doc, {
                  name: identity!.name,
                  reason: flags.reason ?? signing.DEFAULT_REASON,
                  location: flags.location ?? '',
                  contactInfo: identity!.email ?? '',
                  signingTime: signingTime!,
                  signatureLength: signing.cadesSignatureLength(signing.setup.cades),
                }),
            }
          : {}),
      })
      if (signing) ({pdf, timestamp} = await signing.signPlaceholder(pdf, identity!, signingTime!, flags.output, signing.setup.cades))
    } finally {
      signing?.setup.close()
    }

    await writeOutputFile(flags.output, pdf)
    const summary: ReportSummary = {
      output: flags.output,
      bytes: pdf.length,
      pages: countPages(pdf),
      sha256: createHash('sha256').update(pdf).digest('hex'),
      lang: flags.lang ?? result.assessment.language,
      date: date.toISOString().slice(0, 10),
      verdict: result.verdict,
      score: result.scores.overall,
      ...(identity ? {signed_by: identity.name, signing_time: signingTime!.toISOString()} : {}),
      ...(timestamp ? {timestamp: {tsa: timestamp.url, gen_time: timestamp.genTime.toISOString()}} : {}),
    }
    if (!this.jsonEnabled()) {
      const verdict = result.verdict === 'compliant' ? 'compliant' : 'non-compliant'
      process.stderr.write(
        `Wrote ${summary.output}: ${summary.pages} pages, ${summary.bytes} bytes, ${verdict} (score ${summary.score} of 100)` +
          `${summary.signed_by ? `, signed by ${summary.signed_by}` : ''}` +
          `${timestamp ? `, timestamped ${summary.timestamp!.gen_time} by ${timestamp.url}` : ''}\n`,
      )
    }
    return summary
  }

  /** Opens the key before rendering, so a wrong passphrase or PIN, or an expired certificate fails fast. */
  private async openSigner(flags: import('../signing/signing-flags.js').SigningFlagValues, signingTime: Date) {
    const [{openSigning}, sign, {addSignaturePlaceholder}, {assertValidAt}] = await Promise.all([
      import('../signing/signing-setup.js'),
      import('../signing/sign.js'),
      import('../signing/placeholder.js'),
      import('../signing/identity.js'),
    ])
    const setup = await openSigning(flags)
    try {
      assertValidAt(setup.identity, signingTime)
    } catch (error) {
      setup.close()
      throw error
    }
    return {setup, addSignaturePlaceholder, signPlaceholder: sign.signPlaceholder, cadesSignatureLength: sign.cadesSignatureLength, DEFAULT_REASON: sign.DEFAULT_REASON}
  }
}

/** Page objects in pdfkit's output (uncompressed dictionaries), for the summary line. */
function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0
}
