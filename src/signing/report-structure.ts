import {inflateSync} from 'node:zlib'
import {EMBEDDED_NAMES, EMBEDDED_RESULT_NAME} from '../model/report-attachments.js'
import {decodePdfText, isPdfWhitespace, parsePdfObject, PdfSyntaxError, skipWhitespace, type PdfValue} from './pdf-syntax.js'

/**
 * The one reader of what a submitted PDF holds: its revisions, its signature dictionary and its attachments.
 * Deliberately not a general PDF reader: it accepts only the structure posattest writes (pdfkit output with
 * classic cross-reference tables, plus the one incremental update `posattest sign` adds) and refuses anything
 * else with a stable code, so that no file can show one document to this reader and another to a viewer,
 * poppler (pdfsig, pdfdetach) or qpdf. Every rule is in the README under "What a valid submission is".
 * Reading verifies nothing cryptographically; it is cheap (no stream is decoded) and bounded: object count,
 * nesting depth, revisions, and decoded bytes of an attachment.
 */

export type StructureCode =
  | 'pdf-header'
  | 'body-syntax'
  | 'duplicate-key'
  | 'nesting-too-deep'
  | 'stream-length-mismatch'
  | 'duplicate-object'
  | 'unlisted-object'
  | 'xref-offset-mismatch'
  | 'xref-malformed'
  | 'trailer-malformed'
  | 'startxref-mismatch'
  | 'prev-chain-mismatch'
  | 'size-mismatch'
  | 'too-many-objects'
  | 'too-many-revisions'
  | 'unexpected-update'
  | 'update-after-signature'
  | 'unsupported-structure'
  | 'no-catalog'
  | 'dangling-reference'
  | 'multiple-signatures'
  | 'signature-unreachable'
  | 'name-tree-malformed'
  | 'name-tree-duplicate'
  | 'name-tree-unsorted'
  | 'unknown-attachment'
  | 'filespec-name-mismatch'
  | 'ef-streams'
  | 'af-mismatch'
  | 'extra-attachment'
  | 'result-missing'
  | 'unsupported-filter'
  | 'stream-too-large'
  | 'stream-corrupt'

export class ReportStructureError extends Error {
  constructor(
    readonly code: StructureCode,
    message: string,
  ) {
    super(message)
    this.name = 'ReportStructureError'
  }
}

/** Objects in a whole file (and object numbers): no report comes near; the object flood stops here. */
export const MAX_OBJECTS = 200_000
/** posattest writes one revision, and `posattest sign` of an unsigned PDF adds one. */
export const MAX_REVISIONS = 2
/**
 * Decoded bytes of one attachment: a merchant's result or answers is a few hundred kilobytes, an acquirer's estate of
 * 100,000 terminals attaches a 40 MB result; the same bound as a whole submission's bytes.
 */
export const MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024
/** Name tree levels: pdfkit writes one. */
const MAX_NAME_TREE_DEPTH = 8

export type PdfDict = PdfValue & {kind: 'dict'}

/** One `N G obj … endobj` of a revision. */
export interface PdfObject {
  number: number
  generation: number
  /** Offset of the first digit of `N`: what the xref entry must say; and one past its `endobj`. */
  offset: number
  end: number
  /** Index of the revision (0 = the original file). */
  revision: number
  value: PdfValue
  /** The still-encoded data of a stream object. */
  stream?: {start: number; end: number}
}

export interface Revision {
  /** First byte of the body, and one past its `%%EOF` line. */
  start: number
  end: number
  xrefOffset: number
  objects: Map<number, PdfObject>
  trailer: PdfDict
}

export interface ReportAttachment {
  name: (typeof EMBEDDED_NAMES)[number]
  spec: PdfObject
  stream: PdfObject
}

export interface ReportStructure {
  revisions: Revision[]
  /** The document a reader following the cross-reference tables sees: each object in its latest revision. */
  objects: Map<number, PdfObject>
  catalog: PdfDict
  /** The one signature dictionary (found through /AcroForm /Fields → /V), if the file has one. */
  signature?: {object: PdfObject; dict: PdfDict}
  /**
   * Bytes after the last complete revision that are not a revision (set only when the revisions before
   * them hold the signature: the verifier reports them as bytes appended after signing).
   */
  trailing?: {offset: number; code: StructureCode; message: string}
  /** True when something in the file names a posattest attachment: the attachment rules then apply. */
  posattest: boolean
  /** The posattest attachments, in name tree order (empty when `posattest` is false). */
  attachments: ReportAttachment[]
}

const fail = (code: StructureCode, message: string): never => {
  throw new ReportStructureError(code, message)
}

/** The bytes from `start` to `end` (clamped to the file: never past the view, whatever lies behind it). */
function latin1(bytes: Uint8Array, start: number, end: number): string {
  const from = Math.min(Math.max(0, start), bytes.length)
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, Math.min(end, bytes.length) - from)).toString('latin1')
}

function isBoundary(byte: number | undefined): boolean {
  // The end of a keyword: whitespace, a delimiter, or the end of the file.
  return byte === undefined || isPdfWhitespace(byte) || '()<>[]{}/%'.includes(String.fromCharCode(byte))
}

function keywordAt(bytes: Uint8Array, at: number, keyword: string): boolean {
  for (let i = 0; i < keyword.length; i++) if (bytes[at + i] !== keyword.charCodeAt(i)) return false
  return isBoundary(bytes[at + keyword.length])
}

/** A run of ASCII digits at `at` (at most `max` of them), or undefined. */
function digitsAt(bytes: Uint8Array, at: number, max = 10): {value: number; end: number} | undefined {
  let end = at
  while (end < bytes.length && end - at <= max && bytes[end]! >= 0x30 && bytes[end]! <= 0x39) end++
  if (end === at || end - at > max || !isBoundary(bytes[end])) return undefined
  return {value: Number(latin1(bytes, at, end)), end}
}

/** Past one end-of-line marker (CRLF, LF or CR) at `at`, or undefined when there is none. */
function afterEol(bytes: Uint8Array, at: number): number | undefined {
  if (bytes[at] === 0x0d) return bytes[at + 1] === 0x0a ? at + 2 : at + 1
  if (bytes[at] === 0x0a) return at + 1
  return undefined
}

function parseValue(bytes: Uint8Array, at: number): PdfValue {
  try {
    return parsePdfObject(bytes, at)
  } catch (error) {
    if (!(error instanceof PdfSyntaxError)) throw error
    const code = error.code === 'syntax' ? 'body-syntax' : error.code
    return fail(code, `the PDF cannot be parsed: ${error.message}`)
  }
}

const entry = (dict: PdfDict, key: string): PdfValue | undefined => dict.entries.get(key)
const nameOf = (value: PdfValue | undefined): string | undefined => (value?.kind === 'name' ? value.name : undefined)
const integerOf = (value: PdfValue | undefined): number | undefined =>
  value?.kind === 'number' && value.integer && value.value >= 0 ? value.value : undefined
const textOf = (value: PdfValue | undefined): string | undefined => (value?.kind === 'string' ? decodePdfText(value.bytes) : undefined)

/** Counts objects and xref entries over the whole file against MAX_OBJECTS. */
class Budget {
  private used = 0
  constructor(private readonly what: string) {}
  take(count: number): void {
    this.used += count
    if (this.used > MAX_OBJECTS) fail('too-many-objects', `the PDF has more than ${MAX_OBJECTS} ${this.what}; no report comes near`)
  }
}
type Budgets = {objects: Budget; entries: Budget}

interface XrefEntry {
  offset: number
  generation: number
  free: boolean
}

/**
 * Reads and checks the structure of a submitted PDF. Throws a ReportStructureError (with its code) on
 * the first rule the file breaks; decodes nothing.
 */
export function readReportStructure(pdf: Uint8Array): ReportStructure {
  const bytes = pdf
  const header = /^%PDF-\d\.\d(\r\n|\r|\n)/.exec(latin1(bytes, 0, 16))
  if (!header) fail('pdf-header', 'the file does not begin with a %PDF-x.y header line')
  precheckSize(bytes)
  const budget = {objects: new Budget('objects'), entries: new Budget('cross-reference entries')}
  const revisions: Revision[] = []
  let trailing: ReportStructure['trailing']
  let pos = header![0].length
  for (;;) {
    const start = pos
    try {
      const revision = readRevision(bytes, start, revisions, budget)
      revisions.push(revision)
      pos = revision.end
    } catch (error) {
      if (!(error instanceof ReportStructureError) || revisions.length === 0) throw error
      trailing = {offset: start, code: error.code, message: error.message}
      break
    }
    if (skipWhitespace(bytes, pos) >= bytes.length) break
    if (revisions.length > MAX_REVISIONS) break
  }
  if (revisions.length > MAX_REVISIONS) {
    fail('too-many-revisions', `the PDF has more than ${MAX_REVISIONS} revisions; posattest writes one, and one more when it signs an unsigned PDF`)
  }

  const objects = new Map<number, PdfObject>()
  for (const revision of revisions) for (const [number, object] of revision.objects) objects.set(number, object)
  const last = revisions.at(-1)!
  const resolve = (value: PdfValue | undefined, what: string): PdfValue | undefined => {
    if (value?.kind !== 'ref') return value
    const object = objects.get(value.object)
    if (!object || object.generation !== value.generation) fail('dangling-reference', `${what} refers to object ${value.object} ${value.generation}, which the PDF does not hold`)
    return object!.value
  }
  const root = entry(last.trailer, 'Root')
  const catalog = root?.kind === 'ref' ? resolve(root, 'the trailer /Root') : undefined
  if (catalog?.kind !== 'dict' || nameOf(entry(catalog, 'Type')) !== 'Catalog') fail('no-catalog', 'the trailer /Root is not a document catalog')
  const catalogDict = catalog as PdfDict

  const found = scanObjects(revisions)
  const signature = findSignature(found, catalogDict, objects, resolve)
  checkRevisions(revisions, signature?.object)
  if (trailing && !signature) fail(trailing.code, trailing.message)
  const attachments = found.posattest ? checkAttachments(found, catalogDict, objects, resolve) : []
  return {
    revisions,
    objects,
    catalog: catalogDict,
    ...(signature ? {signature} : {}),
    ...(trailing ? {trailing} : {}),
    posattest: found.posattest,
    attachments,
  }
}

/** The object flood is refused from the last trailer's /Size before a single object is parsed. */
function precheckSize(bytes: Uint8Array): void {
  const tail = latin1(bytes, Math.max(0, bytes.length - 4096), bytes.length)
  const at = tail.lastIndexOf('trailer')
  const size = at === -1 ? undefined : /\/Size\s+(\d{1,12})\b/.exec(tail.slice(at))
  if (size && Number(size[1]) > MAX_OBJECTS + 1) fail('too-many-objects', `the PDF declares ${size[1]} objects (/Size); no report comes near ${MAX_OBJECTS}`)
}

function readRevision(bytes: Uint8Array, start: number, previous: readonly Revision[], budget: Budgets): Revision {
  const index = previous.length
  const objects = new Map<number, PdfObject>()
  let at = skipWhitespace(bytes, start)
  while (!keywordAt(bytes, at, 'xref')) {
    if (at >= bytes.length) fail('body-syntax', 'the PDF ends before its cross-reference table')
    const object = readObject(bytes, at, index, objects, previous)
    if (objects.has(object.number)) {
      fail('duplicate-object', `object ${object.number} is defined twice in revision ${index + 1} (at bytes ${objects.get(object.number)!.offset} and ${object.offset})`)
    }
    budget.objects.take(1)
    objects.set(object.number, object)
    object.end = (object.stream ? streamObjectEnd : plainObjectEnd)(bytes, object)
    at = skipWhitespace(bytes, object.end)
  }
  const xrefOffset = at
  const xref = readXref(bytes, xrefOffset, budget.entries)
  const trailer = xref.trailer
  for (const key of ['Encrypt', 'XRefStm']) {
    if (entry(trailer, key)) fail('unsupported-structure', `the trailer has /${key}: posattest reports are not encrypted and use no cross-reference streams`)
  }
  // startxref, then %%EOF on a line of its own.
  let after = skipWhitespace(bytes, xref.end)
  if (!keywordAt(bytes, after, 'startxref')) fail('trailer-malformed', `revision ${index + 1} has no startxref after its trailer`)
  after = skipPlainWhitespace(bytes, after + 'startxref'.length)
  const startxref = digitsAt(bytes, after)
  if (!startxref) fail('trailer-malformed', `revision ${index + 1}: startxref is not followed by a byte offset`)
  if (startxref!.value !== xrefOffset) fail('startxref-mismatch', `revision ${index + 1}: startxref says ${startxref!.value}, its cross-reference table is at ${xrefOffset}`)
  after = skipPlainWhitespace(bytes, startxref!.end)
  if (latin1(bytes, after, after + 5) !== '%%EOF') fail('trailer-malformed', `revision ${index + 1} does not end with %%EOF after startxref`)
  const end = afterEol(bytes, after + 5) ?? after + 5
  if (end === after + 5 && end < bytes.length && !isPdfWhitespace(bytes[end])) fail('trailer-malformed', `revision ${index + 1}: %%EOF is followed by other bytes on its line`)

  checkXref(xref.entries, objects, index)
  checkTrailer(trailer, xref.entries, previous, index)
  return {start, end, xrefOffset, objects, trailer}
}

function skipPlainWhitespace(bytes: Uint8Array, at: number): number {
  while (at < bytes.length && isPdfWhitespace(bytes[at])) at++
  return at
}

/** Where the value of a plain object ends: it must be followed by `endobj`. */
function plainObjectEnd(bytes: Uint8Array, object: PdfObject): number {
  const at = skipWhitespace(bytes, object.value.end)
  if (!keywordAt(bytes, at, 'endobj')) fail('body-syntax', `object ${object.number} at byte ${object.offset} does not end with endobj`)
  return at + 'endobj'.length
}

function streamObjectEnd(bytes: Uint8Array, object: PdfObject): number {
  let at = afterEol(bytes, object.stream!.end) ?? object.stream!.end
  if (!keywordAt(bytes, at, 'endstream')) {
    fail('stream-length-mismatch', `the stream of object ${object.number} does not end where its /Length says (no endstream at byte ${object.stream!.end})`)
  }
  at = skipWhitespace(bytes, at + 'endstream'.length)
  if (!keywordAt(bytes, at, 'endobj')) fail('body-syntax', `object ${object.number} at byte ${object.offset} does not end with endobj`)
  return at + 'endobj'.length
}

function readObject(bytes: Uint8Array, offset: number, revision: number, current: Map<number, PdfObject>, previous: readonly Revision[]): PdfObject {
  const number = digitsAt(bytes, offset)
  const generation = number && digitsAt(bytes, skipPlainWhitespace(bytes, number.end), 5)
  const keyword = generation && skipPlainWhitespace(bytes, generation.end)
  if (!number || !generation || keyword === undefined || !keywordAt(bytes, keyword, 'obj')) {
    fail('body-syntax', `expected an object (N G obj) or the cross-reference table at byte ${offset}, found '${latin1(bytes, offset, offset + 12).replace(/[^\x20-\x7e]/g, '.')}'`)
  }
  if (number!.value > MAX_OBJECTS) fail('too-many-objects', `object number ${number!.value} at byte ${offset} is above ${MAX_OBJECTS}`)
  const value = parseValue(bytes, keyword! + 3)
  const object: PdfObject = {number: number!.value, generation: generation!.value, offset, end: value.end, revision, value}
  const after = skipWhitespace(bytes, value.end)
  if (!keywordAt(bytes, after, 'stream')) return object
  if (value.kind !== 'dict') fail('body-syntax', `object ${object.number}: a stream without a dictionary`)
  const dict = value as PdfDict
  const type = nameOf(entry(dict, 'Type'))
  if (type === 'ObjStm' || type === 'XRef') fail('unsupported-structure', `object ${object.number} is an ${type === 'ObjStm' ? 'object' : 'cross-reference'} stream; posattest reports use neither`)
  const dataStart = afterEol(bytes, after + 'stream'.length)
  if (dataStart === undefined) fail('body-syntax', `object ${object.number}: the stream keyword is not followed by an end of line`)
  const length = streamLength(bytes, dict, object.number, current, previous)
  if (dataStart! + length > bytes.length) fail('stream-length-mismatch', `the stream of object ${object.number} is longer than the file`)
  object.stream = {start: dataStart!, end: dataStart! + length}
  return object
}

/** A direct /Length, or an indirect one to an integer object already read. */
function streamLength(bytes: Uint8Array, dict: PdfDict, number: number, current: Map<number, PdfObject>, previous: readonly Revision[]): number {
  const length = entry(dict, 'Length')
  let value = length
  if (length?.kind === 'ref') {
    const target = current.get(length.object) ?? [...previous].reverse().find((r) => r.objects.has(length.object))?.objects.get(length.object)
    value = target && target.generation === length.generation && !target.stream ? target.value : undefined
    if (value === undefined) value = forwardLength(bytes, length.object, length.generation)
  }
  const result = integerOf(value)
  if (result === undefined) fail('stream-length-mismatch', `the stream of object ${number} has no usable /Length`)
  return result!
}

/** An indirect /Length written after its stream (as some producers do): `N G obj <integer> endobj` found by its header. */
function forwardLength(bytes: Uint8Array, objectNumber: number, generation: number): PdfValue | undefined {
  const header = Buffer.from(`\n${objectNumber} ${generation} obj`)
  const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(header)
  if (at === -1) return undefined
  const value = parseValue(bytes, at + header.length)
  return keywordAt(bytes, skipWhitespace(bytes, value.end), 'endobj') ? value : undefined
}

function readXref(bytes: Uint8Array, offset: number, budget: Budget): {entries: Map<number, XrefEntry>; trailer: PdfDict; end: number} {
  const entries = new Map<number, XrefEntry>()
  let at = afterEol(bytes, offset + 4)
  if (at === undefined) fail('xref-malformed', `the cross-reference table at byte ${offset} does not start with a line 'xref'`)
  for (;;) {
    at = skipPlainWhitespace(bytes, at!)
    if (keywordAt(bytes, at!, 'trailer')) break
    const first = digitsAt(bytes, at!)
    const count = first && digitsAt(bytes, skipPlainWhitespace(bytes, first.end))
    const eol = count && afterEol(bytes, skipSpaces(bytes, count.end))
    if (!first || !count || eol === undefined) fail('xref-malformed', `the cross-reference table at byte ${offset} has a malformed subsection header at byte ${at}`)
    budget.take(count!.value)
    at = eol!
    for (let i = 0; i < count!.value; i++, at! += 20) {
      const line = /^(\d{10}) (\d{5}) ([nf])( \r| \n|\r\n)$/.exec(latin1(bytes, at!, at! + 20))
      if (!line) fail('xref-malformed', `the cross-reference entry at byte ${at} is not of the form 'nnnnnnnnnn ggggg n'`)
      const number = first!.value + i
      if (entries.has(number)) fail('xref-malformed', `object ${number} has two entries in the cross-reference table at byte ${offset}`)
      entries.set(number, {offset: Number(line![1]), generation: Number(line![2]), free: line![3] === 'f'})
    }
  }
  const trailer = parseValue(bytes, at! + 'trailer'.length)
  if (trailer.kind !== 'dict') fail('trailer-malformed', `the trailer at byte ${at} is not a dictionary`)
  return {entries, trailer: trailer as PdfDict, end: trailer.end}
}

function skipSpaces(bytes: Uint8Array, at: number): number {
  while (bytes[at] === 0x20) at++
  return at
}

/** Every object of the revision listed at its exact offset, and every entry pointing at the object it names. */
function checkXref(entries: Map<number, XrefEntry>, objects: Map<number, PdfObject>, revision: number): void {
  for (const object of objects.values()) {
    const listed = entries.get(object.number)
    if (!listed || listed.free) fail('unlisted-object', `object ${object.number} at byte ${object.offset} is not listed in the cross-reference table of revision ${revision + 1}`)
    if (listed!.offset !== object.offset || listed!.generation !== object.generation) {
      fail('xref-offset-mismatch', `the cross-reference table of revision ${revision + 1} puts object ${object.number} at byte ${listed!.offset}, but it is at byte ${object.offset}`)
    }
  }
  for (const [number, listed] of entries) {
    if (listed.free) {
      if (number !== 0 || listed.generation !== 65535) fail('xref-malformed', `object ${number} is listed as free; posattest reports free no object but object 0`)
    } else if (!objects.has(number)) {
      fail('xref-offset-mismatch', `the cross-reference table of revision ${revision + 1} lists object ${number} at byte ${listed.offset}, where revision ${revision + 1} has no object ${number}`)
    }
  }
}

/** /Size, /Prev and /Root of one revision's trailer. */
function checkTrailer(trailer: PdfDict, entries: Map<number, XrefEntry>, previous: readonly Revision[], index: number): void {
  const size = integerOf(entry(trailer, 'Size'))
  if (size === undefined) fail('trailer-malformed', `the trailer of revision ${index + 1} has no /Size`)
  if (size! > MAX_OBJECTS + 1) fail('too-many-objects', `the trailer declares ${size} objects (/Size); no report comes near ${MAX_OBJECTS}`)
  if (entry(trailer, 'Root')?.kind !== 'ref') fail('trailer-malformed', `the trailer of revision ${index + 1} has no /Root reference`)
  const before = previous.at(-1)
  const prev = entry(trailer, 'Prev')
  if (before === undefined ? prev !== undefined : integerOf(prev) !== before.xrefOffset) {
    fail('prev-chain-mismatch', before === undefined
      ? 'the first revision\'s trailer has a /Prev: the file does not start with its original revision'
      : `the trailer /Prev of revision ${index + 1} does not point at the cross-reference table of revision ${index} (byte ${before.xrefOffset})`)
  }
  let highest = -1
  for (const number of entries.keys()) highest = Math.max(highest, number)
  // The original lists objects 0 to /Size - 1; an update lists its own and keeps /Size one past the highest.
  const expected = before === undefined ? entries.size : Math.max(highest + 1, integerOf(entry(before.trailer, 'Size'))!)
  if (size !== expected || (before === undefined && highest !== size! - 1)) {
    fail('size-mismatch', `the trailer /Size ${size} of revision ${index + 1} does not match its cross-reference table`)
  }
}

/** What a walk over every object value of every revision finds. */
interface Scan {
  /** Dictionaries that are signatures: /Type /Sig, or holding /ByteRange. */
  signatures: Array<{object: PdfObject; dict: PdfDict}>
  /** File specifications (/Type /Filespec or holding /EF), embedded file streams, file attachment annotations. */
  fileSpecs: Array<{object: PdfObject; dict: PdfDict}>
  embeddedFiles: PdfObject[]
  fileAnnotations: PdfObject[]
  /** Some string of the file is the name of a posattest attachment (a name tree key, a file specification's /F or /UF). */
  posattest: boolean
}

function scanObjects(revisions: readonly Revision[]): Scan {
  const scan: Scan = {signatures: [], fileSpecs: [], embeddedFiles: [], fileAnnotations: [], posattest: false}
  const names = new Set<string>(EMBEDDED_NAMES)
  for (const revision of revisions) {
    for (const object of revision.objects.values()) {
      const stack: PdfValue[] = [object.value]
      while (stack.length > 0) {
        const value = stack.pop()!
        if (value.kind === 'array') for (const item of value.items) stack.push(item)
        if (value.kind === 'string' && value.bytes.length < 64 && names.has(decodePdfText(value.bytes))) scan.posattest = true
        if (value.kind !== 'dict') continue
        for (const item of value.entries.values()) stack.push(item)
        const type = nameOf(entry(value, 'Type'))
        if (type === 'Sig' || value.entries.has('ByteRange')) scan.signatures.push({object, dict: value})
        if (type === 'Filespec' || value.entries.has('EF')) {
          scan.fileSpecs.push({object, dict: value})
        }
        if (type === 'EmbeddedFile' && value === object.value) scan.embeddedFiles.push(object)
        if (nameOf(entry(value, 'Subtype')) === 'FileAttachment') scan.fileAnnotations.push(object)
      }
    }
  }
  return scan
}

type Resolve = (value: PdfValue | undefined, what: string) => PdfValue | undefined

/** The one signature dictionary, reached from the catalog's /AcroForm /Fields through the field's /V. */
function findSignature(
  scan: Scan,
  catalog: PdfDict,
  objects: Map<number, PdfObject>,
  resolve: Resolve,
): {object: PdfObject; dict: PdfDict} | undefined {
  if (scan.signatures.length > 1) fail('multiple-signatures', `the PDF holds ${scan.signatures.length} signature dictionaries; a posattest report has one`)
  const [signature] = scan.signatures
  const form = resolve(entry(catalog, 'AcroForm'), 'the catalog /AcroForm')
  const fields = form?.kind === 'dict' ? resolve(entry(form, 'Fields'), 'the /AcroForm /Fields') : undefined
  const signatureFields = (fields?.kind === 'array' ? fields.items : [])
    .map((field) => ({field, dict: resolve(field, 'a form field')}))
    .filter(({dict}) => dict?.kind === 'dict' && nameOf(entry(dict, 'FT')) === 'Sig')
  if (signatureFields.length > 1) fail('multiple-signatures', `the form has ${signatureFields.length} signature fields; a posattest report has one`)
  if (!signature) return undefined
  const value = signatureFields[0]?.dict as PdfDict | undefined
  const v = value && entry(value, 'V')
  const reached = v?.kind === 'ref' ? objects.get(v.object) : undefined
  if (!reached || reached !== signature.object || signature.object.value !== signature.dict) {
    fail('signature-unreachable', 'the signature dictionary is not the /V of the signature field in the catalog\'s /AcroForm /Fields')
  }
  return signature
}

/** Objects `posattest sign` writes in its incremental update, by what they are. */
function isSigningUpdateObject(object: PdfObject, signature: PdfObject): boolean {
  if (object === signature) return true
  const value = object.value
  if (value.kind !== 'dict' || object.stream) return false
  const type = nameOf(entry(value, 'Type'))
  if (type === 'Catalog' || type === 'Page') return true
  if (type === 'Annot') return nameOf(entry(value, 'Subtype')) === 'Widget' && nameOf(entry(value, 'FT')) === 'Sig'
  return type === 'AcroForm' || (type === undefined && entry(value, 'Fields') !== undefined)
}

/** At most the original revision and the signing update; the signature in the last revision. */
function checkRevisions(revisions: readonly Revision[], signature: PdfObject | undefined): void {
  if (signature && signature.revision !== revisions.length - 1) {
    fail('update-after-signature', `the PDF was updated after it was signed: revision ${revisions.length} follows the signed revision ${signature.revision + 1}`)
  }
  if (revisions.length === 1) return
  if (!signature) fail('too-many-revisions', 'the PDF has an incremental update that is not a signing update')
  for (const object of revisions.at(-1)!.objects.values()) {
    if (!isSigningUpdateObject(object, signature!)) {
      fail('unexpected-update', `the signing update also changes object ${object.number}, which is not part of a signature field`)
    }
  }
}

/** The /EmbeddedFiles name tree, the file specifications and /AF, checked against the rules. */
function checkAttachments(scan: Scan, catalog: PdfDict, objects: Map<number, PdfObject>, resolve: Resolve): ReportAttachment[] {
  const namesDict = resolve(entry(catalog, 'Names'), 'the catalog /Names')
  const tree = namesDict?.kind === 'dict' ? resolve(entry(namesDict, 'EmbeddedFiles'), 'the /EmbeddedFiles name tree') : undefined
  if (tree === undefined) fail('result-missing', `the PDF names a posattest attachment but has no /EmbeddedFiles name tree`)
  if (tree?.kind !== 'dict') fail('name-tree-malformed', 'the /EmbeddedFiles name tree is not a dictionary')
  const pairs: Array<{key: Uint8Array; value: PdfValue}> = []
  collectNameTree(tree as PdfDict, resolve, pairs, 0, new Set())
  const allowed = new Set<string>(EMBEDDED_NAMES)
  const attachments: ReportAttachment[] = []
  for (let i = 0; i < pairs.length; i++) {
    const {key, value} = pairs[i]!
    const name = decodePdfText(key)
    if (i > 0) {
      const order = Buffer.compare(Buffer.from(pairs[i - 1]!.key), Buffer.from(key))
      if (order === 0) fail('name-tree-duplicate', `the /EmbeddedFiles name tree has the key ${JSON.stringify(name)} twice`)
      if (order > 0) fail('name-tree-unsorted', 'the keys of the /EmbeddedFiles name tree are not in sorted order')
    }
    const spec = value.kind === 'ref' ? objects.get(value.object) : undefined
    if (!spec || spec.value.kind !== 'dict' || spec.generation !== (value as {generation: number}).generation) {
      fail('name-tree-malformed', `the name tree entry ${JSON.stringify(name)} is not a reference to a file specification`)
    }
    const dict = spec!.value as PdfDict
    for (const field of ['F', 'UF']) {
      if (textOf(entry(dict, field)) !== name) fail('filespec-name-mismatch', `the file specification under ${JSON.stringify(name)} has /${field} ${JSON.stringify(textOf(entry(dict, field)) ?? null)}; both /F and /UF must equal the key`)
    }
    if (!allowed.has(name)) fail('unknown-attachment', `the report carries the attachment ${JSON.stringify(name)}; a posattest report carries only ${EMBEDDED_NAMES.join(', ')}`)
    const ef = resolve(entry(dict, 'EF'), 'a file specification /EF')
    const streamRef = ef?.kind === 'dict' && ef.entries.size === 1 ? entry(ef, 'F') : undefined
    const stream = streamRef?.kind === 'ref' ? objects.get(streamRef.object) : undefined
    if (!stream?.stream || stream.value.kind !== 'dict' || nameOf(entry(stream.value, 'Type')) !== 'EmbeddedFile') {
      fail('ef-streams', `the file specification of ${name} must have /EF with exactly one entry /F, an /EmbeddedFile stream`)
    }
    attachments.push({name: name as ReportAttachment['name'], spec: spec!, stream: stream!})
  }
  if (!attachments.some((a) => a.name === EMBEDDED_RESULT_NAME)) fail('result-missing', `the report carries no ${EMBEDDED_RESULT_NAME}`)

  const af = resolve(entry(catalog, 'AF'), 'the catalog /AF')
  const listed = (af?.kind === 'array' ? af.items : []).map((item) => (item.kind === 'ref' ? objects.get(item.object) : undefined))
  const specs = attachments.map((a) => a.spec)
  if (listed.length !== specs.length || !specs.every((spec) => listed.includes(spec)) || new Set(listed).size !== listed.length) {
    fail('af-mismatch', 'the catalog /AF does not list exactly the file specifications of the /EmbeddedFiles name tree')
  }
  // Nothing else anywhere that a viewer's attachment panel or pdfdetach would show.
  const streams = attachments.map((a) => a.stream)
  const extra =
    scan.fileSpecs.find((f) => !specs.includes(f.object) || f.object.value !== f.dict)?.object ??
    scan.embeddedFiles.find((object) => !streams.includes(object)) ??
    scan.fileAnnotations[0]
  if (extra) fail('extra-attachment', `object ${extra.number} is a file attachment outside the /EmbeddedFiles name tree`)
  return attachments
}

function collectNameTree(node: PdfDict, resolve: Resolve, out: Array<{key: Uint8Array; value: PdfValue}>, depth: number, seen: Set<PdfValue>): void {
  if (depth > MAX_NAME_TREE_DEPTH || seen.has(node)) fail('name-tree-malformed', 'the /EmbeddedFiles name tree is too deep or has a cycle')
  seen.add(node)
  const names = resolve(entry(node, 'Names'), 'a name tree node /Names')
  const kids = resolve(entry(node, 'Kids'), 'a name tree node /Kids')
  if ((names === undefined) === (kids === undefined)) fail('name-tree-malformed', 'a node of the /EmbeddedFiles name tree must have either /Names or /Kids')
  if (names) {
    if (names.kind !== 'array' || names.items.length % 2 !== 0) fail('name-tree-malformed', 'a /Names array of the /EmbeddedFiles name tree is not key/value pairs')
    const items = (names as PdfValue & {kind: 'array'}).items
    for (let i = 0; i < items.length; i += 2) {
      const key = items[i]!
      if (key.kind !== 'string') fail('name-tree-malformed', 'a key of the /EmbeddedFiles name tree is not a string')
      out.push({key: (key as PdfValue & {kind: 'string'}).bytes, value: items[i + 1]!})
    }
    return
  }
  if (kids!.kind !== 'array') fail('name-tree-malformed', 'a /Kids of the /EmbeddedFiles name tree is not an array')
  for (const kid of (kids as PdfValue & {kind: 'array'}).items) {
    const child = resolve(kid, 'a name tree kid')
    if (child?.kind !== 'dict') fail('name-tree-malformed', 'a kid of the /EmbeddedFiles name tree is not a dictionary')
    collectNameTree(child as PdfDict, resolve, out, depth + 1, seen)
  }
}

/**
 * The decoded bytes of an attachment stream: no filter or /FlateDecode only, at most MAX_ATTACHMENT_BYTES
 * decoded (inflation stops there, so a compressed bomb costs no more than that).
 */
export function decodeAttachment(pdf: Uint8Array, attachment: ReportAttachment, maxBytes = MAX_ATTACHMENT_BYTES): Uint8Array {
  const dict = attachment.stream.value as PdfDict
  const {start, end} = attachment.stream.stream!
  const raw = pdf.subarray(start, end)
  const filter = entry(dict, 'Filter')
  const filters = filter === undefined ? [] : filter.kind === 'array' ? filter.items.map(nameOf) : [nameOf(filter)]
  if (entry(dict, 'DecodeParms') !== undefined || filters.length > 1 || (filters.length === 1 && filters[0] !== 'FlateDecode')) {
    fail('unsupported-filter', `the attachment ${attachment.name} uses a filter posattest does not write (only /FlateDecode)`)
  }
  if (filters.length === 0) {
    if (raw.length > maxBytes) fail('stream-too-large', `the attachment ${attachment.name} is over ${maxBytes} bytes`)
    return raw
  }
  try {
    return inflateSync(raw, {maxOutputLength: maxBytes})
  } catch (error) {
    if ((error as {code?: string}).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      return fail('stream-too-large', `the attachment ${attachment.name} decodes to more than ${maxBytes} bytes`)
    }
    return fail('stream-corrupt', `the attachment ${attachment.name} cannot be decoded: ${(error as Error).message}`)
  }
}

/** Every posattest attachment of a report, decoded, after the structure check (a ReportStructureError otherwise). */
export function readReportAttachments(pdf: Uint8Array, structure = readReportStructure(pdf)): Map<ReportAttachment['name'], Uint8Array> {
  return new Map(structure.attachments.map((attachment) => [attachment.name, decodeAttachment(pdf, attachment)]))
}
