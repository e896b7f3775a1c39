import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../base-command.js'
import {EXIT, UserError} from '../errors.js'
import {endOfDay} from '../gate/day-of-judgement.js'
import {readInput} from '../io/read-input.js'

export default class Verify extends BaseCommand {
  static override summary = 'Check the signature of a signed report and show what it attests'

  static override description = `Checks the last signature of the PDF: its byte ranges cover the whole file except the signature itself (nothing changed, nothing appended), the CMS message digest and signature value, every certificate the signature carries, and, with --ca, the signer's certification path (RFC 5280: validity, CA flags and path lengths, key usages, document-signing purpose, name constraints).
The path is validated at the time of a trusted RFC 3161 signature timestamp (its TSA chaining to a --tsa-ca root), else at the time of verification (--now, default the clock): the signing time the signer claims never makes an expired certificate count. A signature dated after the time of verification, or before the assessment date of the embedded result, is refused.
Revocation is checked against the --crl files, else the CRLs embedded in the signature.
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
    now: Flags.string({
      description: 'the time of verification: a day (YYYY-MM-DD, its end) or an ISO 8601 time; default the clock',
      helpValue: 'TIME',
    }),
    'require-timestamp': Flags.boolean({description: 'fail a signature without a trusted timestamp'}),
    'require-revocation': Flags.boolean({description: 'fail when a CRL gives no status for a certificate of the path'}),
  }

  async run(): Promise<unknown> {
    const {args, flags} = await this.parse(Verify)
    const validationTime = verificationTime(flags.now)
    const [{verifySignature, checkSignedAfterAssessment}, {readRootCertificates}, {pdfProblem}, report] = await Promise.all([
      import('../signing/verify.js'),
      import('../signing/certificates.js'),
      import('../signing/pdf-file.js'),
      import('../signing/verify-report.js'),
    ])
    const roots: string[] = []
    for (const file of flags.ca ?? []) roots.push(await readRootCertificates(file))
    const timestampRoots: string[] = []
    for (const file of flags['tsa-ca'] ?? []) timestampRoots.push(await readRootCertificates(file))
    const crls = flags.crl ? await Promise.all(flags.crl.map(async (file) => ({bytes: await readInput(file), source: file}))) : undefined
    const pdf = await readInput(args.file)
    const problem = pdfProblem(pdf)
    if (problem?.code === 'not-a-pdf') throw new UserError(`${args.file}: ${problem.message}`, EXIT.usage)

    let signature = await verifySignature(pdf, {
      trustedRoots: roots,
      timestampRoots,
      validationTime,
      ...(crls ? {crls} : {}),
      requireTimestamp: flags['require-timestamp'],
      requireRevocation: flags['require-revocation'],
    })
    const result: import('../signing/verify-report.js').VerifyReport = {
      file: args.file,
      rootsGiven: roots.length > 0,
      signature,
      embeddedResult: null,
      embeddedResultNote: null,
    }
    if (signature.valid) {
      // The PDF parser is loaded only when there is something trustworthy to read.
      const embedded = await import('../signing/embedded-result.js')
      try {
        const bytes = await embedded.readEmbeddedFile(pdf, embedded.EMBEDDED_RESULT_NAME, args.file)
        if (bytes) {
          result.embeddedResult = embedded.summarizeEmbeddedResult(bytes)
          if (result.embeddedResult.assessmentDate) signature = checkSignedAfterAssessment(signature, result.embeddedResult.assessmentDate)
          result.signature = signature
        } else result.embeddedResultNote = `none (no ${embedded.EMBEDDED_RESULT_NAME} attached)`
      } catch (error) {
        if (!(error instanceof UserError)) throw error
        result.embeddedResultNote = `cannot be read: ${error.message}`
      }
    } else if (signature.signed) {
      result.embeddedResultNote = 'not shown, since the signature is invalid'
    }
    process.exitCode = report.verifyExitCode(result)
    if (this.jsonEnabled()) return result
    process.stdout.write(report.renderVerifyReport(result))
    return undefined
  }
}


/** --now as a moment: a day means its last millisecond (UTC), so a signature made that day is not in the future. */
function verificationTime(flag: string | undefined): Date {
  if (flag === undefined) return new Date()
  const day = /^\d{4}-\d{2}-\d{2}$/.test(flag)
  const time = day ? endOfDay(flag) : new Date(flag)
  const valid = !Number.isNaN(time.getTime()) && (!day || time.toISOString().slice(0, 10) === flag) && (day || /^\d{4}-\d{2}-\d{2}T/.test(flag))
  if (!valid) throw new UserError(`--now must be a day (YYYY-MM-DD) or an ISO 8601 time, not ${flag}`, EXIT.usage)
  return time
}
