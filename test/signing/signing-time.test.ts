import {describe, expect, it} from 'vitest'
import {parseSigningDate, resolveReportDate, resolveSigningTime} from '../../src/signing/signing-time.js'

const now = () => new Date('2026-11-24T10:11:12.345Z')

describe('resolveSigningTime', () => {
  it('takes --signing-time first, then SOURCE_DATE_EPOCH, then the clock in whole seconds', () => {
    expect(resolveSigningTime({signingTime: '2026-11-20T09:30:00+01:00', sourceDateEpoch: '1800000000', now})).toEqual(new Date('2026-11-20T08:30:00Z'))
    expect(resolveSigningTime({sourceDateEpoch: '1800000000', now})).toEqual(new Date('2027-01-15T08:00:00Z'))
    expect(resolveSigningTime({sourceDateEpoch: '', now})).toEqual(new Date('2026-11-24T10:11:12Z'))
    expect(resolveSigningTime({now})).toEqual(new Date('2026-11-24T10:11:12Z'))
  })

  it('rejects what is not a day, a zoned time or whole seconds since 1970', () => {
    expect(() => resolveSigningTime({sourceDateEpoch: '17e8', now})).toThrow('SOURCE_DATE_EPOCH must be whole seconds since 1970, not 17e8')
    expect(() => resolveSigningTime({sourceDateEpoch: '3000000000', now})).toThrow('SOURCE_DATE_EPOCH must lie between 1950 and 2049, not 3000000000')
  })
})

describe('resolveReportDate', () => {
  it('takes --date first, then SOURCE_DATE_EPOCH, then the assessment date: never the clock', () => {
    expect(resolveReportDate({date: '2026-11-20', sourceDateEpoch: '1800000000', assessmentDate: '2025-03-01'})).toEqual(new Date('2026-11-20T00:00:00Z'))
    expect(resolveReportDate({sourceDateEpoch: '1800000000', assessmentDate: '2025-03-01'})).toEqual(new Date('2027-01-15T08:00:00Z'))
    expect(resolveReportDate({sourceDateEpoch: '', assessmentDate: '2025-03-01'})).toEqual(new Date('2025-03-01T00:00:00Z'))
  })
})

describe('parseSigningDate', () => {
  it('reads a day as midnight UTC and a time with its zone', () => {
    expect(parseSigningDate('2026-11-24T18:00:00+08:00', '--date')).toEqual(new Date('2026-11-24T10:00:00Z'))
    expect(parseSigningDate('2026-11-24T10:00Z', '--date')).toEqual(new Date('2026-11-24T10:00:00Z'))
  })

  it.each([['2026-02-30'], ['24.11.2026'], ['2026-11-24T10:00:00'], ['now']])('rejects %s', (text) => {
    expect(() => parseSigningDate(text, '--date')).toThrow(
      `--date must be a day (YYYY-MM-DD) or a time with a zone (2026-11-24T10:00:00Z), not ${text}`,
    )
  })

  it('rejects years UTCTime cannot hold', () => {
    expect(() => parseSigningDate('2050-01-01', '--date')).toThrow('--date must lie between 1950 and 2049, not 2050-01-01')
  })
})
