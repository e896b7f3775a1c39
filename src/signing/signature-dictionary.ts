import {decodePdfText, parsePdfDate, parsePdfObject, skipWhitespace, type PdfValue} from './pdf-syntax.js'

/** A signature dictionary as it sits in the file: what it says and where its parts are. */
export interface SignatureDictionary {
  /** Offset of the /ByteRange value (or of the dictionary): signatures are ordered by it (later in the file = newer revision). */
  offset: number
  /** The object number of the indirect object holding the dictionary, when it has one. */
  objectNumber: number | undefined
  /** The four numbers of /ByteRange, or undefined when the entry is not four non-negative integers. */
  byteRange: [number, number, number, number] | undefined
  /** True while /ByteRange still holds the placeholder names written before signing. */
  placeholder: boolean
  /** Where the /Contents string sits (its `<` and one past its `>`) and its decoded bytes. */
  contents: {start: number; end: number; hex: boolean; bytes: Uint8Array} | undefined
  type: string | undefined
  filter: string | undefined
  subFilter: string | undefined
  name: string | undefined
  reason: string | undefined
  location: string | undefined
  contactInfo: string | undefined
  /** /M: the signing time the signer wrote into the dictionary. */
  modified: Date | undefined
}

const BYTE_RANGE = Buffer.from('/ByteRange')
/** Signature dictionaries read, counted from the end of the file. */
const MAX_SIGNATURES = 64
/** How far back the `N G obj` header of a signature dictionary is looked for, in candidate headers. */
const MAX_HEADER_CANDIDATES = 16

/**
 * The signature dictionaries of a PDF about to be signed (the last 64 at most), in file order: what `sign`
 * uses to find its placeholder in any PDF it is given. A submitted PDF is never read this way: `verify` and
 * the gate find its one signature through the structure (report-structure.ts). Found from the raw bytes: each `/ByteRange` key is
 * traced to the object that holds it, and that object is parsed. Dictionaries that cannot be parsed are
 * skipped (a damaged file then simply shows fewer signatures).
 */
export function findSignatureDictionaries(pdf: Uint8Array): SignatureDictionary[] {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  const offsets: number[] = []
  for (let at = bytes.indexOf(BYTE_RANGE); at !== -1; at = bytes.indexOf(BYTE_RANGE, at + BYTE_RANGE.length)) {
    // `/ByteRangeX` is another name.
    const after = bytes[at + BYTE_RANGE.length]
    if (after === undefined || !/[A-Za-z0-9#._-]/.test(String.fromCharCode(after))) offsets.push(at)
  }
  const found: SignatureDictionary[] = []
  // Only the newest ones matter; the cap keeps a file stuffed with the key from costing a parse per copy.
  for (const at of offsets.slice(-MAX_SIGNATURES)) {
    const dictionary = dictionaryAround(bytes, at)
    if (dictionary) found.push(describeSignatureDictionary(dictionary.dict, dictionary.objectNumber))
  }
  return found
}

/** The dictionary that holds the key at `keyOffset`, found through the indirect object around it. */
function dictionaryAround(
  bytes: Buffer,
  keyOffset: number,
): {dict: PdfValue & {kind: 'dict'}; objectNumber: number} | undefined {
  let search = keyOffset
  for (let tries = 0; tries < MAX_HEADER_CANDIDATES; tries++) {
    const obj = bytes.lastIndexOf('obj', search)
    if (obj === -1) return undefined
    search = obj - 1
    const header = /(\d+)\s+(\d+)\s+$/.exec(bytes.subarray(Math.max(0, obj - 40), obj).toString('latin1'))
    if (!header) continue
    try {
      const value = parsePdfObject(bytes, skipWhitespace(bytes, obj + 3))
      const dict = innermostDictionaryWithKey(value, keyOffset)
      if (dict) return {dict, objectNumber: Number(header[1])}
    } catch {
      // Not this object (or a damaged one): look further back.
    }
  }
  return undefined
}

function innermostDictionaryWithKey(value: PdfValue, keyOffset: number): (PdfValue & {kind: 'dict'}) | undefined {
  if (keyOffset < value.start || keyOffset >= value.end) return undefined
  const children = value.kind === 'dict' ? [...value.entries.values()] : value.kind === 'array' ? value.items : []
  for (const child of children) {
    const inner = innermostDictionaryWithKey(child, keyOffset)
    if (inner) return inner
  }
  return value.kind === 'dict' && value.entries.has('ByteRange') ? value : undefined
}

/** What a parsed signature dictionary says, and where its /ByteRange and /Contents sit in the file. */
export function describeSignatureDictionary(dict: PdfValue & {kind: 'dict'}, objectNumber: number): SignatureDictionary {
  const entry = (key: string): PdfValue | undefined => dict.entries.get(key)
  const name = (key: string): string | undefined => {
    const value = entry(key)
    return value?.kind === 'name' ? value.name : undefined
  }
  const text = (key: string): string | undefined => {
    const value = entry(key)
    return value?.kind === 'string' ? decodePdfText(value.bytes) : undefined
  }
  const range = entry('ByteRange')
  let byteRange: SignatureDictionary['byteRange']
  let placeholder = false
  if (range?.kind === 'array') {
    const numbers = range.items.map((item) => (item.kind === 'number' && item.integer && item.value >= 0 ? item.value : undefined))
    if (numbers.length === 4 && numbers.every((n) => n !== undefined)) byteRange = numbers as [number, number, number, number]
    placeholder = range.items.slice(1).some((item) => item.kind === 'name')
  }
  const contentsValue = entry('Contents')
  const contents =
    contentsValue?.kind === 'string'
      ? {start: contentsValue.start, end: contentsValue.end, hex: contentsValue.hex, bytes: contentsValue.bytes}
      : undefined
  const modified = text('M')
  return {
    offset: range?.start ?? dict.start,
    objectNumber,
    byteRange,
    placeholder,
    contents,
    type: name('Type'),
    filter: name('Filter'),
    subFilter: name('SubFilter'),
    name: text('Name'),
    reason: text('Reason'),
    location: text('Location'),
    contactInfo: text('ContactInfo'),
    modified: modified === undefined ? undefined : parsePdfDate(modified),
  }
}
