// Builds PDFs the way an attacker who controls a report before signing would: take a genuine report's objects,
// edit them, write them out again with a cross-reference table as consistent as the attack needs.
import {deflateSync} from 'node:zlib'
import {readReportStructure} from '../../src/signing/report-structure.js'

export {zeroBomb} from '../../bench/hostile-files.mjs'

/** One `N G obj … endobj`: the body is the text between `obj` and `endobj`, as latin1 (binary-safe). */
export interface RawObject {
  number: number
  generation?: number
  body: string
}

export interface WriteOptions {
  root: number
  info?: number
  /** The trailer's /ID, as PDF text. */
  id?: string
  /** /Size; default one past the highest object number. */
  size?: number
  /** Adjusts the cross-reference entries (object number → offset; undefined = free) before they are written. */
  xref?: (entries: Map<number, number | undefined>, offsets: Array<{number: number; offset: number}>) => void
  /** More trailer entries, as PDF text. */
  trailerExtra?: string
  /** Added to the startxref value. */
  startxrefShift?: number
  /** Written between the objects and `xref`. */
  beforeXref?: string
}

const objectText = (object: RawObject) => `${object.number} ${object.generation ?? 0} obj${object.body}endobj\n`

/** A complete one-revision PDF of `objects`, in the order given. */
export function writePdf(objects: readonly RawObject[], options: WriteOptions): Buffer {
  const chunks = ['%PDF-1.7\n%\xff\xff\xff\xff\n']
  let length = chunks[0]!.length
  const offsets: Array<{number: number; offset: number}> = []
  for (const object of objects) {
    offsets.push({number: object.number, offset: length})
    const written = objectText(object)
    chunks.push(written)
    length += written.length
  }
  let text = chunks.join('')
  text += options.beforeXref ?? ''
  const size = options.size ?? objects.reduce((highest, o) => Math.max(highest, o.number), 0) + 1
  const entries = new Map<number, number | undefined>()
  for (const {number, offset} of offsets) if (!entries.has(number)) entries.set(number, offset)
  options.xref?.(entries, offsets)
  const xrefOffset = text.length
  const lines = [`xref\n0 ${size}\n0000000000 65535 f \n`]
  for (let number = 1; number < size; number++) {
    const offset = entries.get(number)
    lines.push(offset === undefined ? '0000000000 00000 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`)
  }
  text += lines.join('')
  text += `trailer\n<<\n/Size ${size}\n/Root ${options.root} 0 R\n${options.info ? `/Info ${options.info} 0 R\n` : ''}${options.id ? `/ID ${options.id}\n` : ''}${options.trailerExtra ?? ''}>>\n`
  text += `startxref\n${xrefOffset + (options.startxrefShift ?? 0)}\n%%EOF\n`
  return Buffer.from(text, 'latin1')
}

/** An incremental update of `base` holding `objects`, with one xref subsection per object (as placeholder-plain writes). */
export function appendRevision(base: Buffer, objects: readonly RawObject[], options: {root: number; info?: number; size: number; id?: string}): Buffer {
  const prev = lastStartxref(base)
  // A report signed in place ends right after %%EOF; the update starts on a line of its own.
  let text = /[\r\n]$/.test(base.subarray(-1).toString('latin1')) ? '' : '\n'
  const offsets: Array<{number: number; offset: number}> = []
  for (const object of objects) {
    offsets.push({number: object.number, offset: base.length + text.length})
    text += objectText(object)
  }
  const xrefOffset = base.length + text.length
  text += 'xref\n0 1\n0000000000 65535 f \n'
  for (const {number, offset} of offsets) text += `${number} 1\n${String(offset).padStart(10, '0')} 00000 n \n`
  text += `trailer\n<<\n/Size ${options.size}\n/Root ${options.root} 0 R\n${options.info ? `/Info ${options.info} 0 R\n` : ''}/Prev ${prev}\n${options.id ? `/ID ${options.id}\n` : ''}>>\nstartxref\n${xrefOffset}\n%%EOF\n`
  return Buffer.concat([base, Buffer.from(text, 'latin1')])
}

function lastStartxref(pdf: Buffer): number {
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf.subarray(-64).toString('latin1'))
  if (!match) throw new Error('no startxref at the end of the PDF')
  return Number(match[1])
}

/** A report taken apart: its objects in file order, its trailer's /Root, /Info and /ID. */
export interface ReportParts {
  objects: RawObject[]
  root: number
  info: number | undefined
  id: string | undefined
  size: number
}

/** Takes a one-revision PDF (a genuine report) apart into its objects, with the reader under test. */
export function takeApart(pdf: Buffer, revision = 0): ReportParts {
  const structure = readReportStructure(pdf)
  const chosen = structure.revisions[revision]!
  const objects = [...chosen.objects.values()]
    .sort((a, b) => a.offset - b.offset)
    .map((object) => {
      const raw = pdf.subarray(object.offset, object.end).toString('latin1')
      const body = raw.slice(raw.indexOf('obj') + 3, raw.length - 'endobj'.length)
      return {number: object.number, generation: object.generation, body}
    })
  const trailer = chosen.trailer
  const ref = (key: string) => {
    const value = trailer.entries.get(key)
    return value?.kind === 'ref' ? value.object : undefined
  }
  const idValue = trailer.entries.get('ID')
  const size = trailer.entries.get('Size')
  return {
    objects,
    root: ref('Root')!,
    info: ref('Info'),
    id: idValue ? pdf.subarray(idValue.start, idValue.end).toString('latin1') : undefined,
    size: size?.kind === 'number' ? size.value : 0,
  }
}

/** Writes parts back (the inverse of takeApart, byte for byte for a pdfkit report but for the final newline). */
export function putTogether(parts: ReportParts, options: Partial<WriteOptions> = {}): Buffer {
  return writePdf(parts.objects, {root: parts.root, ...(parts.info ? {info: parts.info} : {}), ...(parts.id ? {id: parts.id} : {}), ...options})
}

/** The first object whose body matches `pattern`. */
export function findObject(parts: ReportParts, pattern: RegExp): RawObject {
  const found = parts.objects.find((object) => pattern.test(object.body))
  if (!found) throw new Error(`no object matches ${pattern}`)
  return found
}

/** An /EmbeddedFile stream object body holding `bytes`, Flate-compressed like pdfkit writes it. */
export function embeddedFileBody(bytes: Uint8Array): string {
  const data = deflateSync(bytes)
  return `\n<<\n/Type /EmbeddedFile\n/Subtype /application#2Fjson\n/Length ${data.length}\n/Filter /FlateDecode\n>>\nstream\n${data.toString('latin1')}\nendstream\n`
}

/** A file specification body, as pdfkit writes it. */
export function fileSpecBody(options: {f: string; uf?: string; ef: string}): string {
  return `\n<<\n/Type /Filespec\n/AFRelationship /Data\n/F (${options.f})\n/EF << ${options.ef} >>\n/UF (${options.uf ?? options.f})\n>>\n`
}
