import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {tempDir} from '../helpers/run-cli.js'
import {init} from '../../src/services/init.js'

let tmp: {dir: string; cleanup: () => Promise<void>}
beforeAll(async () => (tmp = await tempDir()))
afterAll(async () => tmp.cleanup())

describe('the init service', () => {
  it('writes the blank answers of a role and counts its controls; never over a file without force', async () => {
    const output = path.join(tmp.dir, 'answers.yaml')
    const written = await init({output, role: 'merchant', lang: 'zh-CN'})
    expect(written).toMatchObject({file: output, role: 'merchant', language: 'zh-CN'})
    expect(written.controls).toBeGreaterThan(10)
    expect(await readFile(output, 'utf8')).toContain('CHANGE ME')
    await writeFile(output, 'mine\n')
    await expect(init({output, role: 'acquirer', lang: 'en', bin: 'pa'})).rejects.toMatchObject({code: 'file-exists', next: `pa init ${output} --force, to overwrite it`})
    expect(await readFile(output, 'utf8')).toBe('mine\n')
    expect((await init({output, role: 'acquirer', lang: 'en', force: true})).role).toBe('acquirer')
  })
})
