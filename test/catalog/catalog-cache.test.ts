import {chmod, cp, readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {tempDir} from '../helpers/run-cli.js'
import {catalogCacheDir} from '../../src/catalog/catalog-cache.js'
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
    expect(catalogCacheDir()).toBeUndefined()
    expect(await entries()).toHaveLength(0)
  })

  it('lives under XDG_CACHE_HOME or ~/.cache by default', () => {
    expect(catalogCacheDir({XDG_CACHE_HOME: '/x/cache'})).toBe('/x/cache/posattest')
    expect(catalogCacheDir({POSATTEST_CACHE_DIR: 'rel'})).toBe(path.resolve('rel'))
  })
})

describe('the catalog file bound', () => {
  it('is the YAML reader’s own bound', async () => {
    const [{MAX_CATALOG_FILE_BYTES}, {MAX_YAML_BYTES}] = await Promise.all([import('../../src/catalog/lint-read.js'), import('../../src/io/yaml-source.js')])
    expect(MAX_CATALOG_FILE_BYTES).toBe(MAX_YAML_BYTES)
  })
})
