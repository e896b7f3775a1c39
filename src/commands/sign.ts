import {createHash} from 'node:crypto'
import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../base-command.js'
import {EXIT, UserError} from '../errors.js'
import {passphraseEnvFlag} from '../signing/passphrase.js'
import {readInput} from '../io/read-input.js'

export default class Sign extends BaseCommand {
  static override summary = 'Sign a PDF with the key and certificate of a PKCS#12 file'

  static override description = `A report made by \`posattest report\` carries an empty signature field and is signed in place. Any other PDF gets a signature field by an incremental update, so its original bytes stay intact at the start of the signed file. The signature is a detached CMS (adbe.pkcs7.detached, SHA-256) carrying the certificates of the p12, and covers the whole file.

The passphrase comes from the environment variable POSATTEST_P12_PASSPHRASE (or the one named by --passphrase-env), or from a hidden prompt on a terminal; never from a flag value.
The signing time is --date, else SOURCE_DATE_EPOCH, else now; with a fixed time the signed file is byte-identical on every run.
Exit status: 0 signed, 2 bad usage or input (not a PDF, a truncated PDF, an already signed PDF, a wrong passphrase, an unreadable p12, a certificate not valid at the signing time).`

  static override examples = [
    'POSATTEST_P12_PASSPHRASE=secret <%= config.bin %> <%= command.id %> report.pdf --p12 keys/signer.p12 -o report.signed.pdf',
    '<%= config.bin %> <%= command.id %> report.pdf --p12 signer.p12 -o signed.pdf --passphrase-env P12_PASS --reason "Annual attestation" --location Berlin --date 2026-11-24',
  ]

  static override enableJsonFlag = true

  static override args = {
    file: Args.string({description: 'PDF to sign', required: true}),
  }

  static override flags = {
    p12: Flags.string({description: 'PKCS#12 file with the private key and certificates (e.g. from `posattest keygen`)', required: true, helpValue: 'FILE'}),
    output: Flags.string({char: 'o', description: 'where to write the signed PDF (may be the input file itself)', required: true, helpValue: 'FILE'}),
    'passphrase-env': passphraseEnvFlag,
    reason: Flags.string({description: 'why the document is signed (/Reason)', helpValue: 'TEXT'}),
    location: Flags.string({description: 'where it is signed (/Location)', helpValue: 'TEXT'}),
    date: Flags.string({
      description: 'signing time: YYYY-MM-DD (00:00 UTC) or an ISO time with a zone; default SOURCE_DATE_EPOCH, else now',
      helpValue: 'DATE',
    }),
  }

  async run(): Promise<unknown> {
    const {args, flags} = await this.parse(Sign)
    const [{resolveSigningTime}, {pdfProblem}] = await Promise.all([import('../signing/signing-time.js'), import('../signing/pdf-file.js')])
    const signingTime = resolveSigningTime({date: flags.date, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, now: () => new Date()})
    for (const [flag, value] of [['--reason', flags.reason], ['--location', flags.location]] as const) {
      if (value !== undefined && [...value].length > 256) throw new UserError(`${flag} must be at most 256 characters`, EXIT.usage)
    }

    // Inputs are checked before the passphrase is asked for.
    const pdf = await readInput(args.file)
    const problem = pdfProblem(pdf)
    if (problem) throw new UserError(`${args.file}: ${problem.message}`, EXIT.usage)
    const p12 = await readInput(flags.p12)

    const [{readCommandPassphrase}, {openSigningIdentity}, {signWithIdentity}, {writeOutputFile}] = await Promise.all([
      import('../signing/passphrase.js'),
      import('../signing/identity.js'),
      import('../signing/sign.js'),
      import('../io/atomic-write.js'),
    ])
    const passphrase = await readCommandPassphrase(flags['passphrase-env'])
    const identity = openSigningIdentity(p12, passphrase, flags.p12)
    const signed = await signWithIdentity(pdf, identity, {
      signingTime,
      reason: flags.reason,
      location: flags.location,
      source: args.file,
    })
    await writeOutputFile(flags.output, signed)
    const summary = {
      input: args.file,
      output: flags.output,
      signer: identity.name,
      serial: identity.serial,
      issuer: identity.issuer,
      signingTime: signingTime.toISOString(),
      bytes: signed.length,
      sha256: createHash('sha256').update(signed).digest('hex'),
    }
    if (this.jsonEnabled()) return summary
    process.stdout.write(
      `signed ${args.file} -> ${flags.output}\n` +
        `  signer: ${identity.name} (serial ${identity.serial}, issued by ${identity.issuer})\n` +
        `  time:   ${summary.signingTime.replace('.000Z', 'Z')}\n` +
        `  sha256: ${summary.sha256}\n`,
    )
    return undefined
  }
}

