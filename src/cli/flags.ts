import {Flags} from '@oclif/core'
import {UserError} from '../model/errors.js'
import {parseDay, parseMoment, startOfDay} from '../model/day.js'
import {LANGUAGES, type Language} from '../model/language.js'
import {PASSPHRASE_ENV, type SigningKeyOptions} from '../services/signing-options.js'

/*
 * The flags several commands share, and the one way a date or a time is read from a flag. This is the only
 * module besides the commands and base-command.ts that knows oclif: every stage below takes plain values.
 * (It sits beside base-command.ts rather than in src/commands/, where oclif would take it for a command.)
 */

/**
 * A flag value that cannot be read. oclif prefixes the message of an error thrown while parsing a flag
 * ("Parsing --now" and a help line); ours already names the flag in one line, so it keeps its own text.
 */
class FlagValueError extends UserError {
  constructor(code: 'bad-day' | 'bad-time', message: string) {
    super(code, message)
    const text = this.message
    Object.defineProperty(this, 'message', {get: () => text, set: () => {}, enumerable: false, configurable: true})
  }
}

/** The message of every day flag that is not a real calendar day. */
export function badDayMessage(flag: string, text: string): string {
  return `${flag} must be a day (YYYY-MM-DD), not ${text}`
}

/** The message of every moment flag that is neither a day nor a time with a zone. */
export function badMomentMessage(flag: string, text: string): string {
  return `${flag} must be a day (YYYY-MM-DD) or a time with a zone (2026-11-24T10:00:00Z), not ${text}`
}

interface DateFlagOptions {
  description: string
  helpValue?: string
}

/** A day, YYYY-MM-DD, read by parseDay (2026-02-30 is refused): the value is the day as written. */
export function dayFlag(options: DateFlagOptions) {
  return Flags.custom<string>({
    ...options,
    helpValue: options.helpValue ?? 'YYYY-MM-DD',
    async parse(input, _context, flag) {
      const day = parseDay(input)
      if (day === undefined) throw new FlagValueError('bad-day', badDayMessage(`--${flag.name}`, input))
      return day
    },
  })()
}

/**
 * A moment: an ISO 8601 time with a zone, or a day, read by parseMoment. A day alone means its first
 * millisecond (a signing time, a report or CRL date: 00:00 UTC) or its last (a time of verification: a
 * signature made during that day is not in its future), as `day` says.
 */
export function momentFlag(options: DateFlagOptions & {day: 'start' | 'end'}) {
  const {day: dayMeans, ...rest} = options
  return Flags.custom<Date>({
    ...rest,
    helpValue: options.helpValue ?? 'TIME',
    async parse(input, _context, flag) {
      const day = parseDay(input)
      const moment = day !== undefined && dayMeans === 'start' ? startOfDay(day) : parseMoment(input)
      if (moment === undefined) throw new FlagValueError('bad-time', badMomentMessage(`--${flag.name}`, input))
      return moment
    },
  })()
}

// gate and portfolio: one policy, further roots, one day of judgement, read the same way.

export const policyFlag = Flags.string({description: "the acquirer's policy (policy.yaml)", required: true, helpValue: 'FILE'})

export const caFlag = Flags.string({
  description: "PEM file of further trusted root certificates, besides the policy's trusted_roots (may be repeated)",
  multiple: true,
  helpValue: 'FILE',
})

/** validate, catalog lint and gate: the folder their SARIF locations are relative to (%SRCROOT%). */
export const sarifBaseFlag = Flags.string({
  description: 'with --format sarif: the folder file locations are relative to, as %SRCROOT% (default: the working directory); files outside it get absolute file: URIs',
  helpValue: 'DIR',
})

/** The render options --sarif-base gives (none: the working directory). */
export function sarifOptions(base: string | undefined): {sarifBase?: string} {
  return base === undefined ? {} : {sarifBase: base}
}

export const nowFlag = dayFlag({description: 'the day of judgement (YYYY-MM-DD); default: today'})

// Every command that signs or holds a key: the passphrase is never a flag value, since flag values end up in
// shell history and process listings.

export const passphraseEnvFlag = Flags.string({
  description: `name of the environment variable holding the p12 passphrase (default ${PASSPHRASE_ENV}); without it, a terminal prompts`,
  helpValue: 'NAME',
})

/**
 * The flags of every command that signs (sign, report --sign): where the key is (a p12 or a PKCS#11 token),
 * the signing time, a timestamp and CRLs to embed. Secrets are never flag values.
 */
export const signingFlags = {
  p12: Flags.string({description: 'PKCS#12 file (.p12/.pfx) holding the signing key and certificates (e.g. from `posattest keygen`)', helpValue: 'FILE', exclusive: ['pkcs11-module']}),
  'passphrase-env': passphraseEnvFlag,
  'pkcs11-module': Flags.string({description: 'sign with a key on a PKCS#11 token through this module (e.g. /usr/lib/softhsm/libsofthsm2.so)', helpValue: 'PATH', dependsOn: ['pkcs11-key']}),
  'pkcs11-token': Flags.string({description: 'label of the token (default: the only token present)', helpValue: 'LABEL', dependsOn: ['pkcs11-module']}),
  'pkcs11-key': Flags.string({description: 'label (or hex id) of the private key on the token', helpValue: 'LABEL', dependsOn: ['pkcs11-module']}),
  'pin-env': Flags.string({
    description: 'name of the environment variable holding the token PIN (default POSATTEST_PKCS11_PIN); without it, a terminal prompts',
    helpValue: 'NAME',
    dependsOn: ['pkcs11-module'],
  }),
  cert: Flags.string({
    description: 'PEM file with the signer certificate (then its chain) of the token key; default: the certificate on the token with the same id or label',
    helpValue: 'FILE',
    dependsOn: ['pkcs11-module'],
  }),
  'signing-time': momentFlag({
    description: 'the time of signing (ISO 8601 with a zone, or YYYY-MM-DD for 00:00 UTC); default SOURCE_DATE_EPOCH, else now',
    day: 'start',
  }),
  tsa: Flags.string({
    description: 'RFC 3161 time-stamping authority URL: the signature gets a trusted timestamp (PAdES B-T); repeat to give fallbacks, tried in order',
    helpValue: 'URL',
    multiple: true,
  }),
  'tsa-ca': Flags.string({description: "PEM file of the roots the TSA's certificate must chain to", helpValue: 'FILE', dependsOn: ['tsa']}),
  'embed-revocation': Flags.string({
    description: 'CRL file (PEM or DER) to embed in the signature (revocationInfoArchival), so it can be checked years later offline; repeatable',
    helpValue: 'FILE',
    multiple: true,
  }),
}

/** The values of signingFlags as parsed. */
export interface SigningFlagValues {
  p12?: string
  'passphrase-env'?: string
  'pkcs11-module'?: string
  'pkcs11-token'?: string
  'pkcs11-key'?: string
  'pin-env'?: string
  cert?: string
  tsa?: string[]
  'tsa-ca'?: string
  'embed-revocation'?: string[]
}

/** The signing flags as the plain options of the signing services. */
export function signingKeyOptions(flags: SigningFlagValues): SigningKeyOptions {
  const given = <K extends keyof SigningKeyOptions>(key: K, value: SigningKeyOptions[K] | undefined) => (value === undefined ? {} : {[key]: value})
  return {
    ...given('p12', flags.p12),
    ...given('passphraseEnv', flags['passphrase-env']),
    ...given('pkcs11Module', flags['pkcs11-module']),
    ...given('pkcs11Token', flags['pkcs11-token']),
    ...given('pkcs11Key', flags['pkcs11-key']),
    ...given('pinEnv', flags['pin-env']),
    ...given('cert', flags.cert),
    ...given('tsa', flags.tsa),
    ...given('tsaCa', flags['tsa-ca']),
    ...given('embedRevocation', flags['embed-revocation']),
  }
}

/** The language of a command that writes or asks in one: the languages posattest speaks, and no default. */
export function langFlag(description: string) {
  return Flags.option({description, options: LANGUAGES})()
}

/** The same with English as the default, for commands that need a language before any file names one. */
export function langFlagDefaultEnglish(description: string) {
  return Flags.option({description, options: LANGUAGES, default: 'en' as Language})()
}
