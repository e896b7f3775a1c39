import {readdir} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {DEFAULT_CATALOG_DIR} from './catalog.js'

/**
 * Every catalog version posattest has released stays shipped, read-only, under controls/released/VERSION/:
 * a report signed years ago names the catalog it was evaluated against, and the gate evaluates its answers
 * again under that catalog, not under whatever is current. Releasing a new version copies the current
 * controls/ there before changing them (test/catalog/released-catalogs.test.ts holds the rules).
 */
export const RELEASED_CATALOGS_DIR = fileURLToPath(new URL('../../controls/released/', import.meta.url))

/** The released catalog folders, oldest first (a folder is named after the version it holds). */
export async function releasedCatalogDirs(root: string = RELEASED_CATALOGS_DIR): Promise<string[]> {
  const entries = await readdir(root, {withFileTypes: true}).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return entries
    .filter((entry) => entry.isDirectory() && /^\d+\.\d+\.\d+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort(compareVersions)
    .map((version) => path.join(root, version))
}

/** The catalogs a submission may name without the policy listing them: the current one first, then every release. */
export async function shippedCatalogDirs(): Promise<string[]> {
  return [DEFAULT_CATALOG_DIR, ...(await releasedCatalogDirs())]
}

/** Semantic versions compared by their numbers (1.10.0 after 1.9.0). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number))
  for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return x![i]! - y![i]!
  return 0
}
