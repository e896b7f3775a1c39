import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {tempDir} from '../helpers/run-cli.js'
import {assess} from '../../src/services/assess.js'

let tmp: {dir: string; cleanup: () => Promise<void>}
beforeAll(async () => (tmp = await tempDir()))
afterAll(async () => tmp.cleanup())

describe('the assess service', () => {
  it('refuses a domain the catalog does not have before asking anything or writing the file', async () => {
    const file = path.join(tmp.dir, 'answers.yaml')
    const output = new PassThrough()
    await expect(assess({file, domain: 'nope', terminal: {input: new PassThrough(), output}, print: () => {}})).rejects.toThrow(/^unknown domain 'nope'; the catalog has: device-custody, seals/)
    await expect(readFile(file)).rejects.toMatchObject({code: 'ENOENT'})
  })
})
