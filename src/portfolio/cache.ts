import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {PortfolioRow} from './portfolio-row.js'

/** Kept in the output folder; its dot keeps it out of a portfolio that lies around it. */
export const CACHE_FILE = '.posattest-cache.json'
const CACHE_FORMAT = 'posattest-portfolio-cache'
/** 2: rows carry agent and trusted_time; a cache of rows without them is not reused. */
const CACHE_VERSION = 2

/** A row without its file name: the same bytes may sit at another path in the next run. */
export type CachedRow = Omit<PortfolioRow, 'file'>

export interface CacheContext {
  policySha256: string
  rootsSha256: string
  now: string
  /** posattest's version: another version may judge the same bytes differently. */
  version: string
}

/**
 * The cache key of a submission: everything its row depends on. The content's hash stands for the file;
 * the policy's bytes, the trusted roots and the day of judgement for the judgement.
 */
export function cacheKey(contentSha256: string, context: CacheContext): string {
  return createHash('sha256')
    .update([contentSha256, context.policySha256, context.rootsSha256, context.now, context.version].join('\n'))
    .digest('hex')
}

/**
 * Reads the cache of an output folder. A missing, damaged or foreign cache is an empty one: the cache only
 * saves time, so it never stops a run.
 */
export async function readCache(outdir: string): Promise<Map<string, CachedRow>> {
  try {
    const value = JSON.parse(await readFile(path.join(outdir, CACHE_FILE), 'utf8')) as {format?: unknown; version?: unknown; entries?: unknown}
    if (value?.format !== CACHE_FORMAT || value.version !== CACHE_VERSION || typeof value.entries !== 'object' || value.entries === null) return new Map()
    return new Map(
      Object.entries(value.entries as Record<string, CachedRow>).filter(
        ([key, row]) => /^[0-9a-f]{64}$/.test(key) && typeof row === 'object' && row !== null && typeof row.outcome === 'string',
      ),
    )
  } catch {
    return new Map()
  }
}

/** The cache to write back: the entries of this run only, so it never grows past the book. */
export function serializeCache(entries: ReadonlyMap<string, CachedRow>): string {
  return [...cacheChunks(entries)].join('')
}

/**
 * serializeCache in pieces, one entry each, to be written as they are made: the same text as
 * JSON.stringify({format, version, entries}) (the keys are hex digests, never array indices, so an object
 * would keep them in this order too).
 */
export function* cacheChunks(entries: ReadonlyMap<string, CachedRow>): Generator<string> {
  const keys = [...entries.keys()].sort((a, b) => (a < b ? -1 : 1))
  yield `{"format":${JSON.stringify(CACHE_FORMAT)},"version":${CACHE_VERSION},"entries":{`
  for (const [index, key] of keys.entries()) yield `${index === 0 ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(entries.get(key))}`
  yield '}}\n'
}
