import {chmod, mkdir, stat} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cacheDir, isPrivateToUser} from '../../src/io/cache-dir.js'
import {tempDir} from '../helpers/run-cli.js'

let tmp: {dir: string; cleanup: () => Promise<void>}
beforeAll(async () => (tmp = await tempDir('posattest-cache-dir-')))
afterAll(() => tmp.cleanup())

describe('the cache folder', () => {
  it('is POSATTEST_CACHE_DIR, else under XDG_CACHE_HOME or ~/.cache, and off with POSATTEST_CACHE_DIR=off', () => {
    expect(cacheDir({POSATTEST_CACHE_DIR: 'off'})).toBeUndefined()
    expect(cacheDir({POSATTEST_CACHE_DIR: 'rel'})).toBe(path.resolve('rel'))
    expect(cacheDir({XDG_CACHE_HOME: '/x/cache'})).toBe('/x/cache/posattest')
    // A relative XDG_CACHE_HOME is ignored, as the XDG specification says.
    expect(cacheDir({XDG_CACHE_HOME: 'cache'})).toBe(path.join(os.homedir(), '.cache', 'posattest'))
  })

  it.skipIf(typeof process.getuid !== 'function')('is private to the user only when no one else may write it', async () => {
    const folder = path.join(tmp.dir, 'cache')
    await mkdir(folder, {mode: 0o700})
    expect(isPrivateToUser(await stat(folder))).toBe(true)
    await chmod(folder, 0o770)
    expect(isPrivateToUser(await stat(folder))).toBe(false)
    await chmod(folder, 0o757)
    expect(isPrivateToUser(await stat(folder))).toBe(false)
    await chmod(folder, 0o755)
    expect(isPrivateToUser(await stat(folder))).toBe(true)
  })
})
