import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import {Flags} from '@oclif/core'
import {BaseCommand} from '../base-command.js'
import {fileError, UserError} from '../errors.js'
import {fileExists} from '../io/file-exists.js'
import {passphraseEnvFlag} from '../signing/passphrase.js'

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
    date: Flags.string({description: 'first day of validity (YYYY-MM-DD); default: today', helpValue: 'YYYY-MM-DD'}),
    force: Flags.boolean({description: 'replace existing signer.p12, signer.pem, ca.pem and ca-key.pem'}),
    'passphrase-env': passphraseEnvFlag,
  }

  async run(): Promise<unknown> {
    const {flags} = await this.parse(Keygen)
    for (const [flag, value] of [['--cn', flags.cn], ['--org', flags.org]] as const) {
      // X.520 upper bound for both attributes.
      if (value !== undefined && (value.trim() === '' || [...value].length > 64)) {
        throw new UserError('value-too-long', `${flag} must be 1 to 64 characters`)
      }
    }
    if (flags.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) {
      throw new UserError('bad-day', `--date must be a day (YYYY-MM-DD), not ${flags.date}`)
    }
    const {parseSigningDate} = await import('../signing/signing-time.js')
    const notBefore = flags.date === undefined ? startOfDay(new Date()) : parseSigningDate(flags.date, '--date')

    const files = {
      p12: path.join(flags.output, 'signer.p12'),
      signer: path.join(flags.output, 'signer.pem'),
      ca: path.join(flags.output, 'ca.pem'),
      caKey: path.join(flags.output, 'ca-key.pem'),
    }
    if (!flags.force) {
      for (const file of Object.values(files)) {
        if (await fileExists(file)) throw new UserError('file-exists', `${file} already exists`, {next: '--force, to replace it'})
      }
    }
    const {readCommandPassphrase} = await import('../signing/passphrase.js')
    const passphrase = await readCommandPassphrase(flags['passphrase-env'], {confirm: true})
    if (passphrase === '') throw new UserError('empty-passphrase', 'the passphrase must not be empty')

    const [{createTrialIdentity}, {writeFileAtomic}] = await Promise.all([
      import('../signing/identity.js'),
      import('../io/atomic-write.js'),
    ])
    const identity = createTrialIdentity({
      commonName: flags.cn,
      organization: flags.org,
      notBefore,
      days: flags.days,
      passphrase,
    })
    try {
      await mkdir(flags.output, {recursive: true})
      await writeFileAtomic(files.p12, identity.p12, {mode: 0o600})
      await writeFileAtomic(files.signer, identity.signerPem)
      await writeFileAtomic(files.ca, identity.caPem)
      await writeFileAtomic(files.caKey, identity.caKeyPem, {mode: 0o600})
    } catch (error) {
      throw fileError(flags.output, error)
    }
    const notAfter = new Date(notBefore.getTime() + flags.days * 86_400_000)
    const summary = {
      p12: files.p12,
      signer: files.signer,
      ca: files.ca,
      caKey: files.caKey,
      commonName: flags.cn,
      organization: flags.org ?? null,
      serial: identity.signerSerial,
      notBefore: notBefore.toISOString(),
      notAfter: notAfter.toISOString(),
      keyEncryption: 'AES-256-CBC, PBKDF2-HMAC-SHA256',
    }
    if (this.jsonEnabled()) return summary
    const day = (date: Date): string => date.toISOString().slice(0, 10)
    process.stdout.write(
      `wrote ${files.p12} (private key AES-256-CBC, PBKDF2-HMAC-SHA256; mode 0600)\n` +
        `wrote ${files.signer} (signer "${flags.cn}", serial ${identity.signerSerial}, valid ${day(notBefore)} to ${day(notAfter)})\n` +
        `wrote ${files.ca} (the trial CA: pass it to \`${this.config.bin} verify --ca\` or to the acquirer as a trusted root)\n` +
        `wrote ${files.caKey} (the trial CA's key, encrypted with the same passphrase; mode 0600: for \`${this.config.bin} keygen revoke\`)\n`,
    )
    return undefined
  }
}

function startOfDay(date: Date): Date {
  return new Date(`${date.toISOString().slice(0, 10)}T00:00:00Z`)
}
