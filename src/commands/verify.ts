import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../base-command.js'
import path from 'node:path'
import {UserError} from '../errors.js'
import {endOfDay} from '../gate/day-of-judgement.js'
import {readInput} from '../io/read-input.js'

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
    file: Args.string({description: 'signed PDF to check', required: true}),
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
    const [{verifyReport, checkSignedAfterAssessment}, {readRootCertificates}, {pdfProblem}, report] = await Promise.all([
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
    if (problem?.code === 'not-a-pdf') throw new UserError(problem.code, `${args.file}: ${problem.message}`)

    const checks = {
      trustedRoots: roots,
      timestampRoots,
      ...(crls ? {crls} : {}),
      requireTimestamp: flags['require-timestamp'],
      requireRevocation: flags['require-revocation'],
    }
    let {verification: signature} = await verifyReport(pdf, {...checks, validationTime})
    const result: import('../signing/verify-report.js').VerifyReport = {
      file: args.file,
      rootsGiven: roots.length > 0,
      signature,
      embeddedResult: null,
      embeddedResultNote: null,
      derivation: null,
      reproduction: null,
    }
    if (signature.valid) {
      // The PDF parser is loaded only when there is something trustworthy to read: the gate's own reading of it.
      const [{readSubmission}, {deriveSubmission}, embedded] = await Promise.all([
        import('../gate/load-submission.js'),
        import('../gate/judge-submission-bytes.js'),
        import('../signing/embedded-result.js'),
      ])
      const read = await readSubmission(pdf, checks)
      // The assessment date bounds the signing time even before the result is derived: this only adds a refusal.
      if (read.result) signature = checkSignedAfterAssessment(signature, read.result.assessment.date)
      result.signature = signature
      const derivation = await deriveSubmission(read, (flags.catalog ?? []).map((dir) => path.resolve(dir)))
      if (!derivation) result.embeddedResultNote = read.problem ?? 'cannot be read'
      else if (derivation.problem) {
        result.derivation = derivation.problem
        result.embeddedResultNote = `not shown: ${derivation.problem.code}: ${derivation.problem.message}`
      } else {
        result.embeddedResult = embedded.summarizeEmbeddedResult(read.attachments!.result)
        if (flags.reproduce) {
          const {reproduceReport} = await import('../report/reproduce-report.js')
          result.reproduction = await reproduceReport(pdf, {result: derivation.result, attachments: read.attachments!})
        }
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


/** --now as a moment: a day means its last millisecond (UTC), so a signature made that day is not in the future. */
function verificationTime(flag: string | undefined): Date {
  if (flag === undefined) return new Date()
  const day = /^\d{4}-\d{2}-\d{2}$/.test(flag)
  const time = day ? endOfDay(flag) : new Date(flag)
  const valid = !Number.isNaN(time.getTime()) && (!day || time.toISOString().slice(0, 10) === flag) && (day || /^\d{4}-\d{2}-\d{2}T/.test(flag))
  if (!valid) throw new UserError('bad-time', `--now must be a day (YYYY-MM-DD) or an ISO 8601 time, not ${flag}`)
  return time
}
