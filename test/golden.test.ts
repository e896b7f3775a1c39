// Golden outputs of the shipped examples and of the invalid answers fixtures, through the built CLI: the result
// JSON of each example byte for byte, the SHA-256 of its unsigned report in both languages, and `validate` in every
// format. A refactoring or an optimisation must leave all of them unchanged; a deliberate change of output is made
// by running the suite with UPDATE_GOLDEN=1 and committing the new files with a message that says why.
import {createHash} from 'node:crypto'
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {FIXTURES, ROOT, runCli, tempDir} from './helpers/run-cli.js'

const GOLDEN = path.join(FIXTURES, 'golden')
const UPDATE = process.env.UPDATE_GOLDEN === '1'
const EXAMPLES = ['merchant-compliant', 'merchant-gaps', 'acquirer'] as const
/** Each --format of validate and the extension of its golden file. */
const FORMATS = {text: 'txt', json: 'json', junit: 'xml', sarif: 'sarif', github: 'github.txt'} as const
const INVALID = path.join('test', 'fixtures', 'answers', 'invalid')

/** Compares `actual` with the golden file `name`, or writes it when UPDATE_GOLDEN=1. */
async function expectGolden(name: string, actual: string): Promise<void> {
  const file = path.join(GOLDEN, name)
  if (UPDATE) {
    await mkdir(path.dirname(file), {recursive: true})
    await writeFile(file, actual)
    return
  }
  expect(actual, `${name} (rerun with UPDATE_GOLDEN=1 if the change is deliberate)`).toBe(await readFile(file, 'utf8'))
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => ({dir, cleanup} = await tempDir('posattest-golden-')))
afterAll(async () => cleanup())

describe.each(EXAMPLES)('the %s example', (example) => {
  const answers = path.join('examples', example, 'answers.yaml')

  it('evaluates to the golden result JSON', async () => {
    const output = path.join(dir, `${example}.json`)
    const run = await runCli(['evaluate', answers, '-o', output])
    expect([0, 1]).toContain(run.code)
    await expectGolden(`${example}/result.json`, await readFile(output, 'utf8'))
  })

  it('renders the golden unsigned report in both languages', async () => {
    const hashes: string[] = []
    for (const lang of ['en', 'zh-CN']) {
      const output = path.join(dir, `${example}-${lang}.pdf`)
      const run = await runCli(['report', answers, '-o', output, '--lang', lang])
      expect(run.code).toBe(0)
      hashes.push(`${lang} ${sha256(await readFile(output))}`)
    }
    await expectGolden(`${example}/report.sha256`, `${hashes.join('\n')}\n`)
  })
})

describe('validate of the invalid answers fixtures', () => {
  it.each(Object.entries(FORMATS))('gives the golden %s output', async (format, extension) => {
    const files = (await readdir(path.join(ROOT, INVALID))).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(INVALID, f))
    const run = await runCli(['validate', ...files, '--format', format])
    expect(run.code).toBe(1)
    // SARIF names its base, the working directory, as an absolute URI: the golden file has a stand-in for the clone's.
    const base = `${pathToFileURL(ROOT).href}/`
    if (format === 'sarif') expect(run.stdout).toContain(`"uri": "${base}"`)
    await expectGolden(`validate/invalid.${extension}`, run.stdout.replaceAll(`"uri": "${base}"`, '"uri": "file:///posattest/"'))
  })
})
