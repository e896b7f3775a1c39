import {EXIT, UserError} from '../errors.js'

/**
 * The signing time: `--date` when given, else SOURCE_DATE_EPOCH (reproducible builds), else the clock the
 * caller passes in. A fixed time makes the signed file byte-identical across runs.
 * `--date` takes a day (YYYY-MM-DD, meaning 00:00:00 UTC) or an ISO 8601 time with a zone.
 */
export function resolveSigningTime(options: {date?: string; sourceDateEpoch?: string; now: () => Date}): Date {
  if (options.date !== undefined) return parseSigningDate(options.date, '--date')
  const epoch = options.sourceDateEpoch
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) throw new UserError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not ${epoch}`, EXIT.usage)
    return inRange(new Date(Number(epoch) * 1000), 'SOURCE_DATE_EPOCH', epoch)
  }
  // Sub-second digits can be written into neither /M nor the CMS signingTime.
  return new Date(Math.floor(options.now().getTime() / 1000) * 1000)
}

/** A day (00:00:00 UTC) or an ISO 8601 time with a zone, in whole seconds; `what` names it in messages. */
export function parseSigningDate(text: string, what: string): Date {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text)
  const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(text)
  const date = day ? new Date(`${text}T00:00:00Z`) : time ? new Date(text) : undefined
  if (!date || Number.isNaN(date.getTime()) || (day && date.toISOString().slice(0, 10) !== text)) {
    throw new UserError(`${what} must be a day (YYYY-MM-DD) or a time with a zone (2026-11-24T10:00:00Z), not ${text}`, EXIT.usage)
  }
  return inRange(date, what, text)
}

/** UTCTime, the encoding of the CMS signingTime and of certificate validity, covers 1950 to 2049. */
function inRange(date: Date, what: string, text: string): Date {
  if (date.getUTCFullYear() < 1950 || date.getUTCFullYear() > 2049) {
    throw new UserError(`${what} must lie between 1950 and 2049, not ${text}`, EXIT.usage)
  }
  return date
}
