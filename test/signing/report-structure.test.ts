import PDFDocument from 'pdfkit'
import {describe, expect, it} from 'vitest'
import {EMBEDDED_NAMES} from '../../src/model/report-attachments.js'
import {byteRangeFloodPdf, flateBombPdf, objectFloodPdf, wellFormedPdf} from '../../bench/hostile-files.mjs'
import {decodeAttachment, MAX_ATTACHMENT_BYTES, MAX_OBJECTS, readReportAttachments, readReportStructure, ReportStructureError} from '../../src/signing/report-structure.js'
import {addPlaceholderToPdf} from '../../src/signing/placeholder.js'
import {appendRevision, takeApart} from '../helpers/hostile-pdf.js'
import {makeReportPdf, RESULT_JSON, SIGNING_TIME} from '../helpers/signing-fixtures.js'

const codeOf = (pdf: Uint8Array): string | undefined => {
  try {
    readReportStructure(pdf)
    return undefined
  } catch (error) {
    if (error instanceof ReportStructureError) return error.code
    throw error
  }
}

const FIELDS = {name: 'Test Signer', reason: 'Test', location: '', contactInfo: '', signingTime: SIGNING_TIME}

describe('readReportStructure', () => {
  it('reads a pdfkit report: one revision, its catalog, the result attachment, no signature', async () => {
    const pdf = await makeReportPdf()
    const structure = readReportStructure(pdf)
    expect([structure.revisions.length, structure.signature, structure.posattest, structure.attachments.map((a) => a.name)]).toEqual([
      1,
      undefined,
      true,
      ['posattest-result.json'],
    ])
    expect(Buffer.from(readReportAttachments(pdf).get('posattest-result.json')!).equals(RESULT_JSON)).toBe(true)
  })

  it('reads every attachment a report may carry (result, answers, previous result, inventory CSV), as pdfkit writes them (one sorted name tree, /AF)', async () => {
    const doc = new PDFDocument({info: {CreationDate: SIGNING_TIME, ModDate: SIGNING_TIME}})
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
    for (const name of EMBEDDED_NAMES) {
      ;(doc as unknown as {file(data: Buffer, options: object): void}).file(Buffer.from(`{"name":"${name}"}`), {name, type: 'application/json', creationDate: SIGNING_TIME, modifiedDate: SIGNING_TIME})
    }
    doc.end()
    const attachments = readReportAttachments(await done)
    expect([...attachments].map(([name, bytes]) => `${name}: ${Buffer.from(bytes).toString('utf8')}`)).toEqual(
      [...EMBEDDED_NAMES].sort().map((name) => `${name}: {"name":"${name}"}`),
    )
  })

  it('takes posattest-inventory.csv by its exact name and no look-alike (unknown-attachment)', async () => {
    const withAttachment = async (name: string) => {
      const doc = new PDFDocument({info: {CreationDate: SIGNING_TIME, ModDate: SIGNING_TIME}})
      const chunks: Buffer[] = []
      doc.on('data', (chunk: Buffer) => chunks.push(chunk))
      const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
      for (const [file, type] of [['posattest-result.json', 'application/json'], [name, 'text/csv']]) {
        ;(doc as unknown as {file(data: Buffer, options: object): void}).file(Buffer.from('serial\r\n'), {name: file, type, creationDate: SIGNING_TIME, modifiedDate: SIGNING_TIME})
      }
      doc.end()
      return done
    }
    expect(EMBEDDED_NAMES).toContain('posattest-inventory.csv')
    expect(codeOf(await withAttachment('posattest-inventory.csv'))).toBeUndefined()
    for (const name of ['posattest-inventory.CSV', 'posattest-inventory.json', 'posattest-inventory.csv.txt', 'inventory.csv', 'posattest-terminals.csv']) {
      expect([name, codeOf(await withAttachment(name))]).toEqual([name, 'unknown-attachment'])
    }
  })

  it('reads the signing update of `posattest sign` as a second revision holding the signature', async () => {
    const prepared = addPlaceholderToPdf(await makeReportPdf(), FIELDS, 'report.pdf')
    const structure = readReportStructure(prepared)
    expect([structure.revisions.length, structure.signature?.object.revision]).toEqual([2, 1])
  })

  it('refuses an unsigned incremental update (too-many-revisions)', async () => {
    const pdf = await makeReportPdf()
    const parts = takeApart(pdf)
    const updated = appendRevision(pdf, [{number: parts.size, body: ' null '}], {root: parts.root, info: parts.info, size: parts.size + 1})
    expect(codeOf(updated)).toBe('too-many-revisions')
  })

  it('never reads past the bytes it is given, whatever lies behind them in memory', async () => {
    const pdf = await makeReportPdf()
    const cut = pdf.subarray(0, pdf.length - 30)
    // A view of a longer buffer and a copy of it are the same file.
    expect(codeOf(cut)).toBeDefined()
    expect(codeOf(cut)).toBe(codeOf(Buffer.from(cut)))
  })

  it('takes an indirect /Length, before or after its stream, when it is an integer', () => {
    const stream = (length: string) => `<< /Length ${length} >>\nstream\nhello\nendstream`
    expect(codeOf(wellFormedPdf(['<< /Type /Catalog >>', stream('3 0 R'), '5']))).toBeUndefined()
    expect(codeOf(wellFormedPdf(['<< /Type /Catalog >>', '5', stream('2 0 R')]))).toBeUndefined()
    expect(codeOf(wellFormedPdf(['<< /Type /Catalog >>', stream('3 0 R'), '(five)']))).toBe('stream-length-mismatch')
  })

  it('refuses the object flood from /Size before parsing an object, and a hidden flood at the cap', () => {
    const listed = wellFormedPdf(['<< /Type /Catalog >>']).toString('latin1').replace('/Size 2', `/Size ${MAX_OBJECTS + 2}`)
    expect(codeOf(Buffer.from(listed, 'latin1'))).toBe('too-many-objects')
    expect(codeOf(objectFloodPdf(MAX_OBJECTS + 10))).toBe('too-many-objects')
  })

  it('refuses a dictionary with a key twice in linear time (100,000 /ByteRange keys)', () => {
    const start = performance.now()
    expect(codeOf(byteRangeFloodPdf())).toBe('duplicate-key')
    expect(performance.now() - start).toBeLessThan(1000)
  })
})

describe('decodeAttachment', () => {
  it('stops inflating at the cap: a 2 GiB bomb is stream-too-large, fast', () => {
    const pdf = flateBombPdf()
    const [attachment] = readReportStructure(pdf).attachments
    const start = performance.now()
    expect(() => decodeAttachment(pdf, attachment!)).toThrow(new ReportStructureError('stream-too-large', `the attachment posattest-result.json decodes to more than ${MAX_ATTACHMENT_BYTES} bytes`))
    expect(performance.now() - start).toBeLessThan(1000)
  })
})
