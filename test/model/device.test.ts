import {describe, expect, it} from 'vitest'
import type {Device} from '../../src/generated/answers.js'
import {DEVICE_FIELDS, DEVICE_STATE_LABELS, DEVICE_STATES, devicesInUse, REQUIRED_DEVICE_FIELDS} from '../../src/model/device.js'
import {schemaDocument} from '../../src/io/schemas.js'

const device = schemaDocument('answers').$defs.device

describe('a terminal', () => {
  it('has the fields, required fields and states of the answers schema, in its order', () => {
    expect(DEVICE_FIELDS).toEqual(['serial', 'make', 'model', 'pts_approval', 'pts_expiry', 'location', 'seal_ids', 'last_inspection', 'firmware', 'state'])
    expect(Object.keys(device.properties)).toEqual([...DEVICE_FIELDS])
    expect(REQUIRED_DEVICE_FIELDS).toEqual(['serial', 'make', 'model', 'state'])
    expect(device.required).toEqual([...REQUIRED_DEVICE_FIELDS])
    expect(DEVICE_STATES).toEqual(['in-use', 'spare', 'in-repair', 'retired'])
    expect(device.properties.state.enum).toEqual([...DEVICE_STATES])
  })

  it('has its states named in both languages', () => {
    expect(DEVICE_STATES.map((s) => DEVICE_STATE_LABELS.en[s])).toEqual(['In use', 'Spare', 'In repair', 'Retired'])
    expect(DEVICE_STATES.map((s) => DEVICE_STATE_LABELS['zh-CN'][s])).toEqual(['使用中', '备用', '维修中', '已退役'])
  })

  it('is checked only while in use', () => {
    const inventory: Device[] = DEVICE_STATES.map((state, i) => ({serial: `T${i}`, make: 'm', model: 'm', state}))
    expect(devicesInUse(inventory).map((d) => d.serial)).toEqual(['T0'])
  })
})
