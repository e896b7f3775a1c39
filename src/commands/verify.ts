import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../base-command.js'
import {EXIT, UserError} from '../errors.js'
import {readInput} from '../io/read-input.js'

export default class Verify extends BaseCommand {
  static override summary = 'Check the signature of a signed report and show what it attests'

  static override description = `Checks the last signature of the PDF: its byte ranges cover the whole file except the signature itself (nothing changed, nothing appended), the CMS message digest and signature value, every certificate the signature carries, the signer certificate's validity and key usage at the signing time, and, with --ca, its chain to a trusted root at the signing time. The signing time is the one the signer claims (there is no timestamp authority).
When the signature is valid, the embedded posattest-result.json is summarised (entity, role, assessment date, verdict, score, gaps).

Exit status: 0 valid and trusted; 1 invalid, untrusted (without --ca every signature is untrusted), or a PDF with no signature; 2 not a PDF, an unreadable file or --ca file, or bad usage.`

  static override examples = [
    '<%= config.bin %> <%= command.id %> report.signed.pdf --ca keys/ca.pem',
    '<%= config.bin %> <%= command.id %> report.signed.pdf --ca roots.pem --json',
  ]

  static override enableJsonFlag = true

  static override args = {
    file: Args.string({description: 'signed PDF to check', required: true}),
  }

  static override flags = {
    ca: Flags.string({
      description: 'PEM file of trusted root certificates (may hold several; the flag may be repeated)',
      multiple: true,
      helpValue: 'FILE',
    }),
  }

  async run(): Promise<unknown> {
    const {args, flags} = await this.parse(Verify)
    const [{verifyReport}, {readRootCertificates}, {pdfProblem}, report] = await Promise.all([
      import('../signing/verify.js'),
      import('../signing/certificates.js'),
      import('../signing/pdf-file.js'),
      import('../signing/verify-report.js'),
    ])
    const roots: string[] = []
    for (const file of flags.ca ?? []) roots.push(await readRootCertificates(file))
    const pdf = await readInput(args.file)
    const problem = pdfProblem(pdf)
    if (problem?.code === 'not-a-pdf') throw new UserError(`${args.file}: ${problem.message}`, EXIT.usage)

    const {verification: signature, attachments} = await verifyReport(pdf, {trustedRoots: roots})
    const result: import('../signing/verify-report.js').VerifyReport = {
      file: args.file,
      rootsGiven: roots.length > 0,
      signature,
      embeddedResult: null,
      embeddedResultNote: null,
    }
    if (signature.valid) {
      // The attachments were decoded (within their bounds) only because the signature holds.
      const embedded = await import('../signing/embedded-result.js')
      const bytes = attachments?.get(embedded.EMBEDDED_RESULT_NAME)
      try {
        if (bytes) result.embeddedResult = embedded.summarizeEmbeddedResult(bytes)
        else result.embeddedResultNote = `none (no ${embedded.EMBEDDED_RESULT_NAME} attached)`
      } catch (error) {
        if (!(error instanceof UserError)) throw error
        result.embeddedResultNote = `cannot be read: ${error.message}`
      }
    } else if (signature.signed) {
      result.embeddedResultNote = 'not shown, since the signature is invalid'
    }
    process.exitCode = report.verifyExitCode(result)
    if (this.jsonEnabled()) return report.shownVerifyReport(result)
    process.stdout.write(report.renderVerifyReport(result))
    return undefined
  }
}

