/**
 * Just enough of the PDF object syntax (ISO 32000-1 §7.2–7.3) to read the objects of a posattest report
 * straight from the file bytes (src/signing/report-structure.ts), independent of any PDF library's leniency.
 * Strict where readers disagree: a dictionary with a key twice is an error, not "last one wins".
 */

export type PdfValue =
  | {kind: 'dict'; entries: Map<string, PdfValue>; start: number; end: number}
  | {kind: 'array'; items: PdfValue[]; start: number; end: number}
  | {kind: 'name'; name: string; start: number; end: number}
  | {kind: 'string'; bytes: Uint8Array; hex: boolean; start: number; end: number}
  | {kind: 'number'; value: number; integer: boolean; start: number; end: number}
  | {kind: 'ref'; object: number; generation: number; start: number; end: number}
  | {kind: 'bool'; value: boolean; start: number; end: number}
  | {kind: 'null'; start: number; end: number}

/** What kind of fault a PdfSyntaxError is, for readers that report stable codes. */
export type PdfSyntaxCode = 'syntax' | 'duplicate-key' | 'nesting-too-deep'

export class PdfSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly code: PdfSyntaxCode = 'syntax',
  ) {
    super(`${message} at byte ${offset}`)
    this.name = 'PdfSyntaxError'
  }
}

/** Each byte's class, looked up once per byte of the file: 1 whitespace, 2 delimiter, 0 regular. */
const CLASS = new Uint8Array(256)
for (const byte of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[byte] = 1
for (const byte of [0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]) CLASS[byte] = 2
/** No posattest report nests arrays and dictionaries this deep; the limit keeps hostile input from exhausting the stack. */
export const MAX_DEPTH = 64

export function isPdfWhitespace(byte: number | undefined): boolean {
  return byte !== undefined && CLASS[byte] === 1
}

function isRegular(byte: number | undefined): boolean {
  return byte !== undefined && CLASS[byte] === 0
}

/** The bytes from `start` to `end` as Latin-1 text, without copying them first. */
function latin1Text(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= 32) {
    let text = ''
    for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!)
    return text
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1')
}

export function hexDigitValue(byte: number | undefined): number {
  if (byte === undefined) return -1
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57
  return -1
}

/** Skips whitespace and comments from `pos`; returns the offset of the next token. */
export function skipWhitespace(bytes: Uint8Array, pos: number): number {
  let at = pos
  while (at < bytes.length) {
    const byte = bytes[at]!
    if (CLASS[byte] === 1) {
      at++
    } else if (byte === 0x25) {
      while (at < bytes.length && bytes[at] !== 0x0a && bytes[at] !== 0x0d) at++
    } else {
      break
    }
  }
  return at
}

function readRegularRun(bytes: Uint8Array, pos: number): {text: string; end: number} {
  let end = pos
  while (end < bytes.length && CLASS[bytes[end]!] === 0) end++
  return {text: latin1Text(bytes, pos, end), end}
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/

/** Parses the object that starts at `pos` (after optional whitespace). */
export function parsePdfObject(bytes: Uint8Array, pos: number, depth = 0): PdfValue {
  if (depth > MAX_DEPTH) throw new PdfSyntaxError('objects nested too deeply', pos, 'nesting-too-deep')
  const start = skipWhitespace(bytes, pos)
  const byte = bytes[start]
  if (byte === undefined) throw new PdfSyntaxError('unexpected end of file', start)
  if (byte === 0x3c && bytes[start + 1] === 0x3c) return parseDictionary(bytes, start, depth)
  if (byte === 0x3c) return parseHexString(bytes, start)
  if (byte === 0x28) return parseLiteralString(bytes, start)
  if (byte === 0x5b) return parseArray(bytes, start, depth)
  if (byte === 0x2f) return parseName(bytes, start)
  if (!isRegular(byte)) throw new PdfSyntaxError(`unexpected character '${String.fromCharCode(byte)}'`, start)
  const {text, end} = readRegularRun(bytes, start)
  if (text === 'true' || text === 'false') return {kind: 'bool', value: text === 'true', start, end}
  if (text === 'null') return {kind: 'null', start, end}
  if (!NUMBER.test(text)) throw new PdfSyntaxError(`unexpected token '${text.slice(0, 20)}'`, start)
  // An indirect reference is two unsigned integers followed by R.
  if (/^\d+$/.test(text)) {
    const second = skipWhitespace(bytes, end)
    const generation = readRegularRun(bytes, second)
    if (/^\d+$/.test(generation.text)) {
      const third = skipWhitespace(bytes, generation.end)
      const keyword = readRegularRun(bytes, third)
      if (keyword.text === 'R') {
        return {kind: 'ref', object: Number(text), generation: Number(generation.text), start, end: keyword.end}
      }
    }
  }
  return {kind: 'number', value: Number(text), integer: /^[+-]?\d+$/.test(text), start, end}
}

function parseDictionary(bytes: Uint8Array, start: number, depth: number): PdfValue {
  const entries = new Map<string, PdfValue>()
  let at = start + 2
  for (;;) {
    at = skipWhitespace(bytes, at)
    if (at >= bytes.length) throw new PdfSyntaxError('unterminated dictionary', start)
    if (bytes[at] === 0x3e && bytes[at + 1] === 0x3e) return {kind: 'dict', entries, start, end: at + 2}
    if (bytes[at] !== 0x2f) throw new PdfSyntaxError('dictionary key is not a name', at)
    const key = parseName(bytes, at)
    // Readers disagree on which of two equal keys wins (first or last), so a file holding two is refused.
    if (entries.has(key.name)) throw new PdfSyntaxError(`dictionary key /${key.name} appears twice`, at, 'duplicate-key')
    const value = parsePdfObject(bytes, key.end, depth + 1)
    entries.set(key.name, value)
    at = value.end
  }
}

function parseArray(bytes: Uint8Array, start: number, depth: number): PdfValue {
  const items: PdfValue[] = []
  let at = start + 1
  for (;;) {
    at = skipWhitespace(bytes, at)
    if (at >= bytes.length) throw new PdfSyntaxError('unterminated array', start)
    if (bytes[at] === 0x5d) return {kind: 'array', items, start, end: at + 1}
    const item = parsePdfObject(bytes, at, depth + 1)
    items.push(item)
    at = item.end
  }
}

function parseName(bytes: Uint8Array, start: number): PdfValue & {kind: 'name'} {
  let end = start + 1
  let plain = true
  for (; end < bytes.length && CLASS[bytes[end]!] === 0; end++) if (bytes[end]! === 0x23 || bytes[end]! >= 0x80) plain = false
  // ASCII without # escapes reads the same as Latin-1 and as UTF-8.
  if (plain) return {kind: 'name', name: latin1Text(bytes, start + 1, end), start, end}
  const raw = bytes.subarray(start + 1, end)
  const out: number[] = []
  for (let i = 0; i < raw.length; i++) {
    const high = hexDigitValue(raw[i + 1])
    const low = hexDigitValue(raw[i + 2])
    if (raw[i] === 0x23 && high >= 0 && low >= 0) {
      out.push(high * 16 + low)
      i += 2
    } else {
      out.push(raw[i]!)
    }
  }
  return {kind: 'name', name: Buffer.from(out).toString('utf8'), start, end}
}

function parseHexString(bytes: Uint8Array, start: number): PdfValue {
  // One pass to check the digits and find the end, one to write the bytes (a signature's /Contents is tens of kilobytes).
  let count = 0
  let at = start + 1
  for (; at < bytes.length && bytes[at] !== 0x3e; at++) {
    if (hexDigitValue(bytes[at]) >= 0) count++
    else if (CLASS[bytes[at]!] !== 1) throw new PdfSyntaxError('invalid character in hex string', at)
  }
  if (at >= bytes.length) throw new PdfSyntaxError('unterminated hex string', start)
  const out = new Uint8Array((count + 1) >> 1)
  let written = 0
  for (let i = start + 1; i < at; i++) {
    const value = hexDigitValue(bytes[i])
    if (value < 0) continue
    // An odd last digit is followed by an implied 0.
    if (written % 2 === 0) out[written >> 1] = value << 4
    else out[written >> 1]! |= value
    written++
  }
  return {kind: 'string', bytes: out, hex: true, start, end: at + 1}
}

const ESCAPES: Record<number, number> = {0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c}

function parseLiteralString(bytes: Uint8Array, start: number): PdfValue {
  const out: number[] = []
  let nesting = 1
  let at = start + 1
  while (at < bytes.length) {
    const byte = bytes[at]!
    if (byte === 0x5c) {
      const next = bytes[at + 1]
      if (next === undefined) break
      if (next in ESCAPES) {
        out.push(ESCAPES[next]!)
        at += 2
      } else if (next >= 0x30 && next <= 0x37) {
        let value = 0
        let length = 0
        while (length < 3 && bytes[at + 1 + length]! >= 0x30 && bytes[at + 1 + length]! <= 0x37) {
          value = value * 8 + (bytes[at + 1 + length]! - 0x30)
          length++
        }
        out.push(value & 0xff)
        at += 1 + length
      } else if (next === 0x0d || next === 0x0a) {
        // A backslash before an end of line continues the string on the next line.
        at += next === 0x0d && bytes[at + 2] === 0x0a ? 3 : 2
      } else {
        out.push(next)
        at += 2
      }
      continue
    }
    if (byte === 0x28) nesting++
    if (byte === 0x29 && --nesting === 0) return {kind: 'string', bytes: Uint8Array.from(out), hex: false, start, end: at + 1}
    out.push(byte)
    at++
  }
  throw new PdfSyntaxError('unterminated string', start)
}

/** A PDF text string (UTF-16BE with BOM, UTF-8 with BOM, or PDFDocEncoding) as a JS string. */
export function decodePdfText(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)))
    return swapped.swap16().toString('utf16le')
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return Buffer.from(bytes.subarray(3)).toString('utf8')
  // PDFDocEncoding agrees with Latin-1 on every character a signer's name or reason is likely to hold.
  return Buffer.from(bytes).toString('latin1')
}

/** A PDF date (D:YYYYMMDDHHmmSSOHH'mm) as a Date, or undefined if it is not one. */
export function parsePdfDate(text: string): Date | undefined {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?(?:\d{2}'?)?)?/.exec(text)
  if (!match) return undefined
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', zone] = match
  let offsetMinutes = 0
  if (zone && zone !== 'Z') {
    const digits = zone.replace(/'/g, '')
    offsetMinutes = (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0')) * (digits[0] === '-' ? -1 : 1)
  }
  const utc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second))
  const date = new Date(utc - offsetMinutes * 60_000)
  return Number.isNaN(date.getTime()) ? undefined : date
}
