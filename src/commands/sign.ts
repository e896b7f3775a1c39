import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../cli/base-command.js'
import {signingFlags, signingKeyOptions} from '../cli/flags.js'

export default class Sign extends BaseCommand {
  static override summary = 'Sign a PDF with the key of a PKCS#12 file or a PKCS#11 token (PAdES)'

  static override description = `A report made by \`posattest report\` carries an empty signature field and is signed in place. Any other PDF gets a signature field by an incremental update, so its original bytes stay intact at the start of the signed file. The signature is a detached CAdES CMS (ETSI.CAdES.detached, SHA-256, with the ESS signing-certificate-v2 attribute: PAdES baseline B) carrying the certificates, and covers the whole file. --tsa adds an RFC 3161 timestamp over the signature (PAdES B-T); --embed-revocation archives CRLs in it.

The key is a PKCS#12 file (--p12), or a key on a PKCS#11 token (--pkcs11-module, --pkcs11-key), which never leaves the token.
The passphrase comes from the environment variable POSATTEST_P12_PASSPHRASE (or the one named by --passphrase-env), the PIN from POSATTEST_PKCS11_PIN (or --pin-env), else from a hidden prompt on a terminal; never from a flag value.
The signing time is --signing-time, else SOURCE_DATE_EPOCH, else now; with a fixed time and no timestamp the signed file is byte-identical on every run (RSA keys).
Exit status: 0 signed, 2 bad usage or input (not a PDF, a truncated PDF, an already signed PDF, a wrong passphrase or PIN, an unreadable p12, a certificate not valid at the signing time, no usable timestamp).`

  static override examples = [
    'POSATTEST_P12_PASSPHRASE=secret <%= config.bin %> <%= command.id %> report.pdf --p12 keys/signer.p12 -o report.signed.pdf',
    '<%= config.bin %> <%= command.id %> report.pdf --p12 signer.p12 -o signed.pdf --passphrase-env P12_PASS --reason "Annual attestation" --location Berlin --signing-time 2026-11-24T10:00:00Z',
    '<%= config.bin %> <%= command.id %> report.pdf --p12 signer.p12 -o signed.pdf --tsa http://tsa.example/ --tsa http://tsa2.example/ --embed-revocation keys/ca.crl',
    'POSATTEST_PKCS11_PIN=1234 <%= config.bin %> <%= command.id %> report.pdf -o signed.pdf --pkcs11-module /usr/lib/softhsm/libsofthsm2.so --pkcs11-token posattest --pkcs11-key signer',
  ]

  static override enableJsonFlag = true

  static override args = {
    file: Args.string({description: 'PDF to sign', required: true, ignoreStdin: true}),
  }

  static override flags = {
    ...signingFlags,
    output: Flags.string({char: 'o', description: 'where to write the signed PDF (may be the input file itself)', required: true, helpValue: 'FILE'}),
    reason: Flags.string({description: 'why the document is signed (/Reason)', helpValue: 'TEXT'}),
    location: Flags.string({description: 'where it is signed (/Location)', helpValue: 'TEXT'}),
  }

  async run(): Promise<unknown> {
    const {args, flags} = await this.parse(Sign)
    const {sign} = await import('../services/sign.js')
    const summary = await sign({
      file: args.file,
      output: flags.output,
      key: signingKeyOptions(flags),
      ...(flags['signing-time'] === undefined ? {} : {signingTime: flags['signing-time']}),
      ...(flags.reason === undefined ? {} : {reason: flags.reason}),
      ...(flags.location === undefined ? {} : {location: flags.location}),
      ...(process.env.SOURCE_DATE_EPOCH === undefined ? {} : {sourceDateEpoch: process.env.SOURCE_DATE_EPOCH}),
    })
    if (this.jsonEnabled()) return summary
    process.stdout.write(
      `signed ${summary.input} -> ${summary.output}\n` +
        `  signer: ${summary.signer} (serial ${summary.serial}, issued by ${summary.issuer})\n` +
        `  time:   ${summary.signingTime.replace('.000Z', 'Z')}\n` +
        (summary.timestamp ? `  timestamp: ${summary.timestamp.genTime.replace('.000Z', 'Z')} from ${summary.timestamp.tsa}\n` : '') +
        `  sha256: ${summary.sha256}\n`,
    )
    return undefined
  }
}
