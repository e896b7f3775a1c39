// Validation of 1,000 answers files in one call: `posattest validate` (YAML with positions, schema, every catalog
// rule, evidence files looked up on disk) beside ajv-cli checking the same files against the same schema only.
import path from 'node:path'
import {generateAnswersSet} from './fixtures.mjs'
import {BIN, printComparison, ROOT, timeCommand} from './lib.mjs'

export default async function validate() {
  // One call checks 1,000 files and takes seconds: three timed runs per side.
  const runs = Math.min(Number(process.env.BENCH_RUNS ?? 3), 3)
  const {dir, files, broken} = await generateAnswersSet({count: 1000})
  const relative = path.relative(ROOT, dir)
  console.log(`input: ${files.length} answers files in ${relative}/ (from examples/merchant-gaps; ${broken.length} with one schema error each)`)

  // Exit 1: the broken files are reported by both tools. By default validate shares many files out to one worker
  // thread per core; --jobs 1 shows what one thread does.
  const args = [BIN, 'validate', ...files.map((f) => path.relative(ROOT, f)), '--format', 'json']
  const posattest = timeCommand(process.execPath, args, {runs, expectCodes: [1]})
  const oneThread = timeCommand(process.execPath, [...args, '--jobs', '1'], {runs, expectCodes: [1]})
  // ajv-cli reads the YAML itself (js-yaml 3); the generated files quote their dates, which js-yaml 3 would
  // otherwise turn into Date objects that the schema's `type: string` rejects.
  const ajv = timeCommand(
    path.join(ROOT, 'node_modules/.bin/ajv'),
    [
      'validate',
      '--spec=draft2020',
      '-c',
      'ajv-formats',
      '--all-errors',
      '-s',
      'schemas/answers.schema.json',
      '-r',
      'schemas/catalog.schema.json',
      '-d',
      `${relative}/*.yaml`,
    ],
    {runs, expectCodes: [1]},
  )
  printComparison(`validate: ${files.length} files, one call`, posattest, {label: 'ajv-cli (schema only)', value: ajv})
  printComparison(`validate: ${files.length} files, --jobs 1`, oneThread, {label: 'ajv-cli (schema only)', value: ajv})
  printComparison('validate: per file', (posattest / files.length) * 1000, {label: 'ajv-cli per file', value: (ajv / files.length) * 1000}, 'µs')
}
