import {describe, expect, it} from 'vitest'
import {DEVICE_FIELDS} from '../../src/answers/device-fields.js'
import {schemaDocument} from '../../src/schemas.js'

describe('DEVICE_FIELDS', () => {
  it('lists the answers schema device properties in schema order', () => {
    expect([...DEVICE_FIELDS]).toEqual(Object.keys(schemaDocument('answers').$defs.device.properties))
  })
})
