import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import {fileError, UserError} from '../model/errors.js'
import {writeFileAtomic} from '../io/atomic-write.js'
import {fileExists} from '../io/file-exists.js'
import {readInput} from '../io/read-input.js'
import {startOfDay, todayUtc} from '../model/day.js'
import type {RevocationReason} from '../signing/crl.js'
import {readCommandPassphrase} from '../signing/passphrase.js'
import {inUtcTimeRange, resolveSigningTime} from '../signing/signing-time.js'

export type {RevocationReason} from '../signing/crl.js'

export interface KeygenOptions {
  /** The folder to write signer.p12, signer.pem, ca.pem and ca-key.pem to. */
  output: string
  commonName: string
  organization?: string
  /** Days the signer certificate is valid. */
  days: number
  /** The first day of validity (a day, already read); default today (UTC). */
  date?: string
  /** Replace existing files. */
  force?: boolean
  /** The variable holding the passphrase (default POSATTEST_P12_PASSPHRASE). */
  passphraseEnv?: string
  now?: () => Date
}

/** What `posattest keygen` wrote (its --json output). */
export interface KeygenSummary {
  p12: string
  signer: string
  ca: string
  caKey: string
  commonName: string
  organization: string | null
  serial: string
  notBefore: string
  notAfter: string
  keyEncryption: string
}

/** `posattest keygen`: check the names and the files, ask for the passphrase, make the trial CA and signer, write them. */
export async function keygen(options: KeygenOptions): Promise<KeygenSummary> {
  for (const [flag, value] of [['--cn', options.commonName], ['--org', options.organization]] as const) {
    // X.520 upper bound for both attributes.
    if (value !== undefined && (value.trim() === '' || [...value].length > 64)) {
      throw new UserError('value-too-long', `${flag} must be 1 to 64 characters`)
    }
  }
  const notBefore =
    options.date === undefined ? startOfDay(todayUtc((options.now ?? (() => new Date()))())) : inUtcTimeRange(startOfDay(options.date), '--date', options.date)

  const files = {
    p12: path.join(options.output, 'signer.p12'),
    signer: path.join(options.output, 'signer.pem'),
    ca: path.join(options.output, 'ca.pem'),
    caKey: path.join(options.output, 'ca-key.pem'),
  }
  if (!options.force) {
    for (const file of Object.values(files)) {
      if (await fileExists(file)) throw new UserError('file-exists', `${file} already exists`, {next: '--force, to replace it'})
    }
  }
  const passphrase = await readCommandPassphrase(options.passphraseEnv, {confirm: true})
  if (passphrase === '') throw new UserError('empty-passphrase', 'the passphrase must not be empty')

  const {createTrialIdentity} = await import('../signing/identity.js')
  const identity = createTrialIdentity({
    commonName: options.commonName,
    organization: options.organization,
    notBefore,
    days: options.days,
    passphrase,
  })
  try {
    await mkdir(options.output, {recursive: true})
    await writeFileAtomic(files.p12, identity.p12, {mode: 0o600})
    await writeFileAtomic(files.signer, identity.signerPem)
    await writeFileAtomic(files.ca, identity.caPem)
    await writeFileAtomic(files.caKey, identity.caKeyPem, {mode: 0o600})
  } catch (error) {
    throw fileError(options.output, error)
  }
  const notAfter = new Date(notBefore.getTime() + options.days * 86_400_000)
  return {
    ...files,
    commonName: options.commonName,
    organization: options.organization ?? null,
    serial: identity.signerSerial,
    notBefore: notBefore.toISOString(),
    notAfter: notAfter.toISOString(),
    keyEncryption: 'AES-256-CBC, PBKDF2-HMAC-SHA256',
  }
}

export interface RevokeOptions {
  /** The folder keygen wrote: ca.pem and ca-key.pem are read there, ca.crl written. */
  caDir: string
  /** The serial (hex) to revoke; without it the CRL is republished. */
  serial?: string
  reason: RevocationReason
  /** Revocation time and thisUpdate (already read); default SOURCE_DATE_EPOCH, else now. */
  date?: Date
  sourceDateEpoch?: string
  now?: () => Date
  nextUpdateDays: number
  passphraseEnv?: string
}

/** What `posattest keygen revoke` wrote (its --json output). */
export interface RevokeSummary {
  crl: string
  number: number
  thisUpdate: string
  nextUpdate: string
  revoked: {serial: string; date: string; reason: string}[]
}

/** `posattest keygen revoke`: read the CA, its key and its last CRL, ask for the passphrase, write the next CRL. */
export async function revoke(options: RevokeOptions): Promise<RevokeSummary> {
  const date = resolveSigningTime({
    ...(options.date === undefined ? {} : {signingTime: options.date}),
    ...(options.sourceDateEpoch === undefined ? {} : {sourceDateEpoch: options.sourceDateEpoch}),
    now: options.now ?? (() => new Date()),
    flag: '--date',
  })
  const files = {ca: path.join(options.caDir, 'ca.pem'), caKey: path.join(options.caDir, 'ca-key.pem'), crl: path.join(options.caDir, 'ca.crl')}
  const caPem = (await readInput(files.ca)).toString('utf8')
  const caKeyPem = (await readInput(files.caKey)).toString('utf8')
  const previous = (await fileExists(files.crl)) ? {bytes: await readInput(files.crl), source: files.crl} : undefined
  const passphrase = await readCommandPassphrase(options.passphraseEnv)
  const {updateTrialCrl} = await import('../signing/crl.js')
  const crl = updateTrialCrl({
    caPem,
    caSource: files.ca,
    caKeyPem,
    caKeySource: files.caKey,
    passphrase,
    ...(previous ? {previous} : {}),
    ...(options.serial === undefined ? {} : {serial: options.serial}),
    reason: options.reason,
    date,
    nextUpdateDays: options.nextUpdateDays,
  })
  try {
    await writeFileAtomic(files.crl, crl.pem)
  } catch (error) {
    throw fileError(files.crl, error)
  }
  return {
    crl: files.crl,
    number: Number(crl.number),
    thisUpdate: crl.thisUpdate.toISOString(),
    nextUpdate: crl.nextUpdate.toISOString(),
    revoked: crl.entries.map((entry) => ({serial: entry.serial, date: entry.date.toISOString(), reason: entry.reason})),
  }
}
