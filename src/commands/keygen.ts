import {Flags} from '@oclif/core'
import {BaseCommand} from '../cli/base-command.js'
import {dayFlag, passphraseEnvFlag} from '../cli/flags.js'

export default class Keygen extends BaseCommand {
  static override summary = 'Make a trial signing identity: a small CA and a signer certificate issued by it'

  static override description = `Writes four files to the output folder:
  signer.p12  the private key (AES-256-CBC, PBKDF2-HMAC-SHA256), the signer certificate and the CA certificate; mode 0600
  signer.pem  the signer certificate
  ca.pem      the CA certificate: give it to \`posattest verify --ca\` or to the acquirer as a trusted root
  ca-key.pem  the CA's private key, encrypted PKCS#8 (AES-256-CBC) under the same passphrase; mode 0600. \`posattest keygen revoke\` signs CRLs with it

The passphrase comes from the environment variable POSATTEST_P12_PASSPHRASE (or the one named by --passphrase-env), or from a hidden prompt (asked twice) on a terminal; never from a flag value.
The keys are RSA-2048 and the certificates are self-issued: fit for trials and tests, not for production signing.
Validity starts at 00:00 UTC of --date (default: today) and lasts --days days.
Exit status: 0 written, 2 bad usage, no passphrase, or files that exist without --force.`

  static override examples = [
    'POSATTEST_P12_PASSPHRASE=secret <%= config.bin %> <%= command.id %> -o keys --cn "Jane Doe" --org "Acme Retail Ltd"',
    '<%= config.bin %> <%= command.id %> -o keys --days 730 --passphrase-env MY_P12_PASS --force',
  ]

  static override enableJsonFlag = true

  static override flags = {
    output: Flags.string({char: 'o', description: 'folder to write signer.p12, signer.pem, ca.pem and ca-key.pem to (created if missing)', required: true, helpValue: 'DIR'}),
    cn: Flags.string({description: 'common name of the signer certificate', default: 'posattest trial signer', helpValue: 'NAME'}),
    org: Flags.string({description: 'organisation of the signer and its CA', helpValue: 'ORG'}),
    days: Flags.integer({description: 'days the signer certificate is valid', default: 365, min: 1, max: 3650}),
    date: dayFlag({description: 'first day of validity (YYYY-MM-DD); default: today'}),
    force: Flags.boolean({description: 'replace existing signer.p12, signer.pem, ca.pem and ca-key.pem'}),
    'passphrase-env': passphraseEnvFlag,
  }

  async run(): Promise<unknown> {
    const {flags} = await this.parse(Keygen)
    const {keygen} = await import('../services/keygen.js')
    const summary = await keygen({
      output: flags.output,
      commonName: flags.cn,
      ...(flags.org === undefined ? {} : {organization: flags.org}),
      days: flags.days,
      ...(flags.date === undefined ? {} : {date: flags.date}),
      force: flags.force,
      ...(flags['passphrase-env'] === undefined ? {} : {passphraseEnv: flags['passphrase-env']}),
    })
    if (this.jsonEnabled()) return summary
    const day = (iso: string): string => iso.slice(0, 10)
    process.stdout.write(
      `wrote ${summary.p12} (private key AES-256-CBC, PBKDF2-HMAC-SHA256; mode 0600)\n` +
        `wrote ${summary.signer} (signer "${summary.commonName}", serial ${summary.serial}, valid ${day(summary.notBefore)} to ${day(summary.notAfter)})\n` +
        `wrote ${summary.ca} (the trial CA: pass it to \`${this.config.bin} verify --ca\` or to the acquirer as a trusted root)\n` +
        `wrote ${summary.caKey} (the trial CA's key, encrypted with the same passphrase; mode 0600: for \`${this.config.bin} keygen revoke\`)\n`,
    )
    return undefined
  }
}
