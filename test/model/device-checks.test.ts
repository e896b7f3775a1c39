import {describe, expect, it} from 'vitest'
import type {Device} from '../../src/generated/answers.js'
import {checkDevice, checkDevices} from '../../src/model/device-checks.js'

const DATE = '2026-11-24'
const GOOD: Device = {
  serial: 'T1',
  make: 'Verifone',
  model: 'V240m',
  pts_approval: '4-40193',
  pts_expiry: '2030-04-30',
  location: 'Till 1',
  seal_ids: ['S-1'],
  last_inspection: '2026-11-01',
  firmware: '1.2.4',
  state: 'in-use',
}
const messages = (device: Device, check: Parameters<typeof checkDevice>[1], intervalDays?: number) =>
  checkDevice(device, check, {date: DATE, ...(intervalDays === undefined ? {} : {intervalDays})}).map((p) => [p.field, p.message])

describe('checkDevice', () => {
  it('passes a terminal with every field in order', () => {
    for (const check of ['identity', 'seals', 'inspection', 'pts_approval', 'firmware'] as const) expect(messages(GOOD, check, 30)).toEqual([])
  })

  it('names each missing identity field', () => {
    const {make: _make, location: _location, ...rest} = GOOD
    expect(messages(rest as Device, 'identity')).toEqual([
      ['make', 'terminal T1 has no make in the inventory'],
      ['location', 'terminal T1 has no location in the inventory'],
    ])
  })

  it('wants seal ids, a recent inspection, a current PTS approval and a firmware version', () => {
    expect(messages({...GOOD, seal_ids: []}, 'seals')).toEqual([['seal_ids', 'terminal T1 has no tamper-evident seal ids recorded']])
    expect(messages({...GOOD, last_inspection: '2026-10-24'}, 'inspection', 30)).toEqual([
      ['last_inspection', 'terminal T1 was last inspected 31 days before the assessment (at most 30 allowed)'],
    ])
    expect(messages({...GOOD, last_inspection: '2026-10-25'}, 'inspection', 30)).toEqual([])
    expect(messages({...GOOD, last_inspection: undefined}, 'inspection', 30)).toEqual([['last_inspection', 'terminal T1 has no inspection recorded']])
    expect(messages({...GOOD, pts_approval: undefined}, 'pts_approval')).toEqual([['pts_approval', 'terminal T1 has no PCI PTS approval number']])
    expect(messages({...GOOD, pts_expiry: undefined}, 'pts_approval')).toEqual([['pts_expiry', 'terminal T1 has no PTS approval expiry date']])
    expect(messages({...GOOD, pts_expiry: '2026-11-23'}, 'pts_approval')).toEqual([['pts_expiry', 'terminal T1 has a PTS approval that expired on 2026-11-23']])
    expect(messages({...GOOD, pts_expiry: DATE}, 'pts_approval')).toEqual([])
    expect(messages({...GOOD, firmware: undefined}, 'firmware')).toEqual([['firmware', 'terminal T1 has no firmware version recorded']])
  })
})

describe('checkDevices', () => {
  it('checks only the terminals in use, in inventory order', () => {
    const inventory: Device[] = [
      {...GOOD, serial: 'A', firmware: undefined},
      {...GOOD, serial: 'B', firmware: undefined, state: 'spare'},
      {...GOOD, serial: 'C', firmware: undefined, seal_ids: undefined},
    ]
    expect(checkDevices(inventory, ['seals', 'firmware'], {date: DATE}).map((p) => `${p.serial} ${p.check}`)).toEqual(['A firmware', 'C seals', 'C firmware'])
  })
})
