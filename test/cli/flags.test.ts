import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers/run-cli.js'

/*
 * Every date and time flag is read by src/model/day.ts through the shared flags (src/command-flags.ts): a day
 * that is not on the calendar is refused the same way everywhere (exit 2, one line, before any file is read),
 * with one message for a day and one for a moment.
 */

const day = (flag: string, text: string) => `posattest: ${flag} must be a day (YYYY-MM-DD), not ${text}\n`
const moment = (flag: string, text: string) => `posattest: ${flag} must be a day (YYYY-MM-DD) or a time with a zone (2026-11-24T10:00:00Z), not ${text}\n`

// The files named need not exist: the flag is refused first.
const DAY_FLAGS: [string, string[]][] = [
  ['validate --today', ['validate', 'answers.yaml', '--today']],
  ['assess --date', ['assess', 'answers.yaml', '--date']],
  ['gate --now', ['gate', 'report.pdf', '--policy', 'policy.yaml', '--now']],
  ['portfolio --now', ['portfolio', 'book', '--policy', 'policy.yaml', '-o', 'out', '--now']],
  ['keygen --date', ['keygen', '-o', 'keys', '--date']],
]

const MOMENT_FLAGS: [string, string[]][] = [
  ['report --date', ['report', 'answers.yaml', '-o', 'report.pdf', '--date']],
  ['report --signing-time', ['report', 'answers.yaml', '-o', 'report.pdf', '--sign', '--p12', 'signer.p12', '--signing-time']],
  ['sign --signing-time', ['sign', 'report.pdf', '--p12', 'signer.p12', '-o', 'signed.pdf', '--signing-time']],
  ['verify --now', ['verify', 'report.pdf', '--now']],
  ['keygen revoke --date', ['keygen', 'revoke', '--ca-dir', 'keys', '--date']],
]

describe('day flags', () => {
  it.each(DAY_FLAGS)('%s refuses 2026-02-30 and a time', async (_name, args) => {
    const flag = args.at(-1)!
    expect(await runCli([...args, '2026-02-30'])).toEqual({code: 2, stdout: '', stderr: day(flag, '2026-02-30')})
    expect(await runCli([...args, '2026-11-24T10:00:00Z'])).toEqual({code: 2, stdout: '', stderr: day(flag, '2026-11-24T10:00:00Z')})
  })
})

describe('moment flags', () => {
  it.each(MOMENT_FLAGS)('%s refuses 2026-02-30, a time without a zone and a word', async (_name, args) => {
    const flag = args.at(-1)!
    for (const text of ['2026-02-30', '2026-11-24T10:00:00', 'tomorrow']) {
      expect(await runCli([...args, text]), text).toEqual({code: 2, stdout: '', stderr: moment(flag, text)})
    }
  })
})

describe('with --json', () => {
  it('a refused day or moment is the JSON error object with its code, exit 2', async () => {
    const dayRun = await runCli(['gate', 'report.pdf', '--policy', 'policy.yaml', '--now', '2026-02-30', '--json'])
    expect(dayRun.code).toBe(2)
    expect(JSON.parse(dayRun.stdout)).toEqual({error: {code: 'bad-day', message: '--now must be a day (YYYY-MM-DD), not 2026-02-30', exit: 2}})
    const momentRun = await runCli(['verify', 'report.pdf', '--now', '2026-02-30', '--json'])
    expect(momentRun.code).toBe(2)
    expect(JSON.parse(momentRun.stdout).error).toMatchObject({code: 'bad-time', exit: 2})
  })
})
