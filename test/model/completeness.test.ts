import {describe, expect, it} from 'vitest'
import {blankCcwFields, hasStatus, hasText, isStale, lacksRequiredEvidence, missingAnswerParts} from '../../src/model/completeness.js'

const WORKSHEET = {
  constraint: 'c',
  objective: 'o',
  identified_risk: 'r',
  definition: 'd',
  validation: 'v',
  maintenance: 'm',
}

describe('hasText and hasStatus', () => {
  it('count only a string with more than white space, and a status that is set', () => {
    expect([hasText('x'), hasText(' x '), hasText(''), hasText(' \n\t'), hasText(7), hasText(undefined), hasText(null)]).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ])
    expect([hasStatus({status: 'in_place'}), hasStatus({status: null}), hasStatus({}), hasStatus(undefined), hasStatus('in_place')]).toEqual([
      true,
      false,
      false,
      false,
      false,
    ])
  })
})

describe('blankCcwFields', () => {
  it('lists the blank rows in Appendix B order, and every row without a worksheet', () => {
    expect(blankCcwFields(WORKSHEET)).toEqual([])
    expect(blankCcwFields({...WORKSHEET, maintenance: ' ', objective: ''})).toEqual(['objective', 'maintenance'])
    expect(blankCcwFields({constraint: 'c'})).toEqual(['objective', 'identified_risk', 'definition', 'validation', 'maintenance'])
    expect(blankCcwFields(undefined)).toEqual(['constraint', 'objective', 'identified_risk', 'definition', 'validation', 'maintenance'])
  })
})

describe('missingAnswerParts', () => {
  it('is the status alone for an answer without one', () => {
    expect(missingAnswerParts(undefined)).toEqual(['status'])
    expect(missingAnswerParts({status: null, justification: ''})).toEqual(['status'])
    expect(missingAnswerParts({notes: 'x'})).toEqual(['status'])
  })

  it('asks nothing more of in_place: evidence is the catalog’s business', () => {
    expect(missingAnswerParts({status: 'in_place'})).toEqual([])
  })

  it('wants a justification for not_applicable', () => {
    expect(missingAnswerParts({status: 'not_applicable'})).toEqual(['justification'])
    expect(missingAnswerParts({status: 'not_applicable', justification: '   '})).toEqual(['justification'])
    expect(missingAnswerParts({status: 'not_applicable', justification: 'No terminals leave the counter'})).toEqual([])
  })

  it('wants the whole worksheet for in_place_ccw, row by row once there is one', () => {
    expect(missingAnswerParts({status: 'in_place_ccw'})).toEqual(['ccw'])
    expect(missingAnswerParts({status: 'in_place_ccw', ccw: 'see attached'})).toEqual(['ccw'])
    expect(missingAnswerParts({status: 'in_place_ccw', ccw: {...WORKSHEET, identified_risk: '', validation: ' '}})).toEqual([
      'ccw.identified_risk',
      'ccw.validation',
    ])
    expect(missingAnswerParts({status: 'in_place_ccw', ccw: WORKSHEET})).toEqual([])
  })

  it('wants an owner and a target date for not_in_place', () => {
    expect(missingAnswerParts({status: 'not_in_place'})).toEqual(['owner', 'target_date'])
    expect(missingAnswerParts({status: 'not_in_place', owner: 'Ops'})).toEqual(['target_date'])
    expect(missingAnswerParts({status: 'not_in_place', target_date: '2027-01-01'})).toEqual(['owner'])
    expect(missingAnswerParts({status: 'not_in_place', owner: 'Ops', target_date: '2027-01-01'})).toEqual([])
  })
})

describe('lacksRequiredEvidence', () => {
  it('holds for an in-place answer without any evidence, where the catalog requires some', () => {
    expect(lacksRequiredEvidence({status: 'in_place'}, true)).toBe(true)
    expect(lacksRequiredEvidence({status: 'in_place_ccw', evidence: []}, true)).toBe(true)
    expect(lacksRequiredEvidence({status: 'in_place', evidence: [{url: 'https://x', date: '2026-01-01'}]}, true)).toBe(false)
    expect(lacksRequiredEvidence({status: 'in_place'}, false)).toBe(false)
    expect(lacksRequiredEvidence({status: 'not_in_place'}, true)).toBe(false)
    expect(lacksRequiredEvidence(undefined, true)).toBe(false)
  })
})

describe('isStale', () => {
  it('is more than the allowed days old on the assessment date', () => {
    expect(isStale('2026-08-26', '2026-11-24', 90)).toBe(false)
    expect(isStale('2026-08-25', '2026-11-24', 90)).toBe(true)
    expect(isStale('2026-11-24', '2026-11-24', 0)).toBe(false)
  })
})
