import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {FIXTURES, tempDir} from '../helpers/run-cli.js'
import {evaluate} from '../../src/services/evaluate.js'
import {GAPS, GENERATOR} from '../helpers/service-fixtures.js'

let tmp: {dir: string; cleanup: () => Promise<void>}
beforeAll(async () => (tmp = await tempDir()))
afterAll(async () => tmp.cleanup())

describe('the evaluate service', () => {
  it('gives the golden result JSON and exit 1 for gaps, without writing when no output is given', async () => {
    const run = await evaluate({answers: GAPS, generator: GENERATOR.generator})
    expect(run.json).toBe(await readFile(path.join(FIXTURES, 'golden', 'merchant-gaps', 'result.json'), 'utf8'))
    expect(run.exitCode).toBe(1)
    expect(run.written).toBeUndefined()
    expect(run.result.verdict).toBe('non_compliant')
  })

  it('writes the result and the summary lines to show', async () => {
    const output = path.join(tmp.dir, 'gaps.json')
    const run = await evaluate({answers: GAPS, output, generator: GENERATOR.generator})
    expect(await readFile(output, 'utf8')).toBe(run.json)
    expect(run.written).toMatch(/^Verdict: non-compliant\n/)
  })
})
