import {open} from 'node:fs/promises'
import {UserError, fileError} from '../model/errors.js'

/**
 * Reads a file the user named, refusing it before reading when it is larger than `maxBytes` (and stopping
 * there should it grow while being read): a missing or unreadable file is fileError's one line, a large one
 * `code` (exit 2).
 */
export async function readBoundedInput(file: string, maxBytes: number, code: string, what: string): Promise<Buffer> {
  let handle
  try {
    handle = await open(file, 'r')
  } catch (error) {
    throw fileError(file, error)
  }
  try {
    const {size} = await handle.stat().catch((error: unknown) => {
      throw fileError(file, error)
    })
    if (size > maxBytes) throw new UserError(code, `${file}: the file is ${size} bytes; ${what} posattest reads is at most ${maxBytes}`)
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1)
    let length = 0
    for (;;) {
      const {bytesRead} = await handle.read(buffer, length, buffer.length - length, length).catch((error: unknown) => {
        throw fileError(file, error)
      })
      if (bytesRead === 0) break
      length += bytesRead
      if (length > maxBytes) throw new UserError(code, `${file}: the file is over ${maxBytes} bytes; ${what} posattest reads is at most ${maxBytes}`)
      if (length === buffer.length) break
    }
    return buffer.subarray(0, length)
  } finally {
    await handle.close()
  }
}
