import {readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {writeCatalogCases} from '../helpers/catalog-cases.js'
import {tempDir} from '../helpers/run-cli.js'
import {lint} from '../../src/services/catalog.js'

let dir: string
let cleanup: () => Promise<void>
const saved = process.env.POSATTEST_CACHE_DIR
beforeAll(async () => {
  ;({dir, cleanup} = await tempDir('posattest-lint-cache-'))
  process.env.POSATTEST_CACHE_DIR = dir
})
afterAll(async () => {
  if (saved === undefined) delete process.env.POSATTEST_CACHE_DIR
  else process.env.POSATTEST_CACHE_DIR = saved
  await cleanup()
})

describe('catalog lint from the cache', () => {
  it('gives the same report again, and the same after its kept result is damaged', async () => {
    const cases = await writeCatalogCases(['id-prefix'])
    const paths = [path.join(cases.dir, 'id-prefix')]
    const first = await lint({paths, version: '0', language: 'en'})
    expect(first.report.diagnostics.length).toBeGreaterThan(0)
    const [entry] = (await readdir(dir)).filter((f) => f.startsWith('lint-'))
    expect(entry).toBeDefined()
    expect(await lint({paths, version: '0', language: 'en'})).toEqual(first)
    await writeFile(path.join(dir, entry!), '{"format":1')
    expect(await lint({paths, version: '0', language: 'en'})).toEqual(first)
    // Another language is another result.
    const zh = await lint({paths, version: '0', language: 'zh-CN'})
    expect(zh.report.diagnostics.map((d) => d.rule)).toEqual(first.report.diagnostics.map((d) => d.rule))
    expect(zh.report.diagnostics[0]!.message).not.toBe(first.report.diagnostics[0]!.message)
    await cases.cleanup()
  })
})
