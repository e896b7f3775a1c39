import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../cli/base-command.js'
import {momentFlag} from '../cli/flags.js'

export default class Verify extends BaseCommand {
  static override summary = 'Check the signature of a signed report and show what it attests'

  static override description = `Checks the last signature of the PDF: its byte ranges cover the whole file except the signature itself (nothing changed, nothing appended), the CMS message digest and signature value, every certificate the signature carries, and, with --ca, the signer's certification path (RFC 5280: validity, CA flags and path lengths, key usages, document-signing purpose, name constraints).
The path is validated at the time of a trusted RFC 3161 signature timestamp (its TSA chaining to a --tsa-ca root), else at the time of verification (--now, default the clock): the signing time the signer claims never makes an expired certificate count. A signature dated after the time of verification, or before the assessment date of the embedded result, is refused.
Revocation is checked against the --crl files, else the CRLs embedded in the signature.
When the signature is valid, the embedded posattest-result.json is evaluated again from the embedded answers (and previous result), exactly as gate does, and summarised (entity, role, assessment date, verdict, score, gaps) only when it is that evaluation; otherwise verify names the problem by its code (no-embedded-answers, result-not-derived, other-version, unknown-catalog, ...).
With --reproduce, the report is also rendered again from that data with the file's date and signature values, and the signed bytes must be exactly that rendering apart from the signature itself (code pages-differ or other-version when not).

Exit status: 0 valid and trusted (and derived, and reproduced with --reproduce); 1 invalid, untrusted (without --ca every signature is untrusted), a PDF with no signature, a result that is not derived, or a report that is not reproduced; 2 not a PDF, an unreadable file or --ca file, or bad usage.`

  static override examples = [
    '<%= config.bin %> <%= command.id %> report.signed.pdf --ca keys/ca.pem',
    '<%= config.bin %> <%= command.id %> report.signed.pdf --ca roots.pem --json',
    '<%= config.bin %> <%= command.id %> report.signed.pdf --ca keys/ca.pem --reproduce',
  ]

  static override enableJsonFlag = true

  static override args = {
    file: Args.string({description: 'signed PDF to check', required: true, ignoreStdin: true}),
  }

  static override flags = {
    ca: Flags.string({
      description: 'PEM file of trusted root certificates (may hold several; the flag may be repeated)',
      multiple: true,
      helpValue: 'FILE',
    }),
    reproduce: Flags.boolean({description: 'also render the report again from its embedded data and require the signed bytes to be exactly that'}),
    catalog: Flags.string({
      description: 'a further control catalog folder the embedded answers may be evaluated against, besides the shipped one (may be repeated)',
      multiple: true,
      helpValue: 'DIR',
    }),
    'tsa-ca': Flags.string({
      description: 'PEM file of roots a timestamp authority must chain to (repeatable)',
      multiple: true,
      helpValue: 'FILE',
    }),
    crl: Flags.string({
      description: 'CRL file (PEM or DER) to check revocation against, instead of the CRLs in the signature (repeatable)',
      multiple: true,
      helpValue: 'FILE',
    }),
    now: momentFlag({
      description: 'the time of verification: a day (YYYY-MM-DD, its end) or an ISO 8601 time with a zone; default the clock',
      day: 'end',
    }),
    'require-timestamp': Flags.boolean({description: 'fail a signature without a trusted timestamp'}),
    'require-revocation': Flags.boolean({description: 'fail when a CRL gives no status for a certificate of the path'}),
  }

  async run(): Promise<unknown> {
    const {args, flags} = await this.parse(Verify)
    const {verify, renderVerifyReport, shownVerifyReport} = await import('../services/verify.js')
    const {report, exitCode} = await verify({
      file: args.file,
      ca: flags.ca ?? [],
      tsaCa: flags['tsa-ca'] ?? [],
      ...(flags.crl === undefined ? {} : {crl: flags.crl}),
      catalogs: flags.catalog ?? [],
      ...(flags.now === undefined ? {} : {now: flags.now}),
      requireTimestamp: flags['require-timestamp'],
      requireRevocation: flags['require-revocation'],
      reproduce: flags.reproduce,
    })
    process.exitCode = exitCode
    if (this.jsonEnabled()) return shownVerifyReport(report)
    process.stdout.write(renderVerifyReport(report))
    return undefined
  }
}
