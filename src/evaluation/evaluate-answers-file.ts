import {DEFAULT_CATALOG_DIR, loadCatalog} from '../catalog/catalog.js'
import {loadAnswersFile} from '../answers/load-answers.js'
import type {AnswersFile} from '../generated/answers.js'
import type {AssessmentResult} from '../generated/result.js'
import {hashEvidenceFiles} from './evidence-hashes.js'
import {evaluateAssessment, serializeResult} from './evaluate.js'
import {readPreviousResult} from './previous-result.js'

export interface EvaluateFileOptions {
  /** The control catalog folder (default: the shipped one). */
  catalogDir?: string
  /** An earlier result, to report what changed since. */
  previousFile?: string
  /** posattest name and version, written into the result. */
  generator: string
}

/**
 * The I/O around `evaluateAssessment`, shared by `evaluate` and `report`: load the catalog and the answers,
 * read --previous, hash the evidence files, evaluate, serialize.
 */
export async function evaluateAnswersFile(
  file: string,
  options: EvaluateFileOptions,
): Promise<{result: AssessmentResult; json: string; answers: AnswersFile; previous?: AssessmentResult}> {
  const catalog = await loadCatalog(options.catalogDir ?? DEFAULT_CATALOG_DIR)
  const {answers, baseDir} = await loadAnswersFile(file, catalog)
  // Read before anything is written: --previous may name the very file the caller's output replaces.
  const previous = options.previousFile === undefined ? undefined : await readPreviousResult(options.previousFile)
  const result = evaluateAssessment(catalog, answers, {
    generator: options.generator,
    evidenceHashes: await hashEvidenceFiles(answers, baseDir),
    ...(previous ? {previous} : {}),
  })
  return {result, json: serializeResult(result), answers, ...(previous ? {previous} : {})}
}
