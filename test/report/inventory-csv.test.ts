import {describe, expect, it} from 'vitest'
import type {AssessmentResult} from '../../src/generated/result.js'
import {findingsBySerial, INVENTORY_LISTED_MAX, inventoryCsv, summarisesInventory} from '../../src/report/inventory-csv.js'

type Inventory = AssessmentResult['inventory']
const device = (serial: string, extra: Partial<Inventory[number]> = {}): Inventory[number] => ({serial, make: 'PAX', model: 'A80', state: 'in-use', ...extra})
const controls = (findings: Record<string, string[]>) =>
  Object.entries(findings).map(([id, devices]) => ({id, finding: {reasons: [], devices}})) as unknown as AssessmentResult['controls']

describe('inventoryCsv', () => {
  it('writes a header and one row per terminal in inventory order, CRLF line ends, the findings naming each', () => {
    const csv = inventoryCsv({
      inventory: [
        device('S-1', {pts_approval: '4-30410', pts_expiry: '2029-10-31', location: 'Front, till 1', seal_ids: ['SH-1', 'SH-2'], last_inspection: '2026-11-16', firmware: 'V 1.0'}),
        device('S-2', {state: 'spare'}),
      ],
      controls: controls({'SEAL-02': ['S-1'], 'SEAL-03': ['S-1'], 'CUS-01': []}),
    })
    expect(csv).toBe(
      'serial,make,model,pts_approval,pts_expiry,location,seal_ids,last_inspection,firmware,state,findings\r\n' +
        'S-1,PAX,A80,4-30410,2029-10-31,"Front, till 1",SH-1 SH-2,2026-11-16,V 1.0,in-use,SEAL-02 SEAL-03\r\n' +
        'S-2,PAX,A80,,,,,,,spare,\r\n',
    )
  })

  it('quotes what needs quoting, defuses spreadsheet formulas, masks card numbers and escapes control characters', () => {
    const csv = inventoryCsv({
      inventory: [device('=HYPERLINK("http://evil.example","x")', {location: 'card 4111 1111 1111 1111 here', firmware: 'a\u0007b', make: '+SUM(A1)', model: 'say "hi"'})],
      controls: [],
    })
    const row = csv.split('\r\n')[1]!
    expect(row.startsWith(`"'=HYPERLINK(""http://evil.example"",""x"")",'+SUM(A1),"say ""hi"""`)).toBe(true)
    expect(row).not.toContain('4111 1111 1111 1111')
    expect(row).toContain('1111')
    expect(row).not.toContain('\u0007')
  })

  it('is the same bytes for the same result', () => {
    const result = {inventory: Array.from({length: 300}, (_, i) => device(`S-${i}`)), controls: controls({'SEAL-02': ['S-7']})}
    expect(inventoryCsv(result)).toBe(inventoryCsv(structuredClone(result)))
  })
})

describe('summarisesInventory', () => {
  it(`lists up to ${INVENTORY_LISTED_MAX} terminals and summarises a longer inventory`, () => {
    const of = (n: number) => ({inventory: Array.from({length: n}, (_, i) => device(`S-${i}`))})
    expect([summarisesInventory(of(0)), summarisesInventory(of(INVENTORY_LISTED_MAX)), summarisesInventory(of(INVENTORY_LISTED_MAX + 1))]).toEqual([false, false, true])
  })
})

describe('findingsBySerial', () => {
  it('names each terminal once per control, in control order', () => {
    expect([...findingsBySerial({controls: controls({'SEAL-02': ['A', 'B'], 'SEAL-03': ['A']})})]).toEqual([
      ['A', ['SEAL-02', 'SEAL-03']],
      ['B', ['SEAL-02']],
    ])
  })
})
