import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {loadCatalog, type Catalog} from '../../src/catalog/catalog.js'
import {canonicalAnswersJson} from '../../src/evaluation/canonical-json.js'
import {evaluateAnswersFile} from '../../src/evaluation/evaluate-answers-file.js'
import {serializeResult} from '../../src/evaluation/evaluate.js'
import {
  answersOfResult,
  deriveBareResult,
  deriveReportResult,
  recordedEvidenceHashes,
  type DeriveOptions,
  type ReportAttachments,
} from '../../src/gate/derive-result.js'
import type {AssessmentResult} from '../../src/generated/result.js'
import {inventoryCsv} from '../../src/report/inventory-csv.js'
import {writeLargeInventoryAnswers} from '../helpers/large-inventory.js'
import {ROOT} from '../helpers/run-cli.js'

const GENERATOR = 'posattest 0.1.0'
const bytes = (text: string) => Buffer.from(text)
let catalog: Catalog
let options: DeriveOptions
/** The merchant-gaps example evaluated against the compliant one as --previous, as `report --previous` attaches them. */
let genuine: {result: AssessmentResult; attachments: ReportAttachments}

beforeAll(async () => {
  catalog = await loadCatalog()
  options = {catalogs: [catalog], generator: GENERATOR}
  const previous = await evaluateAnswersFile(path.join(ROOT, 'examples/merchant-compliant/answers.yaml'), {generator: GENERATOR})
  const {writeFile, mkdtemp} = await import('node:fs/promises')
  const dir = await mkdtemp(path.join((await import('node:os')).tmpdir(), 'posattest-derive-'))
  await writeFile(path.join(dir, 'previous.json'), previous.json)
  const evaluated = await evaluateAnswersFile(path.join(ROOT, 'examples/merchant-gaps/answers.yaml'), {
    generator: GENERATOR,
    previousFile: path.join(dir, 'previous.json'),
  })
  genuine = {
    result: evaluated.result,
    attachments: {result: bytes(evaluated.json), answers: bytes(canonicalAnswersJson(evaluated.answers)), previous: bytes(previous.json)},
  }
})

/** The genuine submission with its result edited the way a hand-editor would, and reserialized. */
function edited(edit: (result: AssessmentResult) => void): {result: AssessmentResult; attachments: ReportAttachments} {
  const result = structuredClone(genuine.result)
  edit(result)
  return {result, attachments: {...genuine.attachments, result: bytes(serializeResult(result))}}
}

describe('canonicalAnswersJson', () => {
  it('sorts keys at every depth, drops undefined, writes no spaces and one final newline', () => {
    const text = canonicalAnswersJson({b: 1, a: {d: [{z: 1, y: 'é'}], c: undefined}} as never)
    expect(text).toBe('{"a":{"d":[{"y":"é","z":1}]},"b":1}\n')
  })
})

describe('deriveReportResult', () => {
  it('takes a genuine report: its result is the evaluation of its answers, with the recorded evidence hashes and the previous result', () => {
    const derivation = deriveReportResult(genuine.result, genuine.attachments, options)
    expect(derivation.problem).toBeUndefined()
    expect(serializeResult(derivation.result!)).toBe(Buffer.from(genuine.attachments.result).toString())
    expect(derivation.result!.changes).toBeDefined()
    expect(recordedEvidenceHashes(genuine.result).size).toBeGreaterThan(0)
  })

  it.each([
    ['a flipped verdict', (r: AssessmentResult) => void (r.verdict = 'compliant'), '/verdict'],
    ['a raised score', (r: AssessmentResult) => void (r.scores.overall = 99), '/scores/overall'],
    ['a removed gap', (r: AssessmentResult) => void (r.controls.find((c) => c.finding !== null)!.finding = null), '/controls/'],
    ['a moved due date', (r: AssessmentResult) => void (r.remediation[0]!.due_date = '2030-01-01'), '/remediation/0/due_date'],
    ['edited changes', (r: AssessmentResult) => void (r.changes!.new_gaps = []), '/changes/new_gaps'],
  ])('refuses %s with result-not-derived, naming where', (_what, edit, pointer) => {
    const {result, attachments} = edited(edit)
    const {problem} = deriveReportResult(result, attachments, options)
    expect(problem?.code).toBe('result-not-derived')
    expect(problem?.message).toContain(`it differs first at ${pointer}`)
  })

  it('refuses a report without answers, and answers that are not canonical or not valid', () => {
    const {answers: _answers, ...withoutAnswers} = genuine.attachments
    expect(deriveReportResult(genuine.result, withoutAnswers, options).problem?.code).toBe('no-embedded-answers')
    const pretty = bytes(JSON.stringify(JSON.parse(Buffer.from(genuine.attachments.answers!).toString()), null, 2))
    expect(deriveReportResult(genuine.result, {...genuine.attachments, answers: pretty}, options).problem).toEqual({
      code: 'answers-invalid',
      message: 'the embedded posattest-answers.json is not in canonical form (sorted keys, no spaces, one final newline)',
    })
    expect(deriveReportResult(genuine.result, {...genuine.attachments, answers: bytes('{"schema_version":1}\n')}, options).problem?.code).toBe('answers-invalid')
    expect(deriveReportResult(genuine.result, {...genuine.attachments, previous: bytes('{}')}, options).problem?.code).toBe('previous-invalid')
  })

  it('refuses a result whose changes have no previous result to be derived from', () => {
    const {previous: _previous, ...withoutPrevious} = genuine.attachments
    const {problem} = deriveReportResult(genuine.result, withoutPrevious, options)
    expect([problem?.code, problem?.message.endsWith('it differs first at /changes')]).toEqual(['result-not-derived', true])
  })

  it('refuses a catalog it does not hold, and says when another posattest version made a result it evaluates differently', () => {
    const other = edited((r) => void (r.catalog.version = '9.9.9'))
    expect(deriveReportResult(other.result, other.attachments, options).problem?.code).toBe('unknown-catalog')
    // The generator string itself is taken from the result: alone, it changes nothing.
    const renamed = edited((r) => void (r.generator = 'posattest 0.0.9'))
    expect(deriveReportResult(renamed.result, renamed.attachments, options).result?.generator).toBe('posattest 0.0.9')
    const older = edited((r) => {
      r.generator = 'posattest 0.0.9'
      r.scores.overall = 90
    })
    expect(deriveReportResult(older.result, older.attachments, options).problem).toEqual({
      code: 'other-version',
      message: 'the result was made by "posattest 0.0.9"; its evaluation by posattest 0.1.0 differs, first at /scores/overall',
    })
  })
})

describe('deriveReportResult of a summarised inventory (posattest-inventory.csv)', () => {
  /** 300 terminals (more than are listed): the report attaches the inventory as CSV, derived from the result. */
  let estate: {result: AssessmentResult; attachments: ReportAttachments}
  beforeAll(async () => {
    const {mkdtemp} = await import('node:fs/promises')
    const dir = await mkdtemp(path.join((await import('node:os')).tmpdir(), 'posattest-derive-estate-'))
    const evaluated = await evaluateAnswersFile(await writeLargeInventoryAnswers(dir, 300), {generator: GENERATOR})
    estate = {
      result: evaluated.result,
      attachments: {result: bytes(evaluated.json), answers: bytes(canonicalAnswersJson(evaluated.answers)), inventory: bytes(inventoryCsv(evaluated.result))},
    }
  }, 60_000)

  it('takes the CSV derived from the embedded answers', () => {
    expect(deriveReportResult(estate.result, estate.attachments, options).problem).toBeUndefined()
  })

  it('refuses another list (a terminal dropped, a state changed), naming the first line that differs', () => {
    const csv = Buffer.from(estate.attachments.inventory!).toString()
    const lines = csv.split('\r\n')
    const dropped = [...lines.slice(0, 5), ...lines.slice(6)].join('\r\n')
    const restated = csv.replace(/,in-use,([^\r]*)\r\n$/, ',retired,$1\r\n')
    expect(restated).not.toBe(csv)
    for (const [other, line] of [[dropped, 6], [restated, 301]] as const) {
      expect(deriveReportResult(estate.result, {...estate.attachments, inventory: bytes(other)}, options).problem).toEqual({
        code: 'inventory-not-derived',
        message: `the attached posattest-inventory.csv is not the inventory of the embedded answers: it first differs at line ${line}`,
      })
    }
  })

  it('refuses a long inventory without its CSV, and a CSV beside an inventory listed in full', () => {
    const {inventory: _inventory, ...without} = estate.attachments
    expect(deriveReportResult(estate.result, without, options).problem).toEqual({
      code: 'inventory-not-derived',
      message: "the report's inventory of 300 terminals is too long to list on its pages, but the report attaches no posattest-inventory.csv",
    })
    const short = {...genuine.attachments, inventory: bytes(inventoryCsv(genuine.result))}
    expect(deriveReportResult(genuine.result, short, options).problem?.code).toBe('inventory-not-derived')
  })

  it('says it in Chinese too', () => {
    const {inventory: _inventory, ...without} = estate.attachments
    expect(deriveReportResult(estate.result, without, {...options, language: 'zh-CN'}).problem?.code).toBe('inventory-not-derived')
  })
})

describe('deriveBareResult', () => {
  it('re-evaluates the answers a result records, and refuses one whose verdict, score, gaps or due dates were edited', () => {
    const {changes: _changes, ...bare} = genuine.result
    expect(deriveBareResult(bare as AssessmentResult, options).result).toEqual(bare)
    // The changes cannot be derived without the previous result: kept as written.
    expect(deriveBareResult(genuine.result, options).result?.changes).toEqual(genuine.result.changes)
    for (const edit of [
      (r: AssessmentResult) => void (r.verdict = 'compliant'),
      (r: AssessmentResult) => void (r.scores.domains.find((d) => d.gaps > 0)!.score = 100),
      (r: AssessmentResult) => void (r.remediation = r.remediation.slice(1)),
      (r: AssessmentResult) => void (r.remediation[0]!.due_date = '2030-01-01'),
    ]) {
      const result = structuredClone(bare as AssessmentResult)
      edit(result)
      expect(deriveBareResult(result, options).problem?.code).toBe('result-not-derived')
    }
  })

  it('rebuilds schema-valid answers from a result', () => {
    const answers = answersOfResult(genuine.result)
    expect(Object.keys(answers)).toEqual(['schema_version', 'assessment', 'profile', 'scoping', 'attestation', 'inventory', 'controls'])
    expect(Object.keys(answers.controls).length).toBeLessThanOrEqual(genuine.result.controls.length)
  })
})
