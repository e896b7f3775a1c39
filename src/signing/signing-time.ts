import {UserError} from '../model/errors.js'
import {parseDay, startOfDay} from '../model/day.js'

/**
 * The moment of signing: `signingTime` (the --signing-time flag, read by the shared moment flag) when given,
 * else SOURCE_DATE_EPOCH (reproducible builds and tests), else `now()`; `flag` names the time in messages
 * (default --signing-time). This is the one place the signing commands read the clock. A fixed time makes the
 * signed file byte-identical across runs (RSA PKCS#1 v1.5 is deterministic; ECDSA and a timestamp are not).
 */
export function resolveSigningTime(options: {signingTime?: Date; sourceDateEpoch?: string; now: () => Date; flag?: string}): Date {
  return resolveFixedTime(options.signingTime, options.flag ?? '--signing-time', options.sourceDateEpoch) ?? wholeSeconds(options.now())
}

/**
 * The date a report shows (its PDF dates and attestation): `date` (--date), else SOURCE_DATE_EPOCH, else the
 * assessment date. Never the clock, so the unsigned PDF is the same for the same input.
 */
export function resolveReportDate(options: {date?: Date; sourceDateEpoch?: string; assessmentDate: string}): Date {
  const fixed = resolveFixedTime(options.date, '--date', options.sourceDateEpoch)
  if (fixed) return fixed
  const day = parseDay(options.assessmentDate)
  if (day === undefined) throw new UserError('bad-day', `the assessment date must be a day (YYYY-MM-DD), not ${options.assessmentDate}`)
  return inUtcTimeRange(startOfDay(day), 'the assessment date')
}

function resolveFixedTime(flag: Date | undefined, what: string, epoch: string | undefined): Date | undefined {
  if (flag !== undefined) return inUtcTimeRange(wholeSeconds(flag), what)
  if (epoch === undefined || epoch === '') return undefined
  if (!/^\d{1,12}$/.test(epoch)) throw new UserError('bad-source-date-epoch', `SOURCE_DATE_EPOCH must be whole seconds since 1970, not ${epoch}`)
  return inUtcTimeRange(new Date(Number(epoch) * 1000), 'SOURCE_DATE_EPOCH', epoch)
}

/** Sub-second digits can be written into neither /M nor a certificate's validity. */
function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000)
}

/**
 * UTCTime, the encoding of certificate validity and CRL dates, covers 1950 to 2049: a date outside is refused
 * (`what` names it, `shown` is how it was given; default its ISO form).
 */
export function inUtcTimeRange(date: Date, what: string, shown = date.toISOString()): Date {
  if (date.getUTCFullYear() < 1950 || date.getUTCFullYear() > 2049) {
    throw new UserError('time-out-of-range', `${what} must lie between 1950 and 2049, not ${shown}`)
  }
  return date
}
