import PDFDocument from 'pdfkit'
import {reportFonts} from './fonts.js'
import {PdfLayout} from './pdf-layout.js'
import {PAGE_MARGINS} from './pdf-style.js'

export interface OpenPdf {
  doc: PDFKit.PDFDocument
  layout: PdfLayout
  /** Ends the document and resolves to its bytes. */
  finish(): Promise<Buffer>
}

/**
 * An A4 document in the report's font and margins, collected in memory: the report and the portfolio summary
 * look alike and stay deterministic because both start here (every date comes from `info`, none from the clock).
 */
export function openPdf(info: PDFKit.DocumentInfo): OpenPdf {
  const fonts = reportFonts()
  const doc = new PDFDocument({size: 'A4', margins: PAGE_MARGINS, pdfVersion: '1.7', bufferPages: true, font: fonts.regular, info})
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  return {
    doc,
    layout: new PdfLayout(doc, fonts),
    async finish() {
      doc.end()
      await ended
      return Buffer.concat(chunks)
    },
  }
}
