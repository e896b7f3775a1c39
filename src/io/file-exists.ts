import {stat} from 'node:fs/promises'
import {fileError} from '../model/errors.js'

/** Whether something is at `file` (so a command can refuse to overwrite it); other stat failures are a UserError. */
export async function fileExists(file: string): Promise<boolean> {
  try {
    await stat(file)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw fileError(file, error)
  }
}
