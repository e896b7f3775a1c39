import {describe, expect, it} from 'vitest'
import {CCW_FIELD_NAMES, CCW_FIELDS} from '../../src/model/ccw.js'
import {schemaDocument} from '../../src/io/schemas.js'

describe('the compensating controls worksheet', () => {
  it('has the six rows of PCI DSS Appendix B, in the order the answers schema lists them', () => {
    expect(CCW_FIELDS).toEqual(['constraint', 'objective', 'identified_risk', 'definition', 'validation', 'maintenance'])
    expect(Object.keys(schemaDocument('answers').$defs.ccw.properties)).toEqual([...CCW_FIELDS])
  })

  it('names each row as the result and the report write it', () => {
    expect(CCW_FIELDS.map((f) => CCW_FIELD_NAMES.en[f])).toEqual(['constraint', 'objective', 'identified risk', 'definition', 'validation', 'maintenance'])
    expect(CCW_FIELDS.map((f) => CCW_FIELD_NAMES['zh-CN'][f])).toEqual(['限制条件', '目标', '已识别的风险', '补偿性控制的定义', '补偿性控制的验证', '补偿性控制的维护'])
    expect(Object.keys(CCW_FIELD_NAMES['zh-CN'])).toEqual([...CCW_FIELDS])
  })
})
