import {describe, expect, it} from 'vitest'
import {decodePdfText, parsePdfDate, parsePdfObject, PdfSyntaxError} from '../../src/signing/pdf-syntax.js'

const parse = (text: string) => parsePdfObject(Buffer.from(text, 'latin1'), 0)

describe('parsePdfObject', () => {
  it('reads a signature dictionary with nested dictionaries, names, strings, numbers and references', () => {
    const text = '<< /Type /Sig /ByteRange [0 10 20 30] /Name (Jane \\(J\\) \\101\\n) /V 12 0 R /Prop_Build << /Filter << /Name /Adobe#2EPPKLite >> >> /Contents <0a0B 1> >>'
    const value = parse(text)
    expect(value.kind).toBe('dict')
    if (value.kind !== 'dict') return
    expect(value.entries.get('Type')).toMatchObject({kind: 'name', name: 'Sig'})
    const range = value.entries.get('ByteRange')
    expect(range?.kind === 'array' && range.items.map((item) => (item.kind === 'number' ? item.value : undefined))).toEqual([0, 10, 20, 30])
    const name = value.entries.get('Name')
    expect(name?.kind === 'string' && Buffer.from(name.bytes).toString('latin1')).toBe('Jane (J) A\n')
    expect(value.entries.get('V')).toMatchObject({kind: 'ref', object: 12, generation: 0})
    const contents = value.entries.get('Contents')
    expect(contents?.kind === 'string' && [...contents.bytes]).toEqual([0x0a, 0x0b, 0x10])
    expect(contents).toMatchObject({hex: true, start: text.indexOf('<0a0B'), end: text.indexOf('1>') + 2})
  })

  it('says where the syntax breaks', () => {
    expect(() => parse('<< /A (open')).toThrow(new PdfSyntaxError('unterminated string', 6))
    expect(() => parse('<< /A <12zz> >>')).toThrow('invalid character in hex string at byte 9')
    expect(() => parse('<< 1 2 >>')).toThrow('dictionary key is not a name at byte 3')
    expect(() => parse('['.repeat(70))).toThrow(new PdfSyntaxError('objects nested too deeply', 65, 'nesting-too-deep'))
    expect(() => parse('<< /A 1 /B 2 /A 3 >>')).toThrow(new PdfSyntaxError('dictionary key /A appears twice', 13, 'duplicate-key'))
  })
})

describe('decodePdfText and parsePdfDate', () => {
  it('decodes UTF-16BE with a byte order mark, UTF-8 with one, and PDFDocEncoding', () => {
    expect(decodePdfText(Buffer.from('feff004a5f20', 'hex'))).toBe('J张')
    expect(decodePdfText(Buffer.from('efbbbfe5bca0', 'hex'))).toBe('张')
    expect(decodePdfText(Buffer.from('M\xfcnchen', 'latin1'))).toBe('München')
  })

  it('reads PDF dates with and without a zone', () => {
    expect(parsePdfDate('D:20261124100000Z')).toEqual(new Date('2026-11-24T10:00:00Z'))
    expect(parsePdfDate("D:20261124100000+08'00'")).toEqual(new Date('2026-11-24T02:00:00Z'))
    expect(parsePdfDate('D:2026')).toEqual(new Date('2026-01-01T00:00:00Z'))
    expect(parsePdfDate('yesterday')).toBeUndefined()
  })
})
