import {describe, expect, it} from 'vitest'
import {parsePdfObject} from '../../src/signing/pdf-syntax.js'
import {describeSignatureDictionary, findSignatureDictionaries} from '../../src/signing/signature-dictionary.js'

// Signature dictionaries written by hand, byte by byte, the way a careless or hostile producer may write them:
// every offset below is found in the very text the parser reads.

/** A file of the given indirect objects (`N 0 obj … endobj`), numbered from 1, as latin1 bytes. */
function pdf(...objects: string[]): {bytes: Buffer; text: string} {
  const text = `%PDF-1.7\n${objects.map((body, i) => `${i + 1} 0 obj\n${body}\nendobj\n`).join('')}%%EOF\n`
  return {bytes: Buffer.from(text, 'latin1'), text}
}

const SIGNATURE =
  '<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [0 840 960 120] /Contents <3082ABCD00> ' +
  "/Name (Mei Chan) /Reason (PCI DSS self-assessment) /Location (Hong Kong) /ContactInfo (mei@example.com) /M (D:20261124100000+08'00') >>"
const PAGE = '<< /Type /Page >>'

describe('findSignatureDictionaries', () => {
  it('reads what a signature dictionary says, and where its /ByteRange and /Contents sit', () => {
    const {bytes, text} = pdf(PAGE, SIGNATURE)
    const contents = text.indexOf('<3082ABCD00>')
    expect(findSignatureDictionaries(bytes)).toEqual([
      {
        offset: text.indexOf('[0 840 960 120]'),
        objectNumber: 2,
        byteRange: [0, 840, 960, 120],
        placeholder: false,
        contents: {start: contents, end: contents + '<3082ABCD00>'.length, hex: true, bytes: Uint8Array.from([0x30, 0x82, 0xab, 0xcd, 0x00])},
        type: 'Sig',
        filter: 'Adobe.PPKLite',
        subFilter: 'ETSI.CAdES.detached',
        name: 'Mei Chan',
        reason: 'PCI DSS self-assessment',
        location: 'Hong Kong',
        contactInfo: 'mei@example.com',
        // /M in its own zone: 10:00 at +08:00 is 02:00 UTC.
        modified: new Date('2026-11-24T02:00:00Z'),
      },
    ])
  })

  it('finds none in a file without /ByteRange, and ignores a longer name that starts with it', () => {
    expect(findSignatureDictionaries(pdf(PAGE).bytes)).toEqual([])
    // Otherwise each of the longer names would count the dictionary once more.
    expect(findSignatureDictionaries(pdf('<< /ByteRangeX [9] /ByteRange_ [9] /ByteRange [0 5 6 7] >>').bytes)).toMatchObject([{byteRange: [0, 5, 6, 7]}])
  })

  it('marks a placeholder still waiting for its numbers, with no byte range', () => {
    const [placeholder] = findSignatureDictionaries(pdf('<< /Type /Sig /ByteRange [0 /********** /********** /**********] /Contents <0000> >>').bytes)
    expect(placeholder).toMatchObject({placeholder: true, byteRange: undefined})
  })

  it.each([
    ['three numbers', '[0 1 2]'],
    ['five numbers', '[0 1 2 3 4]'],
    ['a negative number', '[0 -1 2 3]'],
    ['a fraction', '[0 1.5 2 3]'],
    ['a reference', '[0 1 0 R 3]'],
    ['not an array', '(0 1 2 3)'],
  ])('gives no byte range for a /ByteRange of %s, and no placeholder', (_, value) => {
    expect(findSignatureDictionaries(pdf(`<< /Type /Sig /ByteRange ${value} >>`).bytes)).toMatchObject([{byteRange: undefined, placeholder: false}])
  })

  it('takes only the kinds it expects: names as names, texts as strings, /Contents as a string', () => {
    const [signature] = findSignatureDictionaries(pdf('<< /Type (Sig) /SubFilter (x) /Name /Mallory /Reason 12 /M (yesterday) /Contents [1 2] /ByteRange [0 1 2 3] >>').bytes)
    expect(signature).toMatchObject({type: undefined, subFilter: undefined, name: undefined, reason: undefined, modified: undefined, contents: undefined})
  })

  it('decodes UTF-16BE and UTF-8 texts, escapes and all', () => {
    const utf16 = Buffer.from('\ufeff王丽', 'utf16le').swap16().toString('hex')
    // UTF-8 with its BOM, every byte written as an octal escape.
    const utf8 = [...Buffer.from('\ufeff审核', 'utf8')].map((byte) => `\\${byte.toString(8)}`).join('')
    const [signature] = findSignatureDictionaries(
      pdf(`<< /ByteRange [0 1 2 3] /Name <${utf16}> /Reason (${utf8}) /Location (Line one\\nLine \\(two\\)) /ContactInfo (caf\\351) >>`).bytes,
    )
    // Without a BOM, PDFDocEncoding: Latin-1 for these.
    expect(signature).toMatchObject({name: '王丽', reason: '审核', location: 'Line one\nLine (two)', contactInfo: 'café'})
  })

  it('finds a dictionary nested in another (a field with its value written inline), numbered by the object holding it', () => {
    const {bytes} = pdf(PAGE, `<< /FT /Sig /T (Signature1) /V ${SIGNATURE} >>`)
    expect(findSignatureDictionaries(bytes)).toMatchObject([{objectNumber: 2, name: 'Mei Chan', byteRange: [0, 840, 960, 120]}])
  })

  it('skips a /ByteRange that is not a key of a dictionary (inside a string), and a dictionary that cannot be parsed', () => {
    expect(findSignatureDictionaries(pdf('<< /Title (see /ByteRange [0 1 2 3]) >>').bytes)).toEqual([])
    // A key twice is refused by the parser (readers disagree on which wins): the signature is not seen at all.
    expect(findSignatureDictionaries(pdf('<< /ByteRange [0 1 2 3] /ByteRange [0 9 9 9] >>').bytes)).toEqual([])
    // Unterminated: the file ends inside the dictionary.
    expect(findSignatureDictionaries(Buffer.from('%PDF-1.7\n1 0 obj\n<< /ByteRange [0 1 2 3] /Contents <00'))).toEqual([])
    // A /ByteRange outside any object.
    expect(findSignatureDictionaries(Buffer.from('%PDF-1.7\n<< /ByteRange [0 1 2 3] >>\n'))).toEqual([])
  })

  it('lists the signatures of an incremental update in file order, the newest last', () => {
    const first = SIGNATURE.replace('(Mei Chan)', '(First)')
    const second = SIGNATURE.replace('(Mei Chan)', '(Second)').replace('[0 840 960 120]', '[0 2000 2100 50]')
    const signatures = findSignatureDictionaries(pdf(first, PAGE, second).bytes)
    expect(signatures.map((s) => [s.objectNumber, s.name, s.byteRange])).toEqual([
      [1, 'First', [0, 840, 960, 120]],
      [3, 'Second', [0, 2000, 2100, 50]],
    ])
    expect(signatures[0]!.offset).toBeLessThan(signatures[1]!.offset)
  })

  it('reads the last 64 signatures of a file stuffed with them, and no more', () => {
    const many = Array.from({length: 70}, (_, i) => `<< /Type /Sig /ByteRange [0 ${i} 0 0] >>`)
    const signatures = findSignatureDictionaries(pdf(...many).bytes)
    expect(signatures).toHaveLength(64)
    expect([signatures[0]!.objectNumber, signatures.at(-1)!.objectNumber]).toEqual([7, 70])
  })

  it('looks back through at most 16 candidate object headers for the object around a key', () => {
    // Each "(obj)" is a candidate that is not an `N G obj` header.
    const decoys = (n: number) => `<< /Decoys [${'(obj) '.repeat(n)}] /ByteRange [0 1 2 3] >>`
    expect(findSignatureDictionaries(pdf(decoys(15)).bytes)).toHaveLength(1)
    expect(findSignatureDictionaries(pdf(decoys(16)).bytes)).toEqual([])
  })

  it('accepts a typed array view into a larger buffer', () => {
    const {bytes} = pdf(SIGNATURE)
    const padded = Buffer.concat([Buffer.from('garbage'), bytes])
    const view = new Uint8Array(padded.buffer, padded.byteOffset + 7, bytes.length)
    expect(findSignatureDictionaries(view)).toEqual(findSignatureDictionaries(bytes))
  })
})

describe('describeSignatureDictionary', () => {
  it('places a dictionary without /ByteRange at the dictionary itself', () => {
    const text = '9 0 obj << /Type /Sig /Name (Mei) >>'
    const dict = parsePdfObject(Buffer.from(text, 'latin1'), text.indexOf('<<'))
    if (dict.kind !== 'dict') throw new Error('not a dictionary')
    expect(describeSignatureDictionary(dict, 9)).toMatchObject({offset: text.indexOf('<<'), objectNumber: 9, byteRange: undefined, placeholder: false, name: 'Mei'})
  })

  it('keeps a literal /Contents as a non-hex string', () => {
    const dict = parsePdfObject(Buffer.from('<< /Contents (\\001\\002) /ByteRange [0 1 2 3] >>', 'latin1'), 0)
    if (dict.kind !== 'dict') throw new Error('not a dictionary')
    expect(describeSignatureDictionary(dict, 1).contents).toMatchObject({hex: false, bytes: Uint8Array.from([1, 2])})
  })

  it.each([
    ["D:20261124100000Z", '2026-11-24T10:00:00.000Z'],
    ["D:20261124100000-05'30'", '2026-11-24T15:30:00.000Z'],
    ['D:2026', '2026-01-01T00:00:00.000Z'],
  ])('reads /M %s as %s', (m, iso) => {
    const dict = parsePdfObject(Buffer.from(`<< /ByteRange [0 1 2 3] /M (${m}) >>`, 'latin1'), 0)
    if (dict.kind !== 'dict') throw new Error('not a dictionary')
    expect(describeSignatureDictionary(dict, 1).modified?.toISOString()).toBe(iso)
  })
})
