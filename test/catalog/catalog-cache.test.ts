import {chmod, cp, mkdir, readdir, readFile, stat, utimes, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {tempDir} from '../helpers/run-cli.js'
import {MAX_ENTRIES, pruneCatalogCache} from '../../src/catalog/catalog-cache.js'
import {cacheDir} from '../../src/io/cache-dir.js'
import {DEFAULT_CATALOG_DIR, loadCatalog} from '../../src/catalog/catalog.js'

let dir: string
let cleanup: () => Promise<void>
let cache: string
let catalogDir: string
const saved = process.env.POSATTEST_CACHE_DIR

beforeAll(async () => ({dir, cleanup} = await tempDir('posattest-catalog-cache-')))
afterAll(() => cleanup())
beforeEach(async (context) => {
  const name = context.task.id
  cache = path.join(dir, `cache-${name}`)
  catalogDir = path.join(dir, `catalog-${name}`)
  await cp(DEFAULT_CATALOG_DIR, catalogDir, {recursive: true})
  process.env.POSATTEST_CACHE_DIR = cache
})
afterEach(() => {
  if (saved === undefined) delete process.env.POSATTEST_CACHE_DIR
  else process.env.POSATTEST_CACHE_DIR = saved
})

const entries = async () => (await readdir(cache).catch(() => [])).filter((f) => f.endsWith('.json'))
/** The catalog as data, for comparing two loads. */
const plain = (catalog: Awaited<ReturnType<typeof loadCatalog>>) => JSON.stringify({...catalog, byId: [...catalog.byId.keys()]})

describe('the catalog cache', () => {
  it('keeps a loaded catalog and gives the same catalog back from it', async () => {
    const first = await loadCatalog(catalogDir)
    expect(await entries()).toHaveLength(1)
    const second = await loadCatalog(catalogDir)
    expect(plain(second)).toBe(plain(first))
    expect(second.byId.get(first.controls[0]!.id)).toBe(second.controls[0])
  })

  it('reads the files again when one of them changed', async () => {
    await loadCatalog(catalogDir)
    const seals = path.join(catalogDir, 'seals.yaml')
    const text = await readFile(seals, 'utf8')
    const title = /^title:\n {2}en: (.*)$/m.exec(text)![1]!
    await writeFile(seals, text.replace(`en: ${title}`, 'en: Changed title'))
    const changed = await loadCatalog(catalogDir)
    expect(changed.domains.find((d) => d.id === 'seals')!.title.en).toBe('Changed title')
  })

  it('still reports an invalid catalog from its files, and keeps nothing for it', async () => {
    await loadCatalog(catalogDir)
    await writeFile(path.join(catalogDir, 'seals.yaml'), 'domain: [')
    await expect(loadCatalog(catalogDir)).rejects.toMatchObject({code: 'catalog-invalid'})
  })

  it('does not trust a corrupted entry, an edited payload, or an entry others may write', async () => {
    const first = plain(await loadCatalog(catalogDir))
    const [name] = await entries()
    const file = path.join(cache, name!)
    const original = await readFile(file, 'utf8')

    await writeFile(file, original.slice(0, 1000))
    expect(plain(await loadCatalog(catalogDir))).toBe(first)

    const entry = JSON.parse(original)
    entry.payload = entry.payload.replace(/"en":"[^"]*"/, '"en":"forged"')
    await writeFile(file, JSON.stringify(entry))
    expect(plain(await loadCatalog(catalogDir))).toBe(first)

    // A payload forged with a matching hash, in a file others can write: not used.
    const {createHash} = await import('node:crypto')
    entry.payloadSha256 = createHash('sha256').update(entry.payload).digest('hex')
    await writeFile(file, JSON.stringify(entry))
    await chmod(file, 0o666)
    expect(plain(await loadCatalog(catalogDir))).toBe(first)
  })

  it('is turned off by POSATTEST_CACHE_DIR=off', async () => {
    process.env.POSATTEST_CACHE_DIR = 'off'
    await loadCatalog(catalogDir)
    expect(cacheDir()).toBeUndefined()
    expect(await entries()).toHaveLength(0)
  })

})

describe('pruning the cache folder', () => {
  const hex = (i: number) => i.toString(16).padStart(64, '0')
  const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1) + minutes * 60_000)

  it('keeps the most recently used entries, removes stale temporary files and nothing else', async () => {
    await mkdir(cache, {recursive: true})
    for (let i = 0; i < MAX_ENTRIES + 6; i++) {
      const file = path.join(cache, `catalog-${hex(i)}.json`)
      await writeFile(file, '{}')
      await utimes(file, at(i), at(i))
    }
    const staleTemp = path.join(cache, `catalog-${hex(1)}.json.123.456.tmp`)
    const freshTemp = path.join(cache, `catalog-${hex(2)}.json.123.789.tmp`)
    for (const file of [staleTemp, freshTemp, path.join(cache, 'notes.json')]) await writeFile(file, '{}')
    await utimes(staleTemp, at(0), at(0))
    await utimes(freshTemp, at(MAX_ENTRIES + 10), at(MAX_ENTRIES + 10))

    await pruneCatalogCache(cache, MAX_ENTRIES, at(MAX_ENTRIES + 20).getTime())

    const left = (await readdir(cache)).sort()
    const kept = Array.from({length: MAX_ENTRIES}, (_, i) => `catalog-${hex(i + 6)}.json`)
    expect(left).toEqual([...kept, `catalog-${hex(2)}.json.123.789.tmp`, 'notes.json'].sort())
  })

  it('renews an entry when it is used, so the catalog in use is the last to go', async () => {
    await loadCatalog(catalogDir)
    const [name] = await entries()
    const file = path.join(cache, name!)
    await utimes(file, at(0), at(0))
    await loadCatalog(catalogDir)
    expect((await stat(file)).mtimeMs).toBeGreaterThan(at(0).getTime())
  })
})

describe('the catalog file bound', () => {
  it('is the YAML reader’s own bound', async () => {
    const [{MAX_CATALOG_FILE_BYTES}, {MAX_YAML_BYTES}] = await Promise.all([import('../../src/catalog/lint-read.js'), import('../../src/io/yaml-source.js')])
    expect(MAX_CATALOG_FILE_BYTES).toBe(MAX_YAML_BYTES)
  })
})
