import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {CACHE_FILE, cacheKey, readCache, serializeCache, type CacheContext} from '../../src/portfolio/cache.js'
import {errorRow} from '../../src/portfolio/portfolio-row.js'
import {tempDir} from '../helpers/run-cli.js'

const context: CacheContext = {policySha256: 'p'.repeat(64), rootsSha256: 'r'.repeat(64), now: '2026-12-01', version: '0.1.0'}
const content = 'c'.repeat(64)

let tmp: {dir: string; cleanup: () => Promise<void>}
beforeAll(async () => {
  tmp = await tempDir('posattest-cache-')
})
afterAll(async () => {
  await tmp.cleanup()
})

describe('cacheKey', () => {
  it('changes with the content, the policy, the roots, the day of judgement and the version', () => {
    const base = cacheKey(content, context)
    expect(base).toMatch(/^[0-9a-f]{64}$/)
    expect(cacheKey(content, {...context})).toBe(base)
    const variants = [
      cacheKey('d'.repeat(64), context),
      cacheKey(content, {...context, policySha256: 'q'.repeat(64)}),
      cacheKey(content, {...context, rootsSha256: 's'.repeat(64)}),
      cacheKey(content, {...context, now: '2026-12-02'}),
      cacheKey(content, {...context, version: '0.2.0'}),
    ]
    expect(new Set([base, ...variants]).size).toBe(6)
  })
})

describe('readCache', () => {
  it('reads back what serializeCache wrote', async () => {
    const {file: _file, ...row} = errorRow('a.pdf', 'the file is empty', {sha256: content, bytes: 0})
    const dir = path.join(tmp.dir, 'good')
    await mkdir(dir)
    await writeFile(path.join(dir, CACHE_FILE), serializeCache(new Map([[cacheKey(content, context), row]])))
    expect(await readCache(dir)).toEqual(new Map([[cacheKey(content, context), row]]))
  })

  it('treats a missing, damaged or foreign cache as empty', async () => {
    const dir = path.join(tmp.dir, 'bad')
    await mkdir(dir)
    expect((await readCache(dir)).size).toBe(0)
    for (const text of ['{not json', '{"format": "something-else", "entries": {}}', '[]', '{"format": "posattest-portfolio-cache", "entries": {"short": {"outcome": "pass"}}}']) {
      await writeFile(path.join(dir, CACHE_FILE), text)
      expect((await readCache(dir)).size).toBe(0)
    }
  })
})
