import {describe, expect, it} from 'vitest'
import {MAX_SITES, MAX_SITES_CSV_BYTES, parseSitesCsv} from '../../src/answers/sites-import.js'
import {formatLocation} from '../../src/diagnostics/diagnostic.js'

const read = (text: string) => parseSitesCsv('sites.csv', Buffer.from(text))
const problems = (text: string | Uint8Array) =>
  parseSitesCsv('sites.csv', typeof text === 'string' ? Buffer.from(text) : text).diagnostics.map((d) => `${formatLocation(d)} ${d.rule}: ${d.message}`)

describe('parseSitesCsv', () => {
  it('reads id, name and address under their usual spellings, with a BOM and CRLF', () => {
    expect(read('\uFEFFStore Code,Store Name,Address\r\nLDN-01,Covent Garden,"12 Long Acre, London"\r\n\r\nLDN-02,Camden,\r\n')).toEqual({
      sites: [
        {id: 'LDN-01', name: 'Covent Garden', address: '12 Long Acre, London'},
        {id: 'LDN-02', name: 'Camden'},
      ],
      diagnostics: [],
    })
  })

  it('names every bad cell at its line and column', () => {
    expect(problems('id,name\nLDN-01,Covent Garden\n"LDN 02",Camden\nLDN-01,\nLDN-03,Card 4111 1111 1111 1111\n')).toEqual([
      "sites.csv:3:1 sites-csv: id 'LDN 02' is not a site id (letters, digits, dot, dash or underscore, at most 40)",
      'sites.csv:4:8 sites-csv: name is empty',
      'sites.csv:5:8 sites-csv: name holds what looks like a card number (411111******1111); card numbers are never stored',
    ])
    expect(problems('id,name\nLDN-01,A\nLDN-01,B\n')).toEqual(['sites.csv:3:1 sites-csv: site LDN-01 is already on line 2'])
  })

  it('refuses an unknown or repeated column, a missing one, and a list without sites', () => {
    expect(problems('id,site name,store,phone\n')).toEqual([
      "sites.csv:1:14 sites-csv: column 'store' is name again",
      "sites.csv:1:20 sites-csv: unknown column 'phone'; expected: id, name, address",
    ])
    expect(problems('name\nCamden\n')).toEqual(["sites.csv:1:1 sites-csv: missing column 'id'"])
    expect(problems('id,name\n')).toEqual(['sites.csv sites-csv: no sites: the file has a header row and nothing else'])
    expect(problems('')).toEqual(['sites.csv sites-csv: empty file; expected a header row naming the columns id, name, address'])
  })

  it('stays bounded: bytes, encoding and the number of sites', () => {
    expect(problems(new Uint8Array(MAX_SITES_CSV_BYTES + 1))).toEqual([`sites.csv sites-csv: file is ${MAX_SITES_CSV_BYTES + 1} bytes; the limit is ${MAX_SITES_CSV_BYTES}`])
    expect(problems(new Uint8Array([0x69, 0x64, 0xff]))).toEqual(['sites.csv sites-csv: not UTF-8 text; save the spreadsheet as "CSV UTF-8"'])
    const many = ['id,name', ...Array.from({length: MAX_SITES + 1}, (_, i) => `S${i},n`)].join('\n')
    expect(problems(many)).toEqual([`sites.csv:${MAX_SITES + 2}:1 sites-csv: more than ${MAX_SITES} sites`])
  })
})
