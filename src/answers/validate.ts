/**
 * Validation of an answers file: `validateAnswers` and what its callers need. The parts live in validate/:
 *   rules.ts          the rule ids and their one-line descriptions, and which of them only say "incomplete"
 *   checker.ts        the checks themselves, from the file's shape to its meaning
 *   card-numbers.ts   card numbers anywhere in the file, at the position of their first digit
 *   evidence-paths.ts what is wrong with an evidence path
 * What a complete answer needs is src/model/completeness.ts; where an evidence path points, src/model/evidence-path.ts.
 */
import type {Catalog} from '../catalog/catalog.js'
import {sortDiagnostics, type Diagnostic} from '../diagnostics/diagnostic.js'
import type {YamlSource} from '../io/yaml-source.js'
import {cardNumberDiagnostics} from './validate/card-numbers.js'
import {AnswersChecker} from './validate/checker.js'
import type {ValidationContext} from './validate/context.js'

export {ANSWERS_RULES, answersRules, COMPLETENESS_RULES} from './validate/rules.js'
export {cardNumberDiagnostics} from './validate/card-numbers.js'
export type {EvidenceFileInfo, ValidationContext} from './validate/context.js'

/**
 * Checks an answers file against the schema and the catalog; returns every problem with its position,
 * sorted. Gaps (not_in_place answers) are not problems: they are what evaluation reports.
 * Never throws on bad input.
 */
export function validateAnswers(source: YamlSource, catalog: Catalog, context: ValidationContext): Diagnostic[] {
  const out: Diagnostic[] = [...source.diagnostics, ...cardNumberDiagnostics(source, context.language)]
  if (source.diagnostics.length > 0) return sortDiagnostics(out)
  new AnswersChecker(source, catalog, context, out).run()
  // A file with a problem has its document built for the positions anyway; it is also read by the full reader,
  // so that what it says is about the file as both readers read it.
  if (out.some((d) => d.severity === 'error')) {
    const disagreement = source.crossCheck()
    if (disagreement) out.push(disagreement)
  }
  return sortDiagnostics(out)
}
