import {mkdtemp, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/*
 * The test run keeps its catalog cache in a folder of its own, removed at the end: tests never read entries a
 * user's posattest wrote, and never leave theirs in the user's ~/.cache.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const saved = process.env.POSATTEST_CACHE_DIR
  const dir = await mkdtemp(path.join(os.tmpdir(), 'posattest-test-cache-'))
  process.env.POSATTEST_CACHE_DIR = dir
  return async () => {
    if (saved === undefined) delete process.env.POSATTEST_CACHE_DIR
    else process.env.POSATTEST_CACHE_DIR = saved
    await rm(dir, {recursive: true, force: true})
  }
}
