import {readFileSync} from 'node:fs'
import path from 'node:path'
import {ESLint} from 'eslint'
import {describe, expect, it} from 'vitest'

// The layering of src/ is checked by eslint (eslint.config.js, run by `npm run lint` in .ci/run). These fixtures
// prove the rule bites: each (TypeScript kept as .ts.txt, so the compiler leaves it alone) is linted as if it sat at the place named, and must fail (or pass) for the
// reason given.
const ROOT = path.resolve(__dirname, '..')
const eslint = new ESLint({cwd: ROOT})

async function lintAs(fixture: string, place: string): Promise<string[]> {
  const code = readFileSync(path.join(ROOT, 'test/fixtures/lint', fixture), 'utf8')
  const [result] = await eslint.lintText(code, {filePath: path.join(ROOT, place)})
  return result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)
}

describe('the import boundaries', () => {
  it('refuse a vocabulary module that imports the gate', async () => {
    expect(await lintAs('model-imports-gate.ts.txt', 'src/model/violation.ts')).toEqual(['2:26 boundaries/dependencies'])
  })

  it('refuse oclif below the commands', async () => {
    expect(await lintAs('gate-imports-oclif.ts.txt', 'src/gate/violation.ts')).toEqual(['2:1 @typescript-eslint/no-restricted-imports'])
  })

  it('let a stage import the layers below it', async () => {
    expect(await lintAs('evaluation-imports-catalog.ts.txt', 'src/evaluation/allowed.ts')).toEqual([])
  })

  it('refuse the same import one layer down', async () => {
    expect(await lintAs('evaluation-imports-catalog.ts.txt', 'src/io/violation.ts')).toEqual(['2:28 boundaries/dependencies'])
  })
})
