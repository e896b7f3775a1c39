import {EXIT, type ExitCode} from '../model/errors.js'
import type {AssessmentResult} from '../generated/result.js'
import {writeOutputFile} from '../io/atomic-write.js'
import {evaluateAnswersFile} from '../evaluation/evaluate-answers-file.js'
import {summarizeResult} from '../evaluation/summary.js'

export interface EvaluateOptions {
  /** The answers file. */
  answers: string
  /** Write the result here (atomically); else the caller prints `json`. */
  output?: string
  /** An earlier result, for what changed since. */
  previous?: string
  /** The control catalog folder (default: the shipped one). */
  catalog?: string
  /** posattest's name and version, written into the result. */
  generator: string
}

export interface EvaluateRun {
  result: AssessmentResult
  /** The result as written (or to print). */
  json: string
  /** With `output`: the lines to show after writing it (verdict, score, gaps). */
  written?: string
  /** 0 compliant, 1 non-compliant. */
  exitCode: ExitCode
}

/** `posattest evaluate`: load, evaluate, serialize, and write the result when an output is given. */
export async function evaluate(options: EvaluateOptions): Promise<EvaluateRun> {
  const {result, json} = await evaluateAnswersFile(options.answers, {
    generator: options.generator,
    ...(options.catalog === undefined ? {} : {catalogDir: options.catalog}),
    ...(options.previous === undefined ? {} : {previousFile: options.previous}),
  })
  const exitCode = result.verdict === 'compliant' ? EXIT.ok : EXIT.findings
  if (options.output === undefined) return {result, json, exitCode}
  await writeOutputFile(options.output, json)
  return {result, json, written: summarizeResult(result, options.output), exitCode}
}
