import {createHash} from 'node:crypto'
import {writeOutputFile} from '../io/atomic-write.js'
import {loadReportInput} from '../report/report-input.js'
import type {Language} from '../model/language.js'
import type {SignerOptions} from '../signing/signing-setup.js'
import {resolveReportDate} from '../signing/signing-time.js'
import type {TimestampToken} from '../signing/timestamp-client.js'

export interface ReportOptions {
  /** An answers file, or a result JSON written by evaluate. */
  input: string
  /** The PDF to write. */
  output: string
  /** Default: the assessment's language. */
  lang?: Language
  /** An earlier result, for "changes since" (answers input only). */
  previous?: string
  /** The report date (already read); default SOURCE_DATE_EPOCH, else the assessment date. */
  date?: Date
  /** The control catalog folder (answers input only). */
  catalog?: string
  /** Sign the report: the key, and the signing time, reason and location. */
  sign?: Omit<SignerOptions, 'sourceDateEpoch' | 'now'>
  /** posattest's name and version, written into the result, and its version, into the PDF. */
  generator: string
  version: string
  sourceDateEpoch?: string
  now?: () => Date
}

/** What `posattest report` reports (its --json output). */
export interface ReportSummary {
  output: string
  bytes: number
  pages: number
  sha256: string
  lang: string
  date: string
  verdict: string
  score: number
  signed_by?: string
  signing_time?: string
  timestamp?: {tsa: string; gen_time: string}
}

/**
 * `posattest report`: evaluate (or read a stored result), render, and with `sign` sign it through the one
 * signing pipeline (openSigner, shared with `posattest sign`): the key is opened before rendering, the
 * signature field written while rendering, and the finished bytes signed in place. Written atomically.
 */
export async function report(options: ReportOptions): Promise<ReportSummary> {
  // The renderer (pdfkit, fontkit, handlebars) loads while the input is read and evaluated: its files are read
  // in the gaps the evaluation leaves waiting for its own. Not awaited until the render: a failed load is its error.
  const renderer = import('../report/render-report.js')
  renderer.catch(() => undefined)
  const {result, json, answersJson, previousJson} = await loadReportInput(options.input, {
    generator: options.generator,
    ...(options.catalog === undefined ? {} : {catalogDir: options.catalog}),
    ...(options.previous === undefined ? {} : {previousFile: options.previous}),
  })
  // Never the clock: without a date or SOURCE_DATE_EPOCH the report is dated on the assessment date.
  const date = resolveReportDate({
    ...(options.date === undefined ? {} : {date: options.date}),
    ...(options.sourceDateEpoch === undefined ? {} : {sourceDateEpoch: options.sourceDateEpoch}),
    assessmentDate: result.assessment.date,
  })
  const signer = options.sign
    ? await (await import('../signing/signing-setup.js')).openSigner({
        ...options.sign,
        ...(options.sourceDateEpoch === undefined ? {} : {sourceDateEpoch: options.sourceDateEpoch}),
        ...(options.now === undefined ? {} : {now: options.now}),
      })
    : undefined

  let pdf: Buffer
  let timestamp: TimestampToken | undefined
  try {
    const {renderReport} = await renderer
    pdf = await renderReport(result, {
      date,
      lang: options.lang ?? result.assessment.language,
      resultJson: json,
      ...(answersJson === undefined ? {} : {answersJson}),
      ...(previousJson === undefined ? {} : {previousJson}),
      version: options.version,
      ...(signer ? {beforeEnd: signer.addPlaceholder} : {}),
    })
    if (signer) ({pdf, timestamp} = await signer.sign(pdf, options.output))
  } finally {
    signer?.close()
  }

  await writeOutputFile(options.output, pdf)
  return {
    output: options.output,
    bytes: pdf.length,
    pages: countPages(pdf),
    sha256: createHash('sha256').update(pdf).digest('hex'),
    lang: options.lang ?? result.assessment.language,
    date: date.toISOString().slice(0, 10),
    verdict: result.verdict,
    score: result.scores.overall,
    ...(signer ? {signed_by: signer.identity.name, signing_time: signer.signingTime.toISOString()} : {}),
    ...(timestamp ? {timestamp: {tsa: timestamp.url, gen_time: timestamp.genTime.toISOString()}} : {}),
  }
}

/** Page objects in pdfkit's output (uncompressed dictionaries), for the summary line. */
function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0
}
