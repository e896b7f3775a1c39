import {randomBytes} from 'node:crypto'
import {lstat, open, readdir, rename, unlink} from 'node:fs/promises'
import path from 'node:path'
import {fileError} from '../model/errors.js'

const TEMP_SUFFIX = '.posattest-tmp'

/**
 * A temp file older than this is stale even when the pid in its name is alive: pids are reused, and no
 * write of posattest's (answers, a result, a report, a summary) takes anywhere near this long.
 */
export const STALE_TEMP_MS = 10 * 60 * 1000

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** `.<name>.<pid>.<random>.posattest-tmp`: recognisable per target, with the writing process in it. */
export function tempFileName(file: string, pid = process.pid): string {
  return `.${path.basename(file)}.${pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`
}

/** The pid in the name of a temp file of `file`'s (this version's names and the earlier `.<name>.<pid>.<ms>.tmp`), or undefined. */
function tempOwner(file: string, entry: string): number | undefined {
  const name = escapeRegExp(path.basename(file))
  const match = new RegExp(`^\\.${name}\\.(\\d+)\\.(?:[0-9a-f]+${escapeRegExp(TEMP_SUFFIX)}|\\d+\\.tmp)$`).exec(entry)
  return match ? Number(match[1]) : undefined
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the temp files an interrupted write of `file` left beside it (a killed process cannot clean up
 * after itself). One is stale when the process named in it is gone, or when it is older than STALE_TEMP_MS
 * whatever the pid (a reused pid must not keep it forever). A live writer's temp is fresh and its pid
 * alive, so a concurrent write is never broken. The pid is only meaningful on this machine: a writer on
 * another host sharing the folder could lose its temp, and then its rename fails and the target keeps the
 * previous content, which is still never torn. Best effort: a temp that cannot be removed is left.
 */
export async function sweepStaleTemps(file: string, now = Date.now()): Promise<string[]> {
  const dir = path.dirname(file)
  let entries: string[]
  try {
    entries = await readdir(dir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const entry of entries) {
    const pid = tempOwner(file, entry)
    if (pid === undefined) continue
    const temp = path.join(dir, entry)
    try {
      const info = await lstat(temp)
      if (!info.isFile()) continue
      const old = now - info.mtimeMs > STALE_TEMP_MS
      if (!old && (pid === process.pid || processAlive(pid))) continue
      await unlink(temp)
      removed.push(temp)
    } catch {
      // Gone already (its writer renamed it) or not ours to remove.
    }
  }
  return removed
}

/**
 * Writes a file so that readers see either the old or the new content, never a torn one:
 * the bytes go to a temp file in the same folder, are flushed, then renamed over the target.
 * Temps an earlier, interrupted write left behind are swept first (sweepStaleTemps).
 */
/**
 * What a file is written from: its text or bytes, or its text in pieces (a large summary is written as it is
 * made, never held whole).
 */
export type FileData = string | Uint8Array | Iterable<string>

/** Pieces of text are gathered into writes of about this many characters. */
const WRITE_CHUNK = 1 << 16

async function writeData(handle: Awaited<ReturnType<typeof open>>, data: FileData): Promise<void> {
  if (typeof data === 'string' || data instanceof Uint8Array) return handle.writeFile(data)
  let pending: string[] = []
  let size = 0
  for (const piece of data) {
    pending.push(piece)
    size += piece.length
    if (size >= WRITE_CHUNK) {
      await handle.write(pending.join(''))
      pending = []
      size = 0
    }
  }
  if (pending.length > 0) await handle.write(pending.join(''))
}

export async function writeFileAtomic(file: string, data: FileData, options: {mode?: number} = {}): Promise<void> {
  await sweepStaleTemps(file)
  const temp = path.join(path.dirname(file), tempFileName(file))
  // The mode is set at creation (a private key is never readable by others, not even briefly); 'wx' never
  // reuses a file already there.
  const handle = await open(temp, 'wx', options.mode ?? 0o644)
  try {
    await writeData(handle, data)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await unlink(temp).catch(() => {})
    throw error
  }
  await handle.close()
  try {
    await rename(temp, file)
  } catch (error) {
    await unlink(temp).catch(() => {})
    throw error
  }
}

/** writeFileAtomic for a file the user named: a failure is one line naming the file (exit 2). */
export async function writeOutputFile(file: string, data: FileData): Promise<void> {
  try {
    await writeFileAtomic(file, data)
  } catch (error) {
    throw fileError(file, error)
  }
}
