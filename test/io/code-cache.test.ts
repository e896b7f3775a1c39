import {spawnSync} from 'node:child_process'
import {chmod, readdir, readFile, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {codeCacheVariant, pruneCodeCache} from '../../src/io/code-cache.js'
import {ROOT, runCli, tempDir} from '../helpers/run-cli.js'

/*
 * The code cache is made when a process exits, so each load is a process of its own: the built module
 * (dist/io/code-cache.js, as bin/run.js uses it) loading a small CommonJS bundle.
 */

let tmp: {dir: string; cleanup: () => Promise<void>}
let cache: string
let bundle: string
beforeAll(async () => (tmp = await tempDir('posattest-code-cache-')))
afterAll(() => tmp.cleanup())
beforeEach(async (context) => {
  cache = path.join(tmp.dir, `cache-${context.task.id}`)
  bundle = path.join(tmp.dir, `bundle-${context.task.id}.cjs`)
  await writeFile(bundle, BUNDLE(41))
})

const BUNDLE = (n: number) => `'use strict'
function answer() { return ${n} + 1 }
exports.value = answer()
exports.file = __filename
exports.sameModule = () => require(__filename) === module.exports
`

interface Load {
  cache: string
  value: number
  file: string
  sameModule: boolean
}

/** Loads the bundle in a new process (exiting with `exitCode`), with `env` over a cache in `cache`. */
function load(options: {variant?: string; exitCode?: number; env?: Record<string, string>} = {}): Load {
  const moduleUrl = pathToFileURL(path.join(ROOT, 'dist/io/code-cache.js')).href
  const script = `import {loadBundle} from ${JSON.stringify(moduleUrl)}
const loaded = loadBundle(${JSON.stringify(bundle)}, ${JSON.stringify(options.variant ?? 'sign')})
const {value, file, sameModule} = loaded.exports
console.log(JSON.stringify({cache: loaded.cache, value, file, sameModule: sameModule()}))
process.exitCode = Number(process.env.EXIT_CODE)`
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    // The exit code comes from the environment: the script is part of process.execArgv, and so of the entry's key.
    env: {...process.env, POSATTEST_CACHE_DIR: cache, EXIT_CODE: String(options.exitCode ?? 0), ...options.env},
    encoding: 'utf8',
  })
  expect(run.stderr).toBe('')
  expect(run.status).toBe(options.exitCode ?? 0)
  return JSON.parse(run.stdout) as Load
}

const entries = async () => (await readdir(cache).catch(() => [] as string[])).filter((name) => name.endsWith('.v8')).sort()

describe('the code cache of the CLI bundle', () => {
  it('is made by the first run, used by the next, and changes nothing the bundle does', async () => {
    const first = load()
    expect(first).toEqual({cache: 'miss', value: 42, file: bundle, sameModule: true})
    const [entry, ...others] = await entries()
    expect(others).toEqual([])
    expect(entry).toMatch(/^code-sign-[0-9a-f]{64}\.v8$/)
    if (typeof process.getuid === 'function') {
      expect((await stat(path.join(cache, entry!))).mode & 0o777).toBe(0o600)
      expect((await stat(cache)).mode & 0o777).toBe(0o700)
    }
    expect(load()).toEqual({...first, cache: 'used'})
    expect(await entries()).toEqual([entry])
  })

  it('keeps one entry per command', async () => {
    load({variant: 'sign'})
    load({variant: 'verify'})
    expect(load({variant: 'verify'}).cache).toBe('used')
    expect((await entries()).map((name) => name.split('-')[1])).toEqual(['sign', 'verify'])
  })

  it('is missed when the bundle changes, even by one byte of the same length, and the stale entry is removed', async () => {
    load()
    const [before] = await entries()
    await writeFile(bundle, BUNDLE(51))
    expect(load()).toMatchObject({cache: 'miss', value: 52})
    const after = await entries()
    expect(after).toHaveLength(1)
    expect(after[0]).not.toBe(before)
  })

  it('is not read when damaged, or when another user could have written it, and is written again', async () => {
    load()
    const [entry] = await entries()
    const file = path.join(cache, entry!)
    const bytes = await readFile(file)
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff
    await writeFile(file, bytes)
    expect(load().cache).toBe('miss')
    expect(load().cache).toBe('used')
    if (typeof process.getuid === 'function') {
      await chmod(file, 0o666)
      expect(load().cache).toBe('miss')
      expect((await stat(file)).mode & 0o777).toBe(0o600)
      await chmod(cache, 0o777)
      const written = await readFile(file)
      await writeFile(file, 'not V8 code', {mode: 0o600})
      expect(load().cache).toBe('miss')
      // Nor written into a folder others may write.
      expect(await readFile(file, 'utf8')).toBe('not V8 code')
      expect(written.length).toBeGreaterThan(33)
    }
  })

  it('is refused by V8 when it is not V8 code for this bundle, and written again', async () => {
    load()
    const [entry] = await entries()
    const file = path.join(cache, entry!)
    // A well-formed entry (its own hash matches) whose cached data V8 does not accept.
    const {createHash} = await import('node:crypto')
    const body = Buffer.concat([Buffer.of(1), Buffer.alloc(256, 7)])
    await writeFile(file, Buffer.concat([createHash('sha256').update(body).digest(), body]), {mode: 0o600})
    expect(load()).toMatchObject({cache: 'refused', value: 42})
    expect(load().cache).toBe('used')
  })

  it('made by a failed run is made again by the next successful one, which compiled more', async () => {
    load({exitCode: 1})
    expect(load({exitCode: 1}).cache).toBe('renew')
    expect(load().cache).toBe('renew')
    expect(load().cache).toBe('used')
  })

  it('is off with POSATTEST_CACHE_DIR=off', async () => {
    expect(load({env: {POSATTEST_CACHE_DIR: 'off'}})).toMatchObject({cache: 'off', value: 42})
    expect(await entries()).toEqual([])
  })

  it('names the entry after the command a CLI is run with, or other', () => {
    expect(codeCacheVariant(['sign', 'report.pdf'])).toBe('sign')
    expect(codeCacheVariant(['catalog', 'lint'])).toBe('catalog')
    expect(codeCacheVariant(['--version'])).toBe('other')
    expect(codeCacheVariant(['../../etc/passwd'])).toBe('other')
    expect(codeCacheVariant([])).toBe('other')
  })

  it('pruning keeps the current entry and the other commands', async () => {
    const hex = (i: number) => i.toString(16).padStart(64, '0')
    const {mkdir} = await import('node:fs/promises')
    await mkdir(cache, {recursive: true})
    const names = [`code-sign-${hex(1)}.v8`, `code-sign-${hex(2)}.v8`, `code-verify-${hex(3)}.v8`, `catalog-${hex(4)}.json`, 'notes.txt']
    for (const name of names) await writeFile(path.join(cache, name), 'x')
    pruneCodeCache(cache, `code-sign-${hex(2)}.v8`)
    expect((await readdir(cache)).sort()).toEqual([`catalog-${hex(4)}.json`, `code-sign-${hex(2)}.v8`, `code-verify-${hex(3)}.v8`, 'notes.txt'])
  })
})

describe('the built CLI with its code cache', () => {
  it('gives the same output from a cold start and from the cache, and keeps an entry per command', async () => {
    const env = {POSATTEST_CACHE_DIR: path.join(tmp.dir, 'cli-cache')}
    const runs = []
    for (let i = 0; i < 2; i++) runs.push(await runCli(['catalog', 'show', 'SEAL-01', '--json'], {env}), await runCli(['--version'], {env}))
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0])
    expect(runs.map((r) => r.stderr)).toEqual(['', '', '', ''])
    expect(runs[2]!.stdout).toBe(runs[0]!.stdout)
    expect(runs[3]!.stdout).toBe(runs[1]!.stdout)
    const names = (await readdir(env.POSATTEST_CACHE_DIR)).filter((name) => name.endsWith('.v8')).map((name) => name.split('-')[1]).sort()
    expect(names).toEqual(['catalog', 'other'])
  })
})
