import {describe, expect, it} from 'vitest'
import {formatLocation} from '../../src/diagnostics/diagnostic.js'
import {parseInventoryCsv} from '../../src/answers/inventory-import.js'

/** Each problem as `file:line:col: message`, as the command prints it. */
function problems(text: string | Uint8Array): string[] {
  return parseInventoryCsv('t.csv', text).diagnostics.map((d) => `${formatLocation(d)}: ${d.message}`)
}

describe('parseInventoryCsv', () => {
  it('reads common header spellings in any case, trims cells and splits seal ids on ; and |', () => {
    const csv = '\ufeffS/N,MANUFACTURER,model,pci pts,Expiry Date,Site,seal_ids,Inspection Date,Firmware Version,Status\r\n' +
      ' 00123 ,Castles,S1F2,4-10294,2030-01-31, Kiosk 2 ,A1; A2 |A3,2026-09-30,2.0,In_Repair\r\n'
    expect(parseInventoryCsv('t.csv', csv)).toEqual({
      devices: [
        {
          serial: '00123',
          make: 'Castles',
          model: 'S1F2',
          pts_approval: '4-10294',
          pts_expiry: '2030-01-31',
          location: 'Kiosk 2',
          seal_ids: ['A1', 'A2', 'A3'],
          last_inspection: '2026-09-30',
          firmware: '2.0',
          state: 'in-repair',
        },
      ],
      diagnostics: [],
    })
  })

  it('gives an empty optional cell as undefined, so a merge removes that field', () => {
    expect(parseInventoryCsv('t.csv', 'serial,make,model,firmware,state\nV1,Verifone,V200c,,spare\n').devices).toEqual([
      {serial: 'V1', make: 'Verifone', model: 'V200c', firmware: undefined, state: 'spare'},
    ])
  })

  it('points at unknown, repeated and missing header columns', () => {
    expect(problems('serial,make,colour,Serial Number,model\nV1,a,b,c,d\n')).toEqual([
      "t.csv:1:1: missing column 'state'",
      "t.csv:1:13: unknown column 'colour'; expected: serial, make, model, pts_approval, pts_expiry, location, seal_ids, last_inspection, firmware, state",
      "t.csv:1:20: column 'Serial Number' is serial again",
    ])
  })

  it('tracks lines across quoted cells, blank lines and CRLF endings', () => {
    const csv = 'serial,make,model,location,state\r\n"V1",Verifone,"V200c\r\n""plus""",Till,in-use\r\n\r\nV2,,M,"a, b",gone\r\n'
    expect(problems(csv)).toEqual(['t.csv:5:4: make is empty', "t.csv:5:14: state 'gone' must be one of: in-use, spare, in-repair, retired"])
  })

  it('refuses rows with the wrong number of fields and repeated serials', () => {
    const csv = 'serial,make,model,state\nV1,a,b,spare\nV2,a,b\nV1,c,d,spare\n'
    expect(problems(csv)).toEqual(['t.csv:3:1: row has 3 fields; the header has 4', "t.csv:4:1: serial 'V1' is already on line 2"])
  })

  it('refuses a card number in a text cell and masks it in the message; identifier cells are exempt', () => {
    expect(problems('serial,make,model,location,state\n4111111111111111,a,b,till 4111111111111111,spare\n')).toEqual([
      't.csv:2:22: location holds a card number (411111******1111); card numbers are never stored',
    ])
  })

  it('checks dates are real days and lengths are within the schema', () => {
    const csv = `serial,make,model,pts_expiry,last_inspection,firmware,state\nV1,a,b,2026-02-29,26-01-01,${'x'.repeat(65)},spare\n`
    expect(problems(csv)).toEqual([
      "t.csv:2:8: pts_expiry '2026-02-29' is not a date (YYYY-MM-DD)",
      "t.csv:2:19: last_inspection '26-01-01' is not a date (YYYY-MM-DD)",
      't.csv:2:28: firmware is longer than 64 characters',
    ])
  })

  it('reports CSV syntax errors, non-UTF-8 files, and a file with no terminals', () => {
    expect(problems('serial,make,model,state\nV1,"a,b,spare\n')).toEqual([
      't.csv:2:4: invalid CSV: the parsing is finished with an opening quote at line 2',
    ])
    expect(problems(new Uint8Array([0x73, 0x65, 0xff, 0x0a]))).toEqual(['t.csv: not UTF-8 text; save the spreadsheet as "CSV UTF-8"'])
    expect(problems('serial,make,model,state\n\n')).toEqual(['t.csv:1:1: no terminal rows below the header'])
    expect(problems('')).toEqual(['t.csv: empty file; expected a header row naming the columns'])
  })
})
