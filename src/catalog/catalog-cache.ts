import {createHash} from 'node:crypto'
import {mkdir, open, readdir, readFile, rename, stat, unlink, utimes} from 'node:fs/promises'
import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {MAX_CATALOG_FILE_BYTES} from './lint-read.js'
import {packageVersion} from '../io/package-version.js'
import {cacheDir as posattestCacheDir, isPrivateToUser} from '../io/cache-dir.js'

/*
 * The loaded catalog, kept on disk between runs of the CLI: parsing ~250 KB of YAML with positions and checking it
 * against the catalog schemas is most of what `validate`, `evaluate`, `report` and `verify` spend on the catalog.
 *
 * An entry holds the SHA-256 of every file the catalog was built from (catalog.yaml and the domain files it
 * lists) and the built catalog as JSON with its own SHA-256. It is used only when every file still has its hash,
 * the JSON has its hash, and the entry and its folder belong to this user and are writable by no one else;
 * anything else (missing, corrupted, stale, foreign, unreadable) is a miss, and the catalog is read from its
 * files as before. Only catalogs that loaded without a problem are kept, so every error still comes from the
 * files. The key names the package version, the running code (the file holding this module changes on every
 * build) and the catalog schemas, so a newer posattest never reads an older one's entry.
 *
 * Where: the cache folder of io/cache-dir.ts (POSATTEST_CACHE_DIR=off turns it off).
 *
 * Every build and every edited catalog makes new entries and leaves the old ones unreachable, so each write
 * prunes the folder: it keeps the MAX_ENTRIES most recently used entries (a hit renews an entry's time) and
 * removes temporary files left by a crashed write.
 */

/** Bump when the entry's layout or the meaning of its payload changes. */
const FORMAT = 1
/** A catalog entry is a few hundred KB; a larger file is not ours. */
const MAX_ENTRY_BYTES = 32 * 1024 * 1024
/** How many entries a cache folder keeps: a few catalogs and lint results for each of a few installed versions. */
export const MAX_ENTRIES = 64
/** A temporary file older than this was left by a write that never finished. */
const STALE_TEMP_MS = 60 * 60 * 1000
/** The files this module writes, and the only ones pruning may remove. */
const ENTRY_NAME = /^[a-z][a-z-]*-[0-9a-f]{64}\.json$/
const TEMP_NAME = /^[a-z][a-z-]*-[0-9a-f]{64}\.json\.\d+\.\d+\.tmp$/

export interface CatalogFileHash {
  file: string
  sha256: string
}

interface Entry {
  format: number
  key: string
  files: CatalogFileHash[]
  payloadSha256: string
  payload: string
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex')

let codeStamp: string | undefined

/** What names this posattest: its version, this module's file (rewritten by every build), the schemas the catalog is checked with. */
function codeIdentity(): string {
  if (codeStamp === undefined) {
    const self = fileURLToPath(import.meta.url)
    const {mtimeMs, size} = statSync(self)
    const schemas = ['catalog', 'catalog-meta', 'answers'].map((name) => {
      try {
        return sha256(readSchemaBytes(name))
      } catch {
        return 'none'
      }
    })
    codeStamp = JSON.stringify([FORMAT, packageVersion(), self, mtimeMs, size, schemas])
  }
  return codeStamp
}

/** A schema file's bytes (a few KB; the same relative place from src/ and dist/ as io/schemas.ts), never a huge file. */
function readSchemaBytes(name: string): Buffer {
  const file = fileURLToPath(new URL(`../../schemas/${name}.schema.json`, import.meta.url))
  if (statSync(file).size > MAX_CATALOG_FILE_BYTES) throw new Error('too large')
  return readFileSync(file)
}

/** The entry's key: this posattest and the catalog folder. */
function entryKey(dir: string): string {
  return sha256(JSON.stringify([codeIdentity(), path.resolve(dir)]))
}

function entryFile(folder: string, key: string, kind = 'catalog'): string {
  return path.join(folder, `${kind}-${key}.json`)
}

/** This user's, and writable by no one else. */
async function trusted(file: string): Promise<boolean> {
  return isPrivateToUser(await stat(file))
}

/** The text a YAML file is parsed from: UTF-8, without a byte order mark (as io/yaml-source.ts reads it). */
function yamlText(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** The hash of each file's text, read within the YAML bound; undefined when one cannot be read as text. */
async function hashFiles(files: readonly string[]): Promise<CatalogFileHash[] | undefined> {
  const hashes: CatalogFileHash[] = []
  for (const file of files) {
    const info = await stat(file)
    if (!info.isFile() || info.size > MAX_CATALOG_FILE_BYTES) return undefined
    hashes.push({file, sha256: sha256(yamlText(await readFile(file)))})
  }
  return hashes
}

/**
 * The payload kept for `dir`, when an entry exists, is trusted, and every file it was made from is unchanged;
 * else undefined. Never throws.
 */
export async function readCachedCatalog(dir: string): Promise<unknown> {
  try {
    const folder = posattestCacheDir()
    if (folder === undefined) return undefined
    const key = entryKey(dir)
    const file = entryFile(folder, key)
    if (!(await trusted(folder)) || !(await trusted(file))) return undefined
    if ((await stat(file)).size > MAX_ENTRY_BYTES) return undefined
    const entry = JSON.parse(await readFile(file, 'utf8')) as Partial<Entry>
    if (entry.format !== FORMAT || entry.key !== key || typeof entry.payload !== 'string' || !Array.isArray(entry.files)) return undefined
    if (sha256(entry.payload) !== entry.payloadSha256) return undefined
    const files = entry.files.map((f) => (typeof f?.file === 'string' && typeof f?.sha256 === 'string' ? f : undefined))
    if (files.length === 0 || files.some((f) => f === undefined)) return undefined
    const now = await hashFiles(files.map((f) => f!.file))
    if (!now || now.some((f, i) => f.sha256 !== files[i]!.sha256)) return undefined
    await renew(file)
    return JSON.parse(entry.payload) as unknown
  } catch {
    return undefined
  }
}

/**
 * Keeps `payload` (plain JSON data) for `dir`, made from the texts of `files` (exactly the texts that were parsed,
 * so a file changed meanwhile only makes the entry miss). Failing to write is not an error.
 */
export async function writeCachedCatalog(dir: string, files: readonly {file: string; text: string}[], payload: unknown): Promise<void> {
  try {
    const folder = posattestCacheDir()
    if (folder === undefined || files.length === 0 || !isPlainJson(payload)) return
    const hashes = files.map(({file, text}) => ({file, sha256: sha256(text)}))
    const key = entryKey(dir)
    await writeEntry(folder, entryFile(folder, key), key, hashes, payload)
  } catch {
    // A cache that cannot be written only costs the next run its parse.
  }
}

/** True when JSON.stringify then JSON.parse gives the same data back: no undefined, functions, non-finite numbers, dates, maps. */
function isPlainJson(value: unknown, depth = 0): boolean {
  if (depth > 64) return false
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0)
  if (Array.isArray(value)) return value.every((v) => isPlainJson(v, depth + 1))
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).every(([, v]) => isPlainJson(v, depth + 1))
  }
  return false
}

/**
 * A result computed from inputs already read (`catalog lint`'s diagnostics of the files it read): kept under the
 * hash of this posattest and `inputs` (which must name every input's content, e.g. by hash), with the same checks
 * as a catalog entry but no files to hash again. Undefined on any miss; never throws.
 */
export async function readCachedResult(kind: string, inputs: unknown): Promise<unknown> {
  try {
    const folder = posattestCacheDir()
    if (folder === undefined) return undefined
    const key = sha256(JSON.stringify([codeIdentity(), kind, inputs]))
    const file = entryFile(folder, key, kind)
    if (!(await trusted(folder)) || !(await trusted(file))) return undefined
    if ((await stat(file)).size > MAX_ENTRY_BYTES) return undefined
    const entry = JSON.parse(await readFile(file, 'utf8')) as Partial<Entry>
    if (entry.format !== FORMAT || entry.key !== key || typeof entry.payload !== 'string') return undefined
    if (sha256(entry.payload) !== entry.payloadSha256) return undefined
    await renew(file)
    return JSON.parse(entry.payload) as unknown
  } catch {
    return undefined
  }
}

/** Marks an entry as just used, so pruning keeps it. */
async function renew(file: string): Promise<void> {
  const now = new Date()
  await utimes(file, now, now).catch(() => {})
}

/** Removes all but the `keep` most recently used entries, and stale temporary files. Never throws. */
export async function pruneCatalogCache(folder: string, keep = MAX_ENTRIES, now = Date.now()): Promise<void> {
  try {
    const names = await readdir(folder)
    const entries: {file: string; used: number}[] = []
    for (const name of names) {
      const file = path.join(folder, name)
      if (ENTRY_NAME.test(name)) {
        const info = await stat(file).catch(() => undefined)
        if (info?.isFile()) entries.push({file, used: info.mtimeMs})
      } else if (TEMP_NAME.test(name)) {
        const info = await stat(file).catch(() => undefined)
        if (info?.isFile() && now - info.mtimeMs > STALE_TEMP_MS) await unlink(file).catch(() => {})
      }
    }
    entries.sort((a, b) => b.used - a.used || (a.file < b.file ? -1 : 1))
    for (const {file} of entries.slice(keep)) await unlink(file).catch(() => {})
  } catch {
    // A folder that cannot be pruned only costs disk space.
  }
}

/** Keeps `result` (plain JSON data) for `inputs`, as readCachedResult finds it. Failing to write is not an error. */
export async function writeCachedResult(kind: string, inputs: unknown, result: unknown): Promise<void> {
  try {
    const folder = posattestCacheDir()
    if (folder === undefined || !isPlainJson(result)) return
    const key = sha256(JSON.stringify([codeIdentity(), kind, inputs]))
    await writeEntry(folder, entryFile(folder, key, kind), key, [], result)
  } catch {
    // As writeCachedCatalog.
  }
}

async function writeEntry(folder: string, target: string, key: string, files: CatalogFileHash[], payload: unknown): Promise<void> {
  await mkdir(folder, {recursive: true, mode: 0o700})
  if (!(await trusted(folder))) return
  const text = JSON.stringify(payload)
  const entry: Entry = {format: FORMAT, key, files, payloadSha256: sha256(text), payload: text}
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`
  const handle = await open(temp, 'wx', 0o600)
  try {
    await handle.writeFile(JSON.stringify(entry))
  } finally {
    await handle.close()
  }
  await rename(temp, target).catch(async () => {
    await unlink(temp).catch(() => {})
  })
  await pruneCatalogCache(folder)
}

/** The SHA-256 of bytes, in hex: how a result's inputs name their content. */
export function contentHash(bytes: Uint8Array): string {
  return sha256(bytes)
}
