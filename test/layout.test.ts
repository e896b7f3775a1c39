import {readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT} from './helpers/run-cli.js'

// The test tree reads like the source tree: a test beside the module it tests, helpers in one place.

/** Every file under `dir` (relative to it), fixtures left out. */
function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(path.join(ROOT, dir), path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(`fixtures${path.sep}`))
    .sort()
}

/** Tests that follow a story across modules or commands rather than one module, and why. */
const CROSS_CUTTING: Record<string, string> = {
  'golden.test.ts': 'the outputs of the three examples, byte for byte',
  'card-numbers.test.ts': 'a card number in disguise, through every command that reads one',
  'generated-types.test.ts': 'src/generated/ is what the schemas generate',
  'layout.test.ts': 'this file',
  'services/catalog-lint-cache.test.ts': 'catalog lint through services/catalog.ts and catalog-cache.ts: the same report from the cache',
  'architecture.test.ts': 'the import boundaries of src/ that eslint checks',
  'no-message-branching.test.ts': 'no module of src/ branches on the wording of a message',
  'sarif-validator.test.ts': "the SARIF of validate, catalog lint and gate through Microsoft's SARIF validator",
  'junit-parser.test.ts': 'the JUnit of validate, catalog lint and gate through test-results-parser, a JUnit parser CI reporters use',
  'answers/examples.test.ts': 'the examples/ folder validates and evaluates as its README says',
  'gate/example-policy.test.ts': 'examples/policy.yaml against the signed examples',
  'gate/signature-policy.test.ts': "a policy's signature rules, from loading the policy to judging the signature",
  'signing/bounded-work.test.ts': 'hostile input costs bounded time and memory in every reader',
  'signing/hostile-pdf.test.ts': 'hostile PDFs against every reader of a submitted report',
  'portfolio-merchants.test.ts': 'a book with several submissions per merchant through the built portfolio command: latest per merchant, agents, flags, shards',
  'report-inventory.test.ts': 'a large estate through report, verify --reproduce and the gate: the summarised inventory and its attached CSV',
  'sites.test.ts': 'an organisation with sites: the chain example through validate, evaluate and report, and init --sites',
}

describe('the test tree', () => {
  it('keeps every helper (a module that is not a test) in test/helpers/', () => {
    const strays = files('test').filter((file) => !file.endsWith('.test.ts') && !file.startsWith(`helpers${path.sep}`) && file !== 'tsconfig.json')
    expect(strays).toEqual([])
  })

  it('has one test file per command, mirroring src/commands/', () => {
    const commands = files('src/commands').filter((file) => file !== 'flags.ts').map((file) => file.replace(/\.ts$/, '.test.ts'))
    expect(files('test/commands')).toEqual(commands)
  })

  it('names each other test after the src module it tests (a .property variant too), or says what story it follows', () => {
    const sources = new Set(files('src'))
    const unmatched = files('test')
      .filter((file) => file.endsWith('.test.ts') && !file.startsWith(`commands${path.sep}`))
      .filter((file) => !sources.has(file.replace(/(\.property)?\.test\.ts$/, '.ts')))
    expect(unmatched).toEqual(Object.keys(CROSS_CUTTING).sort())
  })
})
