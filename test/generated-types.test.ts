import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT} from './helpers/run-cli.js'

// schemas/*.schema.json are the single source of truth; src/generated/*.ts must be what they generate.
describe('generated types', () => {
  it('match the schemas (run npm run gen:types after changing a schema)', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/generate-types.mjs'), '--check'], {cwd: ROOT, encoding: 'utf8'})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})
