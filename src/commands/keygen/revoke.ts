import {Flags} from '@oclif/core'
import {BaseCommand} from '../../cli/base-command.js'
import {momentFlag, passphraseEnvFlag} from '../../cli/flags.js'

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
    date: momentFlag({description: 'revocation time and thisUpdate (YYYY-MM-DD or an ISO time with a zone); default SOURCE_DATE_EPOCH, else now', day: 'start'}),
    'next-update': Flags.integer({description: "days from thisUpdate to the CRL's nextUpdate", default: 30, min: 1, max: 3650}),
    'passphrase-env': passphraseEnvFlag,
  }

  async run(): Promise<unknown> {
    const {flags} = await this.parse(KeygenRevoke)
    const {revoke} = await import('../../services/keygen.js')
    const summary = await revoke({
      caDir: flags['ca-dir'],
      ...(flags.serial === undefined ? {} : {serial: flags.serial}),
      reason: flags.reason as (typeof REASONS)[number],
      ...(flags.date === undefined ? {} : {date: flags.date}),
      ...(process.env.SOURCE_DATE_EPOCH === undefined ? {} : {sourceDateEpoch: process.env.SOURCE_DATE_EPOCH}),
      nextUpdateDays: flags['next-update'],
      ...(flags['passphrase-env'] === undefined ? {} : {passphraseEnv: flags['passphrase-env']}),
    })
    if (this.jsonEnabled()) return summary
    process.stdout.write(
      `wrote ${summary.crl} (CRL number ${summary.number}, ${summary.revoked.length} revoked, next update ${summary.nextUpdate.slice(0, 10)})\n` +
        summary.revoked.map((entry) => `  revoked ${entry.serial} on ${entry.date.replace('.000Z', 'Z')} (${entry.reason})\n`).join(''),
    )
    return undefined
  }
}
