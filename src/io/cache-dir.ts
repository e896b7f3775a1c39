import type {Stats} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/*
 * posattest's cache folder, shared by the catalog cache (catalog/catalog-cache.ts) and the CLI's code cache
 * (io/code-cache.ts): $POSATTEST_CACHE_DIR, else $XDG_CACHE_HOME/posattest or ~/.cache/posattest, else
 * <tmpdir>/posattest-<uid>. POSATTEST_CACHE_DIR=off turns both off.
 */

/** The cache folder, or undefined when turned off or there is nowhere to put it. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.POSATTEST_CACHE_DIR
  if (given === 'off') return undefined
  if (given) return path.resolve(given)
  // A relative XDG_CACHE_HOME is ignored, as the XDG Base Directory specification says.
  const xdg = env.XDG_CACHE_HOME
  const base = xdg && path.isAbsolute(xdg) ? xdg : os.homedir() ? path.join(os.homedir(), '.cache') : undefined
  if (base && path.isAbsolute(base)) return path.join(base, 'posattest')
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user'
  return path.join(os.tmpdir(), `posattest-${uid}`)
}

/**
 * True for a file or folder of this user's that no one else may write (POSIX); on other systems, present is enough.
 * What a cache holds is used as it is, so an entry another user could have written is never read.
 */
export function isPrivateToUser(info: Stats): boolean {
  if (typeof process.getuid !== 'function') return true
  return info.uid === process.getuid() && (info.mode & 0o022) === 0
}
