import {findByteRange, removeTrailingNewLine} from '@signpdf/utils'
import type {AssessmentResult} from '../generated/result.js'
import {LANGUAGES, type Language} from '../model/language.js'
import {packageVersion} from '../io/package-version.js'
import {parsePdfDate} from '../signing/pdf-syntax.js'
import {addPlaceholderToPdf, addSignaturePlaceholder, SIGNATURE_LENGTH, type SignatureFields} from '../signing/placeholder.js'
import {findSignatureDictionaries, type SignatureDictionary} from '../signing/signature-dictionary.js'
import {renderReport} from '../report/render-report.js'
import type {ReportAttachments} from './derive-result.js'
import {GATE_MESSAGES} from './gate-messages.js'

export type ReproductionCode = 'not-signed' | 'other-version' | 'pages-differ'

/** How a reproduced report was signed: the placeholder written at render time, or added by `posattest sign`. */
export type SigningRoute = 'report --sign' | 'report, then sign'

export type Reproduction =
  | {reproducible: true; route: SigningRoute; lang: Language}
  | {reproducible: false; code: ReproductionCode; message: string}

/** The report date: pdfkit writes it as the attachments' and the document's /CreationDate (proven by the comparison). */
function reportDate(pdf: Buffer): Date | undefined {
  const match = /\/CreationDate \((D:[0-9]{14}Z)\)/.exec(pdf.toString('latin1'))
  return match ? parsePdfDate(match[1]!) : undefined
}

/** The posattest version the PDF says rendered it (XMP CreatorTool), when it says one. */
function creatorVersion(pdf: Buffer): string | undefined {
  return /<xmp:CreatorTool>posattest ([^<]{1,64})<\/xmp:CreatorTool>/.exec(pdf.toString('latin1'))?.[1]
}

/** What signPdf makes of a prepared PDF apart from the CMS: the trailing newline dropped, /ByteRange filled in. */
function fillByteRange(prepared: Buffer): {bytes: Buffer; gap: [number, number]} {
  const pdf = removeTrailingNewLine(prepared)
  const {byteRangePlaceholder, byteRangePlaceholderPosition} = findByteRange(pdf)
  if (!byteRangePlaceholder || byteRangePlaceholderPosition === undefined) throw new Error('the re-rendered report has no signature placeholder')
  const end = byteRangePlaceholderPosition + byteRangePlaceholder.length
  const start = pdf.indexOf('<', pdf.indexOf('/Contents ', end))
  const close = pdf.indexOf('>', start) + 1
  let range = `/ByteRange [0 ${start} ${close} ${pdf.length - close}]`
  range += ' '.repeat(byteRangePlaceholder.length - range.length)
  return {bytes: Buffer.concat([pdf.subarray(0, byteRangePlaceholderPosition), Buffer.from(range), pdf.subarray(end)]), gap: [start, close]}
}

/** The first offset where `file` and `expected` differ outside the signature gap, or undefined when none. */
function firstDifferingByte(file: Buffer, expected: Buffer, gap: [number, number]): number | undefined {
  const length = Math.min(file.length, expected.length)
  for (const [from, to] of [[0, Math.min(gap[0], length)], [Math.min(gap[1], length), length]] as const) {
    const a = file.subarray(from, to)
    const b = expected.subarray(from, to)
    if (!a.equals(b)) {
      let at = 0
      while (a[at] === b[at]) at++
      return from + at
    }
  }
  return file.length === expected.length ? undefined : length
}

/** "object 12" for the indirect object of `pdf` that holds `offset`, when one does. */
function objectAt(pdf: Buffer, offset: number): number | undefined {
  const head = pdf.subarray(Math.max(0, offset - 4_000_000), offset).toString('latin1')
  const objects = [...head.matchAll(/(?:^|[\r\n])(\d+) (\d+) obj\b/g)]
  const last = objects.at(-1)
  return last ? Number(last[1]) : undefined
}

async function renderSigned(
  result: AssessmentResult,
  attachments: ReportAttachments,
  options: {date: Date; lang: Language; fields: SignatureFields; route: SigningRoute},
): Promise<Buffer> {
  const base = {
    date: options.date,
    lang: options.lang,
    resultJson: attachments.result,
    ...(attachments.answers ? {answersJson: attachments.answers} : {}),
    ...(attachments.previous ? {previousJson: attachments.previous} : {}),
    version: packageVersion(),
  }
  if (options.route === 'report --sign') {
    return renderReport(result, {...base, beforeEnd: (doc) => addSignaturePlaceholder(doc, options.fields)})
  }
  return addPlaceholderToPdf(await renderReport(result, base), options.fields, 'the re-rendered report')
}

/**
 * Renders the report again from what it carries (the derived result, the embedded answers and previous
 * result) with this posattest, the file's date and the values of its signature dictionary, and requires the
 * signed file to be that rendering byte for byte, apart from the CMS in /Contents. Both ways of signing are
 * reproduced: a placeholder written by `report --sign`, or one added by `posattest sign` as an incremental
 * update. Every value taken from the file (date, language, signer name, reason, location, contact, /M) is
 * proven by the comparison itself.
 */
export async function reproduceReport(
  file: Uint8Array,
  input: {result: AssessmentResult; attachments: ReportAttachments; language?: Language},
): Promise<Reproduction> {
  const say = GATE_MESSAGES[input.language ?? 'en']
  const pdf = Buffer.from(file.buffer, file.byteOffset, file.byteLength)
  const signature: SignatureDictionary | undefined = findSignatureDictionaries(pdf).filter((s) => !s.placeholder).at(-1)
  if (!signature?.contents || !signature.byteRange) return {reproducible: false, code: 'not-signed', message: say.noSignatureToReproduce}
  const version = packageVersion()
  const creator = creatorVersion(pdf)
  const generator = `posattest ${version}`
  if (input.result.generator !== generator || (creator !== undefined && creator !== version)) {
    const other = JSON.stringify(input.result.generator !== generator ? input.result.generator : `posattest ${creator}`)
    return {reproducible: false, code: 'other-version', message: say.renderedByOther(other, generator)}
  }
  const date = reportDate(pdf)
  if (!date) return {reproducible: false, code: 'pages-differ', message: say.noCreationDate}
  if (signature.contents.bytes.length !== SIGNATURE_LENGTH) {
    return {
      reproducible: false,
      code: 'pages-differ',
      message: say.signatureReserve(signature.contents.bytes.length, SIGNATURE_LENGTH),
    }
  }
  const fields: SignatureFields = {
    name: signature.name ?? '',
    reason: signature.reason ?? '',
    location: signature.location ?? '',
    contactInfo: signature.contactInfo ?? '',
    signingTime: signature.modified ?? date,
  }
  // `posattest sign` appends the field after the report's own %%EOF; `report --sign` has one revision.
  const eof = pdf.indexOf('%%EOF')
  const route: SigningRoute = eof !== -1 && eof < signature.offset ? 'report, then sign' : 'report --sign'
  const languages = [input.result.assessment.language, ...LANGUAGES.filter((l) => l !== input.result.assessment.language)]
  let best: {at: number; expected: Buffer} | undefined
  for (const lang of languages) {
    const {bytes: expected, gap} = fillByteRange(await renderSigned(input.result, input.attachments, {date, lang, fields, route}))
    const gapInFile: [number, number] = [signature.contents.start, signature.contents.end]
    if (gapInFile[0] !== gap[0] || gapInFile[1] !== gap[1]) {
      const at = Math.min(gap[0], gapInFile[0])
      if (!best || at > best.at) best = {at: firstDifferingByte(pdf, expected, [at, at]) ?? at, expected}
      continue
    }
    const at = firstDifferingByte(pdf, expected, gap)
    if (at === undefined) return {reproducible: true, route, lang}
    if (!best || at > best.at) best = {at, expected}
  }
  const at = best!.at
  return {
    reproducible: false,
    code: 'pages-differ',
    message: say.pagesDiffer(generator, route, at, objectAt(best!.expected, at)),
  }
}
