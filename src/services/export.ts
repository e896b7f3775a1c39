import type {AssessmentResult} from '../generated/result.js'
import {UserError} from '../model/errors.js'
import type {Language} from '../model/language.js'
import {writeOutputFile} from '../io/atomic-write.js'
import {readBoundedInput} from '../io/read-bounded.js'
import {parsePreviousResult} from '../evaluation/previous-result.js'
import {resolveReportDate} from '../signing/signing-time.js'

export const EXPORT_FORMATS = ['oscal-ar', 'oscal-poam', 'csv', 'xlsx'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** The largest result export reads: as large as a submission the gate reads (a result with a long inventory). */
export const MAX_RESULT_BYTES = 64 * 1024 * 1024

export interface ExportOptions {
  /** The evaluated result (schemas/result.schema.json), as `posattest evaluate` writes it. */
  result: string
  format: ExportFormat
  /** Write here (atomically); else the caller prints `data`. XLSX needs a file. */
  output?: string
  /** The language of titles, reasons and steps (default: the assessment's). */
  lang?: Language
  /** The documents' date (OSCAL metadata, the workbook's dates); default SOURCE_DATE_EPOCH, else the assessment date. */
  date?: Date
  sourceDateEpoch?: string
}

export interface ExportRun {
  format: ExportFormat
  /** What was written, or is to be printed. */
  data: string | Buffer
  bytes: number
  output?: string
  /** Items exported: controls (oscal-ar) or remediation items (the others). */
  items: number
}

/**
 * `posattest export`: reads a stored result (bounded, checked against the result schema, no card number),
 * renders it in the format asked for and writes it atomically, or hands it back to print. Never re-evaluates:
 * what is exported is what the result says.
 */
export async function exportResult(options: ExportOptions): Promise<ExportRun> {
  if (options.format === 'xlsx' && options.output === undefined) {
    throw new UserError('output-required', 'an XLSX workbook is binary: give the file to write with -o', {next: `posattest export ${options.result} --format xlsx -o plan.xlsx`})
  }
  const result = await readResult(options.result)
  const lang = options.lang ?? result.assessment.language
  // Never the clock: the documents are dated like a report, on the assessment date unless a date is given.
  const date = resolveReportDate({
    ...(options.date === undefined ? {} : {date: options.date}),
    ...(options.sourceDateEpoch === undefined ? {} : {sourceDateEpoch: options.sourceDateEpoch}),
    assessmentDate: result.assessment.date,
  })
  const data = await render(result, options.format, lang, date, options.result)
  if (options.output !== undefined) await writeOutputFile(options.output, data)
  return {
    format: options.format,
    data,
    bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.length,
    ...(options.output === undefined ? {} : {output: options.output}),
    items: options.format === 'oscal-ar' ? result.controls.length : result.remediation.length,
  }
}

async function render(result: AssessmentResult, format: ExportFormat, lang: Language, date: Date, file: string): Promise<string | Buffer> {
  switch (format) {
    case 'oscal-ar':
      return (await import('../report/oscal.js')).renderAssessmentResults(result, {date, lang})
    case 'oscal-poam':
      if (result.remediation.length === 0) {
        throw new UserError('nothing-to-plan', `${file}: the result plans no remediation, and an OSCAL POA&M holds at least one item`, {
          next: `posattest export ${file} --format oscal-ar`,
        })
      }
      return (await import('../report/oscal.js')).renderPoam(result, {date, lang})
    case 'csv':
      return (await import('../report/remediation-csv.js')).renderRemediationCsv(result, lang)
    case 'xlsx':
      return (await import('../report/remediation-xlsx.js')).renderRemediationXlsx(result, {lang, date})
  }
}

async function readResult(file: string): Promise<AssessmentResult> {
  const bytes = await readBoundedInput(file, MAX_RESULT_BYTES, 'result-too-large', 'a result')
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw new UserError('pdf-not-supported', `${file}: a PDF; export reads the result JSON that posattest evaluate writes`, {
      next: 'posattest evaluate answers.yaml -o result.json',
    })
  }
  return parsePreviousResult(file, bytes.toString('utf8'))
}
