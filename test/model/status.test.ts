import {describe, expect, it} from 'vitest'
import {ANSWER_STATUSES, claimsInPlace, isAnswerStatus, RESULT_STATUSES, STATUS_LABELS} from '../../src/model/status.js'
import {schemaDocument} from '../../src/io/schemas.js'

describe('statuses', () => {
  it('are the four SAQ responses, and unanswered in a result, as the schemas list them', () => {
    expect(ANSWER_STATUSES).toEqual(['in_place', 'in_place_ccw', 'not_applicable', 'not_in_place'])
    expect(RESULT_STATUSES).toEqual(['in_place', 'in_place_ccw', 'not_applicable', 'not_in_place', 'unanswered'])
    expect(schemaDocument('answers').$defs.answer.properties.status.enum).toEqual([...ANSWER_STATUSES, null])
    expect(schemaDocument('result').$defs.status.enum).toEqual([...RESULT_STATUSES])
  })

  it('have their SAQ names in both languages', () => {
    expect(RESULT_STATUSES.map((s) => STATUS_LABELS.en[s])).toEqual(['In Place', 'In Place with CCW', 'Not Applicable', 'Not in Place', 'Unanswered'])
    expect(RESULT_STATUSES.map((s) => STATUS_LABELS['zh-CN'][s])).toEqual(['已落实', '通过补偿性控制落实', '不适用', '未落实', '未作答'])
    expect(Object.keys(STATUS_LABELS.en)).toEqual([...RESULT_STATUSES])
    expect(Object.keys(STATUS_LABELS['zh-CN'])).toEqual([...RESULT_STATUSES])
  })

  it('of which in_place and in_place_ccw claim the control is met', () => {
    expect(RESULT_STATUSES.filter(claimsInPlace)).toEqual(['in_place', 'in_place_ccw'])
    expect(isAnswerStatus('not_in_place')).toBe(true)
    expect(isAnswerStatus('unanswered')).toBe(false)
    expect(isAnswerStatus(null)).toBe(false)
  })
})
