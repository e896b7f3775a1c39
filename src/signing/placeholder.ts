import {createHash} from 'node:crypto'
import {pdfkitAddPlaceholder} from '@signpdf/placeholder-pdfkit'
import {plainAddPlaceholder} from '@signpdf/placeholder-plain'
import {SUBFILTER_ETSI_CADES_DETACHED} from '@signpdf/utils'
import {UserError} from '../model/errors.js'
import {findSignatureDictionaries} from './signature-dictionary.js'

/**
 * Bytes reserved for the CMS (the file holds twice as many hex digits). A two-certificate RSA-2048 chain
 * needs about 2.2 KB; 8192 leaves room for a four-certificate RSA-4096 chain.
 */
export const SIGNATURE_LENGTH = 8192
/** Added when a timestamp is asked for: a token with the TSA's certificate chain is 2 to 6 KB. */
export const TIMESTAMP_ALLOWANCE = 8192

/** The placeholder size for a signature that carries a timestamp and/or CRLs of `crlBytes` bytes. */
export function signatureLengthFor(options: {timestamp: boolean; crlBytes: number}): number {
  return SIGNATURE_LENGTH + (options.timestamp ? TIMESTAMP_ALLOWANCE : 0) + (options.crlBytes > 0 ? options.crlBytes + 64 : 0)
}

/** What the signature dictionary says about the signing, besides the signature itself. */
export interface SignatureFields {
  /** The signer's name (/Name); usually the certificate's common name. */
  name: string
  /** Why the document is signed (/Reason). */
  reason: string
  /** Where it was signed (/Location); may be empty. */
  location: string
  /** How to reach the signer (/ContactInfo); may be empty. */
  contactInfo: string
  /** /M: the time of signing (PAdES puts it here, not in the CMS). */
  signingTime: Date
  /** Bytes reserved for the CMS; default SIGNATURE_LENGTH (see signatureLengthFor). */
  signatureLength?: number
}

/** The parts of a pdfkit PDFDocument that @signpdf/placeholder-pdfkit relies on. */
interface PdfkitDocumentLike {
  ref(data: unknown): unknown
  page: unknown
}

/**
 * Adds an empty signature field to a pdfkit document (route A of deps.md): call it after the last page is
 * drawn and before `doc.end()`. The invisible widget goes on the current page. The finished bytes are then
 * signed with signPdf.
 */
export function addSignaturePlaceholder(doc: PdfkitDocumentLike, fields: SignatureFields): void {
  if (!doc.page) throw new Error('addSignaturePlaceholder needs a document with at least one page')
  pdfkitAddPlaceholder({
    pdf: doc,
    pdfBuffer: Buffer.alloc(0),
    name: fields.name,
    reason: fields.reason,
    location: fields.location,
    contactInfo: fields.contactInfo,
    signingTime: fields.signingTime,
    signatureLength: fields.signatureLength ?? SIGNATURE_LENGTH,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
  })
}

/** True when the file carries a signature field whose /ByteRange and /Contents are still unfilled. */
export function hasEmptyPlaceholder(pdf: Uint8Array): boolean {
  return findSignatureDictionaries(pdf).some((signature) => signature.placeholder)
}

/**
 * Adds an empty signature field to a finished PDF by an incremental update (route B of deps.md), so the
 * original bytes stay as they were, byte for byte, at the start of the result. Three repairs follow
 * @signpdf/placeholder-plain 3.3.0: its text strings are mangled outside ASCII, its `startxref` points at the
 * newline before `xref` (qpdf: "extraneous whitespace seen before xref"), and its trailer drops /ID.
 */
export function addPlaceholderToPdf(pdf: Uint8Array, fields: SignatureFields, source: string): Buffer {
  const original = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  const texts = {name: fields.name, reason: fields.reason, location: fields.location, contactInfo: fields.contactInfo}
  // placeholder-plain writes a UTF-16 string through Buffer.from(string), which UTF-8-encodes every byte
  // above 0x7F. Non-ASCII values therefore go in as ASCII markers of exactly the length of their hex form,
  // and are swapped for it afterwards: no offset in the new xref section moves.
  const swaps: Array<{marker: string; hex: string}> = []
  const plainTexts = Object.fromEntries(
    Object.entries(texts).map(([key, value], index) => {
      if (/^[\x20-\x7e]*$/.test(value)) return [key, value]
      const hex = `<feff${Buffer.from(value, 'utf16le').swap16().toString('hex')}>`
      const marker = `~P${index}`.padEnd(hex.length - 2, '~')
      swaps.push({marker: `(${marker})`, hex})
      return [key, marker]
    }),
  ) as typeof texts
  // placeholder-plain would rewrite an existing AcroForm with only its own field, dropping the others.
  if (/\/AcroForm\b/.test(original.toString('latin1'))) {
    throw new UserError('pdf-has-form', `${source}: cannot add a signature field to a PDF that already has a form (AcroForm)`)
  }
  let updated: Buffer
  try {
    updated = plainAddPlaceholder({
      pdfBuffer: original,
      ...plainTexts,
      signingTime: fields.signingTime,
      signatureLength: fields.signatureLength ?? SIGNATURE_LENGTH,
      subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    })
  } catch (error) {
    throw placeholderError(original, source, error)
  }
  // plainAddPlaceholder drops the file's final end-of-line before appending; keep the original intact.
  const kept = original.length - (original.subarray(-2).toString('latin1') === '\r\n' ? 2 : /[\r\n]$/.test(original.subarray(-1).toString('latin1')) ? 1 : 0)
  if (!updated.subarray(0, kept).equals(original.subarray(0, kept))) {
    throw new UserError('incremental-update-mismatch', `${source}: internal check failed: the incremental update changed the original bytes`)
  }
  for (const {marker, hex} of swaps) {
    const at = updated.indexOf(marker, kept)
    if (at === -1 || updated.indexOf(marker, at + 1) !== -1) throw new Error(`placeholder text marker ${marker} not found exactly once`)
    updated.write(hex, at, 'latin1')
  }
  return repairTrailer(updated, original.subarray(0, kept))
}

/** Points startxref at `xref` itself and gives the new trailer an /ID (first part kept, ISO 32000-1 §14.4). */
function repairTrailer(updated: Buffer, original: Buffer): Buffer {
  const tail = updated.subarray(original.length).toString('latin1')
  const match = /\ntrailer\n<<\n([\s\S]*?)>>\nstartxref\n(\d+)\n%%EOF$/.exec(tail)
  if (!match) throw new Error('unexpected trailer written by @signpdf/placeholder-plain')
  let startxref = Number(match[2])
  while (/[\r\n ]/.test(String.fromCharCode(updated[startxref] ?? 0x78))) startxref++
  const previousId = /\/ID\s*\[\s*<([0-9A-Fa-f]*)>/.exec(lastTrailer(original))?.[1]
  const revisionId = createHash('md5').update(updated.subarray(original.length)).digest('hex')
  const id = `/ID [<${previousId ?? revisionId}> <${revisionId}>]\n`
  const trailer = `\ntrailer\n<<\n${match[1]}${id}>>\nstartxref\n${startxref}\n%%EOF`
  return Buffer.concat([updated.subarray(0, original.length + match.index), Buffer.from(trailer, 'latin1')])
}

function lastTrailer(pdf: Buffer): string {
  const at = pdf.lastIndexOf('trailer')
  return at === -1 ? '' : pdf.subarray(at, at + 4096).toString('latin1')
}

/** placeholder-plain reads classic cross-reference tables only; say so instead of passing on its TypeError. */
function placeholderError(pdf: Buffer, source: string, error: unknown): UserError {
  const message = (error as Error)?.message ?? String(error)
  const tail = pdf.subarray(Math.max(0, pdf.length - 2048)).toString('latin1')
  if (!tail.includes('trailer') || /\/Type\s*\/XRef/.test(pdf.toString('latin1'))) {
    return new UserError(
      'xref-stream-pdf',
      `${source}: cannot add a signature field: the PDF uses cross-reference streams`,
      {next: 'sign a report made by posattest report (it carries a signature field), or rewrite the file first with qpdf --object-streams=disable in.pdf out.pdf'},
    )
  }
  return new UserError('cannot-add-signature-field', `${source}: cannot add a signature field to this PDF: ${message}`)
}
