import {open, rename, unlink} from 'node:fs/promises'
import path from 'node:path'
import {fileError} from '../errors.js'

/**
 * Writes a file so that readers see either the old or the new content, never a torn one:
 * the bytes go to a temp file in the same folder, are flushed, then renamed over the target.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: {mode?: number} = {}): Promise<void> {
  const dir = path.dirname(file)
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`)
  // The mode is set at creation (a private key is never readable by others, not even briefly).
  const handle = await open(temp, 'w', options.mode ?? 0o644)
  try {
    await handle.writeFile(data)
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
export async function writeOutputFile(file: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(file, data)
  } catch (error) {
    throw fileError(file, error)
  }
}
