// Evaluation throughput in-process (evaluateAssessment over the 1,000 generated answers, parsed beforehand) beside
// ajv validating the same parsed documents; the gate's derivation of each submission's result (its answers
// evaluated again and compared byte for byte with the embedded result) beside ajv validating that result; and
// the cold `posattest evaluate` of the example beside `node -e 0`.
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {dist, exampleAnswers, generateAnswersSet} from './fixtures.mjs'
import {BIN, printComparison, ROOT, timeCommand, timeInterleaved} from './lib.mjs'

export default async function evaluate() {
  const runs = Number(process.env.BENCH_RUNS ?? 10)
  const {files, broken} = await generateAnswersSet({count: 1000})
  const [{loadCatalog}, {parseYamlSource}, {evaluateAssessment, serializeResult}, {hashEvidenceFiles}, {canonicalAnswersJson}, {deriveReportResult}] = await Promise.all([
    dist('catalog/catalog.js'),
    dist('io/yaml-source.js'),
    dist('evaluation/evaluate.js'),
    dist('evaluation/evidence-hashes.js'),
    dist('evaluation/canonical-json.js'),
    dist('gate/derive-result.js'),
  ])
  const catalog = await loadCatalog()

  // Untimed: parsing (posattest's own YAML reader) and hashing the evidence; only valid files can be evaluated.
  const skip = new Set(broken)
  const answers = []
  for (const [index, file] of files.entries()) {
    if (skip.has(index)) continue
    answers.push(parseYamlSource(file, await readFile(file)).value)
  }
  // The files share one evidence folder: one map holds the hash of every path any of them names.
  const paths = new Set(answers.flatMap((a) => Object.values(a.controls).flatMap((c) => (c?.evidence ?? []).map((e) => e.path))))
  paths.delete(undefined)
  const evidenceHashes = await hashEvidenceFiles({controls: {all: {evidence: [...paths].map((p) => ({path: p}))}}}, path.dirname(files[0]))
  const options = {generator: 'posattest bench', evidenceHashes}

  const {Ajv2020} = await import('ajv/dist/2020.js')
  const {default: addFormats} = await import('ajv-formats')
  // The options of src/schemas.ts, so the baseline does the schema work posattest's validator does.
  const ajv = new Ajv2020({allErrors: true, strict: true, strictRequired: false, verbose: true, allowUnionTypes: true})
  addFormats(ajv, ['date', 'email', 'uri', 'date-time'])
  const schema = ajv.compile(JSON.parse(await readFile(path.join(ROOT, 'schemas/answers.schema.json'), 'utf8')))

  let gaps = 0
  const evaluateAll = () => {
    gaps = 0
    for (const a of answers) if (evaluateAssessment(catalog, a, options).verdict !== 'compliant') gaps++
  }
  let invalid = 0
  const validateAll = () => {
    invalid = 0
    for (const a of answers) if (!schema(a)) invalid++
  }
  // Passes of the two alternate, after an untimed one each. A pass over 980 files is a fraction of a second.
  const passes = Math.min(runs, 7)
  const [evaluateMs, ajvMs] = await timeInterleaved([evaluateAll, validateAll], {runs: passes})
  if (invalid !== 0) throw new Error(`ajv rejected ${invalid} of the files posattest validated`)
  console.log(`input: ${answers.length} valid answers files, parsed beforehand (not timed); ${gaps} evaluate as non-compliant`)
  const perSecond = (ms) => (answers.length / ms) * 1000
  printComparison('evaluate: in-process throughput', perSecond(evaluateMs), {label: 'ajv validate (in-process)', value: perSecond(ajvMs)}, 'ans/s')
  // The same figures per file, where the ratio reads as "times slower" like every other line.
  const perFile = (ms) => (ms / answers.length) * 1000
  printComparison('evaluate: in-process, per answers file', perFile(evaluateMs), {label: 'ajv validate per file', value: perFile(ajvMs)}, 'µs')

  // What the gate adds per submission: the embedded answers parsed, checked and evaluated again, then compared.
  // The submissions are made untimed, as `report` embeds them; the baseline is ajv validating the same results.
  const submissions = answers.map((a) => {
    const result = evaluateAssessment(catalog, a, options)
    return {result, attachments: {result: Buffer.from(serializeResult(result)), answers: Buffer.from(canonicalAnswersJson(a))}}
  })
  // The result schema refers to the catalog's definitions (the answers schema is already in this ajv).
  ajv.addSchema(JSON.parse(await readFile(path.join(ROOT, 'schemas/catalog.schema.json'), 'utf8')))
  const resultSchema = ajv.compile(JSON.parse(await readFile(path.join(ROOT, 'schemas/result.schema.json'), 'utf8')))
  let refused = 0
  const deriveAll = () => {
    refused = 0
    for (const s of submissions) if (deriveReportResult(s.result, s.attachments, {catalogs: [catalog], generator: options.generator}).problem) refused++
  }
  const parsedResults = submissions.map((s) => JSON.parse(s.attachments.result.toString()))
  const validateResults = () => {
    for (const r of parsedResults) if (!resultSchema(r)) throw new Error('ajv rejected a result posattest wrote')
  }
  const [deriveMs, resultAjvMs] = await timeInterleaved([deriveAll, validateResults], {runs: passes})
  if (refused !== 0) throw new Error(`the derivation refused ${refused} genuine submissions`)
  printComparison('gate: derive the result, per submission', perFile(deriveMs), {label: 'ajv validate result per file', value: perFile(resultAjvMs)}, 'µs')

  const example = path.relative(ROOT, exampleAnswers('merchant-gaps'))
  const node = timeCommand(process.execPath, ['-e', '0'], {runs})
  // Exit 1: the example has gaps.
  const cli = timeCommand(process.execPath, [BIN, 'evaluate', example], {runs, expectCodes: [1]})
  printComparison(`cold: posattest evaluate ${path.basename(path.dirname(example))}`, cli, {label: 'node -e 0', value: node})
}
