import {type Catalog, loadCatalog} from '../catalog/catalog.js'
import {shippedCatalogDirs} from '../catalog/released-catalogs.js'
import {canonicalAnswersJson} from '../evaluation/canonical-json.js'
import {evaluateAssessment, serializeResult} from '../evaluation/evaluate.js'
import type {Answer, AnswersFile} from '../generated/answers.js'
import type {AssessmentResult} from '../generated/result.js'
import {schemaErrors} from '../io/schemas.js'
import {EMBEDDED_ANSWERS_NAME, EMBEDDED_INVENTORY_NAME, EMBEDDED_PREVIOUS_NAME, EMBEDDED_RESULT_NAME} from '../model/report-attachments.js'
import {inventoryCsv, summarisesInventory} from '../report/inventory-csv.js'
import {firstDifference} from '../model/first-difference.js'
import type {Language} from '../model/language.js'
import {GATE_MESSAGES, type GateMessages} from './gate-messages.js'

/** Why a submitted result is not taken: each a stable code. */
export type DerivationCode =
  | 'no-embedded-answers'
  | 'answers-invalid'
  | 'previous-invalid'
  | 'unknown-catalog'
  | 'result-not-derived'
  | 'other-version'
  | 'inventory-not-derived'

export interface DerivationProblem {
  code: DerivationCode
  message: string
}

/** The result the gate judges: evaluated here, never the submitted one (which equals it byte for byte). */
export type Derivation = {result: AssessmentResult; problem?: undefined} | {result?: undefined; problem: DerivationProblem}

/** The catalogs a submission may be evaluated against, and this posattest's generator string. */
export interface DeriveOptions {
  catalogs: readonly Catalog[]
  /** `posattest <version>` of the running posattest: a result naming another version is said to come from it. */
  generator: string
  /** The language of the problems (default English). */
  language?: Language
}

/** The attachments of a report as read (undefined when absent). */
export interface ReportAttachments {
  result: Uint8Array
  answers?: Uint8Array
  previous?: Uint8Array
  /** The inventory CSV a report with a long inventory attaches (EMBEDDED_INVENTORY_NAME). */
  inventory?: Uint8Array
}

const loaded = new Map<string, Promise<Catalog>>()
/** The shipped catalog folders, listed once per process (they are part of the installed package). */
let shipped: Promise<string[]> | undefined

/** The shipped catalogs (the current one and every released version) and the policy's further folders, each loaded once per process. */
export async function loadKnownCatalogs(extraDirs: readonly string[] = []): Promise<Catalog[]> {
  shipped ??= shippedCatalogDirs().catch((error: unknown) => {
    shipped = undefined
    throw error
  })
  return Promise.all(
    [...(await shipped), ...extraDirs].map((dir) => {
      let catalog = loaded.get(dir)
      if (!catalog) loaded.set(dir, (catalog = loadCatalog(dir)))
      return catalog
    }),
  )
}

/** The evidence hashes recorded in a result, keyed by path: the acquirer has no evidence files, so they are taken as given. */
export function recordedEvidenceHashes(result: AssessmentResult): Map<string, string> {
  const hashes = new Map<string, string>()
  // An organisation with sites: each site's own answers carry their evidence too.
  for (const control of [...result.controls, ...(result.sites ?? []).flatMap((s) => s.controls)]) {
    for (const item of control.evidence) {
      if (item.path !== undefined && item.sha256 !== undefined && !hashes.has(item.path)) hashes.set(item.path, item.sha256)
    }
  }
  return hashes
}

function parseJson(bytes: Uint8Array, say: GateMessages = GATE_MESSAGES.en): {value?: unknown; error?: string} {
  try {
    return {value: JSON.parse(new TextDecoder('utf-8', {fatal: true}).decode(bytes))}
  } catch (error) {
    return {error: error instanceof SyntaxError ? error.message : say.notUtf8}
  }
}

function schemaProblem(name: 'answers' | 'result', value: unknown, language: Language): string | undefined {
  const first = schemaErrors(name, value, language)[0]
  if (!first) return undefined
  const where = [...first.path, ...(first.key === undefined ? [] : [first.key])].join('.')
  return GATE_MESSAGES[language].at(where, first.message)
}

const sayOf = (options: DeriveOptions): GateMessages => GATE_MESSAGES[options.language ?? 'en']

/** Text from the submission, quoted so no control character reaches a terminal or a report raw. */
const quoted = (text: string): string => JSON.stringify(text)

const problem = (code: DerivationCode, message: string): Derivation => ({problem: {code, message}})

function catalogOf(result: AssessmentResult, options: DeriveOptions): Catalog | DerivationProblem {
  const {id, version} = result.catalog
  const catalog = options.catalogs.find((c) => c.meta.id === id && c.meta.version === version)
  if (catalog) return catalog
  const known = options.catalogs.map((c) => `${c.meta.id} ${c.meta.version}`).join(', ')
  return {code: 'unknown-catalog', message: sayOf(options).unknownCatalog(quoted(id), quoted(version), known)}
}

/**
 * Evaluates `answers` as the submitted result claims they were (its catalog, its generator, its evidence
 * hashes, `previous`) and insists that the submitted bytes are exactly that evaluation, serialized.
 */
function evaluateAndCompare(
  submitted: AssessmentResult,
  submittedBytes: Uint8Array,
  answers: AnswersFile,
  previous: AssessmentResult | undefined,
  options: DeriveOptions,
  what: string,
): Derivation {
  const say = sayOf(options)
  const catalog = catalogOf(submitted, options)
  if ('code' in catalog) return {problem: catalog}
  let derived: AssessmentResult
  try {
    derived = evaluateAssessment(catalog, answers, {
      generator: submitted.generator,
      evidenceHashes: recordedEvidenceHashes(submitted),
      ...(previous ? {previous} : {}),
    })
  } catch (error) {
    // Schema-valid answers that evaluation still trips on are the submitter's problem, not a crash.
    return problem('answers-invalid', say.cannotEvaluate(what, (error as Error).message))
  }
  if (Buffer.from(serializeResult(derived)).equals(Buffer.from(submittedBytes))) return {result: derived}
  const at = firstDifference(parseJson(submittedBytes).value, derived)
  const where = at === undefined ? say.sameValuesWrittenDifferently : say.firstAt(at || '/')
  if (submitted.generator !== options.generator) {
    return problem('other-version', say.otherVersion(quoted(submitted.generator), options.generator, where))
  }
  return problem('result-not-derived', say.notDerived(EMBEDDED_RESULT_NAME, what, where))
}

/**
 * The result of a signed report, derived from what it carries: the embedded answers are evaluated again
 * against the catalog the result names, with the result's evidence hashes and the embedded previous result,
 * and the embedded result must be that evaluation byte for byte. Pure; every problem is a coded value.
 */
export function deriveReportResult(submitted: AssessmentResult, attachments: ReportAttachments, options: DeriveOptions): Derivation {
  const say = sayOf(options)
  const language = options.language ?? 'en'
  if (!attachments.answers) return problem('no-embedded-answers', say.noEmbeddedAnswers(EMBEDDED_ANSWERS_NAME))
  const answers = parseJson(attachments.answers, say)
  if (answers.error !== undefined) return problem('answers-invalid', say.answersNotJson(EMBEDDED_ANSWERS_NAME, answers.error))
  const invalid = schemaProblem('answers', answers.value, language)
  if (invalid) return problem('answers-invalid', say.answersInvalid(EMBEDDED_ANSWERS_NAME, invalid))
  // One document, one spelling: duplicate keys or another layout could be read two ways.
  if (!Buffer.from(canonicalAnswersJson(answers.value as AnswersFile)).equals(Buffer.from(attachments.answers))) {
    return problem('answers-invalid', say.answersNotCanonical(EMBEDDED_ANSWERS_NAME))
  }
  let previous: AssessmentResult | undefined
  if (attachments.previous) {
    const parsed = parseJson(attachments.previous, say)
    const wrong = parsed.error ?? schemaProblem('result', parsed.value, language)
    if (wrong !== undefined) return problem('previous-invalid', say.previousInvalid(EMBEDDED_PREVIOUS_NAME, wrong))
    previous = parsed.value as AssessmentResult
  }
  const derived = evaluateAndCompare(submitted, attachments.result, answers.value as AnswersFile, previous, options, say.embeddedAnswers(EMBEDDED_ANSWERS_NAME))
  if (!derived.result) return derived
  const inventory = inventoryProblem(derived.result, attachments.inventory, say)
  return inventory ? problem('inventory-not-derived', inventory) : derived
}

/**
 * A report whose inventory is too long to list attaches it as CSV, derived from the result: the attached bytes
 * must be exactly the CSV of the derived result (otherwise a submitter could attach another list), and a report
 * that lists its inventory in full attaches none. Undefined when that holds, else the problem's message.
 */
function inventoryProblem(derived: AssessmentResult, attached: Uint8Array | undefined, say: GateMessages): string | undefined {
  const terminals = derived.inventory.length
  if (!summarisesInventory(derived)) return attached === undefined ? undefined : say.inventoryUnexpected(EMBEDDED_INVENTORY_NAME, terminals)
  if (attached === undefined) return say.inventoryMissing(EMBEDDED_INVENTORY_NAME, terminals)
  const expected = Buffer.from(inventoryCsv(derived))
  const bytes = Buffer.from(attached.buffer, attached.byteOffset, attached.byteLength)
  if (expected.equals(bytes)) return undefined
  let at = 0
  const length = Math.min(expected.length, bytes.length)
  while (at < length && expected[at] === bytes[at]) at++
  let line = 1
  for (let i = 0; i < at; i++) if (expected[i] === 0x0a) line++
  return say.inventoryNotDerived(EMBEDDED_INVENTORY_NAME, say.inventoryFirstLine(line))
}

/** The answers a result was evaluated from, as far as the result records them (answers to excluded controls are not). */
export function answersOfResult(result: AssessmentResult): AnswersFile {
  const controls: Record<string, Answer> = {}
  for (const c of result.controls) {
    const answer: Answer = {
      ...(c.status === 'unanswered' ? {} : {status: c.status}),
      ...(c.notes === undefined ? {} : {notes: c.notes}),
      ...(c.evidence.length === 0 ? {} : {evidence: c.evidence.map(({sha256: _sha256, ...entry}) => entry)}),
      ...(c.justification === undefined ? {} : {justification: c.justification}),
      ...(c.ccw === undefined ? {} : {ccw: c.ccw}),
      ...(c.owner === undefined ? {} : {owner: c.owner}),
      ...(c.target_date === undefined ? {} : {target_date: c.target_date}),
      ...(c.review_by === undefined ? {} : {review_by: c.review_by}),
    }
    if (Object.keys(answer).length > 0) controls[c.id] = answer
  }
  // The SAQ's criteria as the result records them: an unanswered criterion counted as not met, as false does.
  const scoping = result.saq === undefined ? {} : {scoping: Object.fromEntries(result.saq.criteria.map((c) => [c.id, c.met]))}
  const attestation = result.attestation === undefined ? {} : {attestation: result.attestation}
  return {schema_version: 1, assessment: result.assessment, profile: result.profile, ...scoping, ...attestation, inventory: result.inventory, controls} as AnswersFile
}

/**
 * A bare result JSON carries no answers, but it records nearly all of them (assessment, profile, inventory,
 * each applicable control's answer): those are evaluated again against the catalog the result names, and the
 * result must be that evaluation byte for byte, so its verdict, scores, gaps, findings and due dates are
 * derived, not read. Only `changes` cannot be derived (there is no previous result): it is kept as written,
 * and the gate judges nothing by it. The file's layout is not compared (an unsigned file's bytes prove nothing).
 */
export function deriveBareResult(submitted: AssessmentResult, options: DeriveOptions): Derivation {
  const say = sayOf(options)
  const answers = answersOfResult(submitted)
  const invalid = schemaProblem('answers', answers, options.language ?? 'en')
  if (invalid) return problem('answers-invalid', say.recordedAnswersInvalid(invalid))
  // An unsigned file's layout proves nothing: its values, as posattest writes them, must be the evaluation (changes aside).
  const {changes, ...rest} = submitted
  const derived = evaluateAndCompare(rest as AssessmentResult, Buffer.from(serializeResult(rest as AssessmentResult)), answers, undefined, options, say.recordedAnswers)
  return derived.result && changes !== undefined ? {result: {...derived.result, changes}} : derived
}
