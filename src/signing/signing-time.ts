import {UserError} from '../errors.js'

/**
 * The moment of signing: `--signing-time` when given, else SOURCE_DATE_EPOCH (reproducible builds and tests),
 * else the clock. This is the one place the signing commands read the clock. A fixed time makes the signed
 * file byte-identical across runs (RSA PKCS#1 v1.5 is deterministic; ECDSA and a timestamp are not).
 */
export function currentSigningTime(signingTimeFlag: string | undefined, env: NodeJS.ProcessEnv = process.env): Date {
  return resolveSigningTime({signingTime: signingTimeFlag, sourceDateEpoch: env.SOURCE_DATE_EPOCH, now: () => new Date()})
}

/** currentSigningTime with the clock passed in: `signingTime` (a flag), else SOURCE_DATE_EPOCH, else `now()`. */
export function resolveSigningTime(options: {signingTime?: string; sourceDateEpoch?: string; now: () => Date}): Date {
  return resolveFixedTime(options.signingTime, '--signing-time', options.sourceDateEpoch) ?? wholeSeconds(options.now())
}

/**
 * The date a report shows (its PDF dates and attestation): `--date`, else SOURCE_DATE_EPOCH, else the
 * assessment date. Never the clock, so the unsigned PDF is the same for the same input.
 */
export function resolveReportDate(options: {date?: string; sourceDateEpoch?: string; assessmentDate: string}): Date {
  return resolveFixedTime(options.date, '--date', options.sourceDateEpoch) ?? parseSigningDate(options.assessmentDate, 'the assessment date')
}

function resolveFixedTime(flag: string | undefined, what: string, epoch: string | undefined): Date | undefined {
  if (flag !== undefined) return parseSigningDate(flag, what)
  if (epoch === undefined || epoch === '') return undefined
  if (!/^\d{1,12}$/.test(epoch)) throw new UserError('bad-source-date-epoch', `SOURCE_DATE_EPOCH must be whole seconds since 1970, not ${epoch}`)
  return inRange(new Date(Number(epoch) * 1000), 'SOURCE_DATE_EPOCH', epoch)
}

/** Sub-second digits can be written into neither /M nor a certificate's validity. */
function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000)
}

/** A day (00:00:00 UTC) or an ISO 8601 time with a zone, in whole seconds; `what` names it in messages. */
export function parseSigningDate(text: string, what: string): Date {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text)
  const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(text)
  const date = day ? new Date(`${text}T00:00:00Z`) : time ? new Date(text) : undefined
  if (!date || Number.isNaN(date.getTime()) || (day && date.toISOString().slice(0, 10) !== text)) {
    throw new UserError('bad-time', `${what} must be a day (YYYY-MM-DD) or a time with a zone (2026-11-24T10:00:00Z), not ${text}`)
  }
  return inRange(date, what, text)
}

/** UTCTime, the encoding of certificate validity and CRL dates, covers 1950 to 2049. */
function inRange(date: Date, what: string, text: string): Date {
  if (date.getUTCFullYear() < 1950 || date.getUTCFullYear() > 2049) {
    throw new UserError('time-out-of-range', `${what} must lie between 1950 and 2049, not ${text}`)
  }
  return date
}
