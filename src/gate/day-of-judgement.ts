import {UserError} from '../errors.js'

/** The only place gate and portfolio read the clock: everything below takes the day as a parameter. */
export function dayOfJudgement(flag: string | undefined): string {
  if (flag === undefined) return new Date().toISOString().slice(0, 10)
  const date = new Date(`${flag}T00:00:00Z`)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(flag) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== flag) {
    throw new UserError('bad-day', `--now must be a day (YYYY-MM-DD), not ${flag}`)
  }
  return flag
}

/** Without a root to trust and with unsigned results refused, every submission would fail: a usage error. */
export function requireSomeTrust(acceptUnsigned: boolean | undefined, roots: number): void {
  if (!acceptUnsigned && roots === 0) {
    throw new UserError('no-trusted-root', 'no trusted root certificate', {next: 'list them under trusted_roots in the policy, or pass --ca FILE'})
  }
}

/** The last millisecond (UTC) of a day: when a day is the time of verification, a signature made during it is not in the future. */
export function endOfDay(day: string): Date {
  return new Date(`${day}T23:59:59.999Z`)
}
