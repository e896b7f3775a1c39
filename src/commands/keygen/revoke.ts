import path from 'node:path'
import {Flags} from '@oclif/core'
import {BaseCommand} from '../../base-command.js'
import {fileError} from '../../errors.js'
import {fileExists} from '../../io/file-exists.js'
import {readInput} from '../../io/read-input.js'
import {passphraseEnvFlag} from '../../signing/passphrase.js'

const REASONS = ['unspecified', 'keyCompromise', 'cACompromise', 'affiliationChanged', 'superseded', 'cessationOfOperation', 'certificateHold', 'privilegeWithdrawn'] as const

export default class KeygenRevoke extends BaseCommand {
  static override summary = "Revoke a certificate of a trial CA and publish the CA's CRL"

  static override description = `Reads ca.pem and ca-key.pem from the keygen folder (--ca-dir) and writes ca.crl there (PEM): a CRL signed by the trial CA that lists every serial revoked so far (those of the previous ca.crl) plus --serial, with the next CRL number, thisUpdate = --date (default now) and nextUpdate --next-update days later. Without --serial it republishes the CRL (for example before nextUpdate passes).
Embed the CRL in a signature with \`posattest sign --embed-revocation DIR/ca.crl\` (or report --sign), so that a verifier years later needs nothing else.
The passphrase (that of keygen) comes from POSATTEST_P12_PASSPHRASE (or the variable named by --passphrase-env), or from a hidden prompt on a terminal.
Exit status: 0 written, 2 bad usage, unreadable files or a wrong passphrase.`

  static override examples = [
    'POSATTEST_P12_PASSPHRASE=secret <%= config.bin %> <%= command.id %> --ca-dir keys --serial 3a9f0c11d2e4b5a6978812ab34cd56ef --reason keyCompromise',
    'POSATTEST_P12_PASSPHRASE=secret <%= config.bin %> <%= command.id %> --ca-dir keys',
  ]

  static override enableJsonFlag = true

  static override flags = {
    'ca-dir': Flags.string({description: 'the folder keygen wrote (ca.pem, ca-key.pem); ca.crl is written there', required: true, helpValue: 'DIR'}),
    serial: Flags.string({description: 'serial number (hex, as keygen and pdfsig print it) of the certificate to revoke', helpValue: 'HEX'}),
    reason: Flags.string({description: 'the CRL reason code of the revocation', options: [...REASONS], default: 'unspecified'}),
    date: Flags.string({description: 'revocation time and thisUpdate (YYYY-MM-DD or an ISO time with a zone); default SOURCE_DATE_EPOCH, else now', helpValue: 'TIME'}),
    'next-update': Flags.integer({description: "days from thisUpdate to the CRL's nextUpdate", default: 30, min: 1, max: 3650}),
    'passphrase-env': passphraseEnvFlag,
  }

  async run(): Promise<unknown> {
    const {flags} = await this.parse(KeygenRevoke)
    const [{resolveSigningTime}, {updateTrialCrl}, {readCommandPassphrase}, {writeFileAtomic}] = await Promise.all([
      import('../../signing/signing-time.js'),
      import('../../signing/crl.js'),
      import('../../signing/passphrase.js'),
      import('../../io/atomic-write.js'),
    ])
    const date = resolveSigningTime({signingTime: flags.date, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, now: () => new Date()})
    const files = {ca: path.join(flags['ca-dir'], 'ca.pem'), caKey: path.join(flags['ca-dir'], 'ca-key.pem'), crl: path.join(flags['ca-dir'], 'ca.crl')}
    const caPem = (await readInput(files.ca)).toString('utf8')
    const caKeyPem = (await readInput(files.caKey)).toString('utf8')
    const previous = (await fileExists(files.crl)) ? {bytes: await readInput(files.crl), source: files.crl} : undefined
    const passphrase = await readCommandPassphrase(flags['passphrase-env'])
    const crl = updateTrialCrl({
      caPem,
      caSource: files.ca,
      caKeyPem,
      caKeySource: files.caKey,
      passphrase,
      ...(previous ? {previous} : {}),
      ...(flags.serial === undefined ? {} : {serial: flags.serial}),
      reason: flags.reason as (typeof REASONS)[number],
      date,
      nextUpdateDays: flags['next-update'],
    })
    try {
      await writeFileAtomic(files.crl, crl.pem)
    } catch (error) {
      throw fileError(files.crl, error)
    }
    const summary = {
      crl: files.crl,
      number: Number(crl.number),
      thisUpdate: crl.thisUpdate.toISOString(),
      nextUpdate: crl.nextUpdate.toISOString(),
      revoked: crl.entries.map((entry) => ({serial: entry.serial, date: entry.date.toISOString(), reason: entry.reason})),
    }
    if (this.jsonEnabled()) return summary
    process.stdout.write(
      `wrote ${files.crl} (CRL number ${summary.number}, ${crl.entries.length} revoked, next update ${summary.nextUpdate.slice(0, 10)})\n` +
        crl.entries.map((entry) => `  revoked ${entry.serial} on ${entry.date.toISOString().replace('.000Z', 'Z')} (${entry.reason})\n`).join(''),
    )
    return undefined
  }
}
