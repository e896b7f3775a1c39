import {isAscii} from 'node:buffer'
import {createHash} from 'node:crypto'
import {closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs'
import Module, {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import vm from 'node:vm'
import {cacheDir, isPrivateToUser} from './cache-dir.js'

/*
 * The CLI is one CommonJS file (dist/cli/posattest.cjs, made by scripts/bundle.mjs), loaded here with V8's code
 * cache for it. Compiling its 3 MB of JavaScript was a quarter of what a short command spends (`--version`, `sign`,
 * `verify`), and Node 20 keeps no compile cache of its own (module.enableCompileCache came with Node 22).
 *
 * The cache is taken when a run ends (vm.Script#createCachedData), so it holds every function that run compiled;
 * v8-compile-cache takes it right after compiling (produceCachedData), which holds only the top-level code of a
 * bundle whose modules are all functions. Commands compile different parts of the bundle, so each command name has
 * its own entry. An entry made by a failed run is taken again by the next successful one, which compiled more.
 *
 * V8 runs a code cache's bytecode as it is, so an entry is used only when it is this user's and writable by no one
 * else (as are the folder and the catalog cache's entries), its own SHA-256 matches, and its name is the key of
 * this Node (version, platform, flags) and of this bundle's exact bytes; V8 itself refuses a cache of another V8
 * or other flags. Anything else is a miss: the bundle compiles as without a cache, and the run writes a new
 * entry (temp file + rename, so no reader ever sees half of one). Nothing here ever fails a command.
 */

/** Bump when the entry's layout changes. */
const FORMAT = 1
/** The bundle's code cache is about 1 MB; a larger file is not ours. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024
/** Entry layout: SHA-256 of the rest, one flag byte, V8's cached data. */
const HEADER_BYTES = 33
const MADE_BY_SUCCESS = 1
const ENTRY_NAME = /^code-([a-z][a-z-]{0,31})-[0-9a-f]{64}\.v8$/
const TEMP_NAME = /^code-[a-z][a-z-]{0,31}-[0-9a-f]{64}\.v8\.\d+\.\d+\.tmp$/
/** A temporary file older than this was left by a write that never finished. */
const STALE_TEMP_MS = 60 * 60 * 1000

/** What became of the code cache in one load: none kept (off), one used, one to be written at exit (missing, refused, or made by a failed run). */
export type CodeCacheUse = 'off' | 'used' | 'miss' | 'refused' | 'renew'

export interface LoadedBundle {
  exports: Record<string, unknown>
  cache: CodeCacheUse
}

/** The entry's name for the command a CLI is run with: its first word when it is a command's name, else `other`. */
export function codeCacheVariant(argv: readonly string[]): string {
  const first = argv[0]
  return first !== undefined && /^[a-z][a-z-]{0,31}$/.test(first) ? first : 'other'
}

const sha256 = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part)
  return hash.digest()
}

/** The entry's bytes when it is ours and whole, else undefined. */
function readEntry(folder: string, file: string): {data: Buffer; madeBySuccess: boolean} | undefined {
  try {
    if (!isPrivateToUser(statSync(folder))) return undefined
    const fd = openSync(file, 'r')
    try {
      const info = fstatSync(fd)
      if (!info.isFile() || !isPrivateToUser(info) || info.size <= HEADER_BYTES || info.size > MAX_ENTRY_BYTES) return undefined
      const bytes = Buffer.allocUnsafe(info.size)
      if (readSync(fd, bytes, 0, info.size, 0) !== info.size) return undefined
      const body = bytes.subarray(32)
      if (!sha256(body).equals(bytes.subarray(0, 32))) return undefined
      return {data: body.subarray(1), madeBySuccess: body[0] === MADE_BY_SUCCESS}
    } finally {
      closeSync(fd)
    }
  } catch {
    return undefined
  }
}

/** Writes an entry whole or not at all, then removes this command's older entries and stale temporary files. */
function writeEntry(folder: string, file: string, data: Buffer, madeBySuccess: boolean): void {
  try {
    mkdirSync(folder, {recursive: true, mode: 0o700})
    if (!isPrivateToUser(statSync(folder))) return
    const body = Buffer.concat([Buffer.of(madeBySuccess ? MADE_BY_SUCCESS : 0), data])
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`
    writeFileSync(temp, Buffer.concat([sha256(body), body]), {flag: 'wx', mode: 0o600})
    try {
      renameSync(temp, file)
    } catch {
      unlinkSync(temp)
      return
    }
    pruneCodeCache(folder, path.basename(file))
  } catch {
    // A cache that cannot be written only costs the next run its compile.
  }
}

/** Keeps `current` and the other commands' entries; removes this command's other entries (other builds, other Nodes) and stale temporary files. */
export function pruneCodeCache(folder: string, current: string, now = Date.now()): void {
  const variant = ENTRY_NAME.exec(current)?.[1]
  try {
    for (const name of readdirSync(folder)) {
      const file = path.join(folder, name)
      try {
        if (name !== current && ENTRY_NAME.exec(name)?.[1] === variant) unlinkSync(file)
        else if (TEMP_NAME.test(name) && now - statSync(file).mtimeMs > STALE_TEMP_MS) unlinkSync(file)
      } catch {
        // Removed meanwhile by another run.
      }
    }
  } catch {
    // A folder that cannot be pruned only costs disk space.
  }
}

/**
 * Loads the CommonJS bundle `bundle` as Node's require would (in require.cache under its real path, so a later
 * require of it gets the same module), with the code cache of io/code-cache.ts for the command `variant`.
 */
export function loadBundle(bundle: URL | string, variant: string, env: NodeJS.ProcessEnv = process.env): LoadedBundle {
  const file = realpathSync(typeof bundle === 'string' ? bundle : fileURLToPath(bundle))
  const bytes = readFileSync(file)
  const folder = cacheDir(env)
  const key = sha256(JSON.stringify([FORMAT, process.version, process.platform, process.arch, process.execArgv, file]), bytes).toString('hex')
  const entryFile = folder && path.join(folder, `code-${codeCacheVariant([variant])}-${key}.v8`)
  const entry = folder && entryFile ? readEntry(folder, entryFile) : undefined

  // No importModuleDynamically: Node 20 loses it for code read from a cache (import() then fails only on the
  // runs that had one), so the bundle never calls import() (scripts/bundle.mjs), and one that did would fail on every run alike.
  // scripts/bundle.mjs makes the bundle ASCII, which Latin-1 reads as a copy (UTF-8 decoding was ~10 ms of each start).
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')
  const script = new vm.Script(Module.wrap(source), {filename: file, cachedData: entry?.data})
  const cache: CodeCacheUse =
    folder === undefined ? 'off' : entry === undefined ? 'miss' : script.cachedDataRejected ? 'refused' : entry.madeBySuccess ? 'used' : 'renew'

  const module = new Module(file)
  module.filename = file
  const require = createRequire(file)
  require.cache[file] = module
  const compiled = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void
  try {
    compiled.call(module.exports, module.exports, require, module, file, path.dirname(file))
  } catch (error) {
    delete require.cache[file]
    throw error
  }
  module.loaded = true

  if (folder && entryFile && cache !== 'used') {
    process.once('exit', (code) => {
      if (cache === 'renew' && code !== 0) return
      writeEntry(folder, entryFile, script.createCachedData(), code === 0)
    })
  }
  return {exports: module.exports as Record<string, unknown>, cache}
}
