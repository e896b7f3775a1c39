import {describe, expect, it} from 'vitest'
import {addDays, addYears, dayOf, daysBetween, endOfDay, isDay, localDayOf, parseDay, parseMoment, startOfDay} from '../../src/model/day.js'

describe('parseDay', () => {
  it('takes a real calendar day written YYYY-MM-DD, and nothing else', () => {
    expect(parseDay('2026-02-28')).toBe('2026-02-28')
    expect(parseDay('2024-02-29')).toBe('2024-02-29')
    expect(parseDay('2026-02-30')).toBeUndefined()
    expect(parseDay('2026-02-29')).toBeUndefined()
    expect(parseDay('2026-13-01')).toBeUndefined()
    expect(parseDay('2026-1-01')).toBeUndefined()
    expect(parseDay('2026-01-01T00:00:00Z')).toBeUndefined()
    expect(parseDay(' 2026-01-01')).toBeUndefined()
    expect(parseDay('')).toBeUndefined()
  })
})

describe('isDay', () => {
  it('is parseDay for a value of any type', () => {
    expect(isDay('2026-11-24')).toBe(true)
    expect(isDay('2026-02-30')).toBe(false)
    expect(isDay(20261124)).toBe(false)
    expect(isDay(null)).toBe(false)
    expect(isDay(undefined)).toBe(false)
  })
})

describe('parseMoment', () => {
  it('reads a day as its last millisecond and a time only with a zone', () => {
    expect(parseMoment('2026-03-01')?.toISOString()).toBe('2026-03-01T23:59:59.999Z')
    expect(parseMoment('2026-03-01T10:00:00+08:00')?.toISOString()).toBe('2026-03-01T02:00:00.000Z')
    expect(parseMoment('2026-03-01T10:00:00')).toBeUndefined()
    expect(parseMoment('2026-02-30T10:00:00Z')).toBeUndefined()
  })
})

describe('day arithmetic', () => {
  it('counts whole days and adds them across month and year ends', () => {
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59)
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59)
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })

  it('counts the same with more days asked than it remembers, and a non-day is never a number of days', () => {
    // daysBetween remembers the days it has read (bounded): 20,000 distinct days go past that bound.
    for (let i = 0; i < 20_000; i += 7) expect(daysBetween('2000-01-01', addDays('2000-01-01', i))).toBe(i)
    expect(daysBetween('2000-01-01', 'not a day')).toBeNaN()
    expect(daysBetween('2000-01-01', 'not a day')).toBeNaN()
  })

  it('adds years, turning 29 February into 28 February', () => {
    expect(addYears('2026-11-24', -1)).toBe('2025-11-24')
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28')
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29')
  })

  it('gives the first and last millisecond of a day, and the UTC or local day of a moment', () => {
    expect(startOfDay('2026-05-04').toISOString()).toBe('2026-05-04T00:00:00.000Z')
    expect(endOfDay('2026-05-04').toISOString()).toBe('2026-05-04T23:59:59.999Z')
    expect(dayOf(new Date('2026-05-04T23:30:00-02:00'))).toBe('2026-05-05')
    expect(localDayOf(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09')
  })
})
