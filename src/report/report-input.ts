import path from 'node:path'
import {UserError} from '../model/errors.js'
import type {AssessmentResult} from '../generated/result.js'
import {readInput} from '../io/read-input.js'
import type {EvaluateFileOptions} from '../evaluation/evaluate-answers-file.js'

export interface ReportInput {
  result: AssessmentResult
  /** The exact text to attach to the PDF: the stored file as read, or the freshly serialized result. */
  json: string
  /** The answers that were evaluated, canonical (canonicalAnswersJson); absent for a stored result. */
  answersJson?: string
  /** The --previous result the changes were derived from, as evaluation read it. */
  previousJson?: string
}

/** For an answers file: what evaluation needs (catalog folder, --previous, generator). */
export type ReportInputOptions = EvaluateFileOptions

/** A stored result is re-rendered as it is; anything else is an answers file to evaluate first. */
function isResultFile(file: string): boolean {
  return path.extname(file).toLowerCase() === '.json'
}

/**
 * What a report is rendered from: an answers file (validated and evaluated here, exactly as `evaluate` does)
 * or a result JSON written earlier by `evaluate` (checked against the result schema, attached byte for byte).
 */
export async function loadReportInput(file: string, options: ReportInputOptions): Promise<ReportInput> {
  if (isResultFile(file)) {
    // A stored result is a finished record: changing its catalog or its comparison would attach a different file.
    if (options.previousFile !== undefined) {
      throw new UserError('needs-answers-file', `--previous needs an answers file; ${file} is a stored result, which already holds its changes`)
    }
    if (options.catalogDir !== undefined) {
      throw new UserError('needs-answers-file', `--catalog needs an answers file; ${file} is a stored result, already evaluated`)
    }
    const {parsePreviousResult} = await import('../evaluation/previous-result.js')
    const json = (await readInput(file)).toString('utf8')
    return {result: parsePreviousResult(file, json), json}
  }

  const [{evaluateAnswersFile}, {canonicalAnswersJson}, {serializeResult}] = await Promise.all([
    import('../evaluation/evaluate-answers-file.js'),
    import('../evaluation/canonical-json.js'),
    import('../evaluation/evaluate.js'),
  ])
  const {result, json, answers, previous} = await evaluateAnswersFile(file, options)
  // Embedded beside the result, so a reader evaluates them again instead of trusting the result's fields.
  return {result, json, answersJson: canonicalAnswersJson(answers), ...(previous ? {previousJson: serializeResult(previous)} : {})}
}
