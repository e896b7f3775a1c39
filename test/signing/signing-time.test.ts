import {describe, expect, it} from 'vitest'
import {inUtcTimeRange, resolveReportDate, resolveSigningTime} from '../../src/signing/signing-time.js'

const now = () => new Date('2026-11-24T10:11:12.345Z')

describe('resolveSigningTime', () => {
  it('takes --signing-time first, then SOURCE_DATE_EPOCH, then the clock in whole seconds', () => {
    expect(resolveSigningTime({signingTime: new Date('2026-11-20T09:30:00+01:00'), sourceDateEpoch: '1800000000', now})).toEqual(new Date('2026-11-20T08:30:00Z'))
    expect(resolveSigningTime({sourceDateEpoch: '1800000000', now})).toEqual(new Date('2027-01-15T08:00:00Z'))
    expect(resolveSigningTime({sourceDateEpoch: '', now})).toEqual(new Date('2026-11-24T10:11:12Z'))
    expect(resolveSigningTime({now})).toEqual(new Date('2026-11-24T10:11:12Z'))
  })

  it('keeps whole seconds of a given time, which is all /M and a certificate can hold', () => {
    expect(resolveSigningTime({signingTime: new Date('2026-11-20T09:30:00.750Z'), now})).toEqual(new Date('2026-11-20T09:30:00Z'))
  })

  it('rejects what is not whole seconds since 1970, and years UTCTime cannot hold', () => {
    expect(() => resolveSigningTime({sourceDateEpoch: '17e8', now})).toThrow('SOURCE_DATE_EPOCH must be whole seconds since 1970, not 17e8')
    expect(() => resolveSigningTime({sourceDateEpoch: '3000000000', now})).toThrow('SOURCE_DATE_EPOCH must lie between 1950 and 2049, not 3000000000')
    expect(() => resolveSigningTime({signingTime: new Date('2050-01-01T00:00:00Z'), now, flag: '--date'})).toThrow(
      '--date must lie between 1950 and 2049, not 2050-01-01T00:00:00.000Z',
    )
  })
})

describe('resolveReportDate', () => {
  it('takes --date first, then SOURCE_DATE_EPOCH, then the assessment date: never the clock', () => {
    expect(resolveReportDate({date: new Date('2026-11-20T00:00:00Z'), sourceDateEpoch: '1800000000', assessmentDate: '2025-03-01'})).toEqual(new Date('2026-11-20T00:00:00Z'))
    expect(resolveReportDate({sourceDateEpoch: '1800000000', assessmentDate: '2025-03-01'})).toEqual(new Date('2027-01-15T08:00:00Z'))
    expect(resolveReportDate({sourceDateEpoch: '', assessmentDate: '2025-03-01'})).toEqual(new Date('2025-03-01T00:00:00Z'))
  })

  it('refuses an assessment date that is not a day', () => {
    expect(() => resolveReportDate({assessmentDate: '2025-02-30'})).toThrow('the assessment date must be a day (YYYY-MM-DD), not 2025-02-30')
  })
})

describe('inUtcTimeRange', () => {
  it('passes 1950 to 2049 and names what is outside as it was given', () => {
    expect(inUtcTimeRange(new Date('1950-01-01T00:00:00Z'), '--date')).toEqual(new Date('1950-01-01T00:00:00Z'))
    expect(() => inUtcTimeRange(new Date('1949-12-31T23:59:59Z'), '--date', '1949-12-31')).toThrow('--date must lie between 1950 and 2049, not 1949-12-31')
  })
})
