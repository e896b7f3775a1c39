/**
 * Days and moments, the one way posattest reads them. A day is a calendar date written YYYY-MM-DD and means
 * that date in UTC; nothing here reads the clock except the `today…` functions, which callers use only where a
 * flag was not given.
 */

const DAY_MS = 86_400_000
const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/
/** An ISO 8601 time with a zone (Z or ±hh:mm): a time without one would mean the reader's local zone. */
const TIME_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

/** The day if `text` is a real calendar date (2026-02-30 is not), else undefined. */
export function parseDay(text: string): string | undefined {
  if (!DAY_SHAPE.test(text)) return undefined
  const time = Date.parse(`${text}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text ? text : undefined
}

/**
 * A moment from a day or an ISO 8601 time with a zone, else undefined. A day alone means its last
 * millisecond (UTC), so that something that happened during that day is not in its future.
 */
export function parseMoment(text: string): Date | undefined {
  if (parseDay(text) !== undefined) return endOfDay(text)
  if (!TIME_SHAPE.test(text) || parseDay(text.slice(0, 10)) === undefined) return undefined
  const time = new Date(text)
  return Number.isNaN(time.getTime()) ? undefined : time
}

/** Whether a value is a day: a string parseDay accepts (for values read from a file, of any type). */
export function isDay(value: unknown): value is string {
  return typeof value === 'string' && parseDay(value) !== undefined
}

/**
 * The first millisecond (UTC) of a day as Date.parse reads it, remembered: an evaluation compares the same few
 * days (assessment, evidence and inspection dates) thousands of times. Bounded, so no input grows it for good.
 */
const dayStarts = new Map<string, number>()
const DAY_STARTS_MAX = 4096

function dayStartMs(day: string): number {
  let ms = dayStarts.get(day)
  if (ms === undefined) {
    if (dayStarts.size >= DAY_STARTS_MAX) dayStarts.clear()
    dayStarts.set(day, (ms = Date.parse(`${day}T00:00:00Z`)))
  }
  return ms
}

/** Whole days from a to b (both days, UTC). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayStartMs(b) - dayStartMs(a)) / DAY_MS)
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** The same day `years` years later (earlier when negative); 29 February becomes 28 February in other years. */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate()
  return new Date(Date.UTC(y + years, m - 1, Math.min(d, last))).toISOString().slice(0, 10)
}

/** The first millisecond (UTC) of a day. */
export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`)
}

/** The last millisecond (UTC) of a day. */
export function endOfDay(day: string): Date {
  return new Date(`${day}T23:59:59.999Z`)
}

/** The UTC day of a moment. */
export function dayOf(moment: Date): string {
  return moment.toISOString().slice(0, 10)
}

/** Today in UTC: the day of judgement, verification and certificate validity. */
export function todayUtc(now: Date = new Date()): string {
  return dayOf(now)
}

/** Today on the user's own calendar: the default assessment date offered to the person answering. */
export function todayLocal(now: Date = new Date()): string {
  return localDayOf(now)
}

/** The day of a moment on the user's own calendar (a file's modification day, as the person saw it). */
export function localDayOf(moment: Date): string {
  return `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`
}
