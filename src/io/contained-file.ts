import {constants, createReadStream} from 'node:fs'
import {lstat, open, realpath, stat} from 'node:fs/promises'
import {createHash} from 'node:crypto'
import path from 'node:path'
import {fileError, fileRefusal, UserError} from '../model/errors.js'

/** What a relative path inside a folder leads to once every symbolic link on the way is followed. */
export type ContainedFile =
  /** A regular file inside the folder; `real` is its resolved path, the one to read. */
  | {kind: 'file'; real: string}
  /** Nothing there (or a dangling link). */
  | {kind: 'missing'; dangling: boolean}
  /** Inside the folder, but a folder, a FIFO, a device or a socket: reading it would fail, block or never end. */
  | {kind: 'not-file'}
  /** A link (of the file or of a folder on the way) leads out of the folder. */
  | {kind: 'outside'}
  /** The file system refused to look (permission, a loop of links): `reason` says how, in a few words. */
  | {kind: 'unreadable'; code: string; reason: string}

/** Whether `real` is `root` or lies below it (both resolved). */
function isWithin(root: string, real: string): boolean {
  const relative = path.relative(root, real)
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
}

/**
 * Resolves `relative` (already checked to stay inside lexically: no `..` out, not absolute) against
 * `baseDir` with fs.realpath, the folder's own links resolved too, so a link to /etc/passwd, a link to a
 * sibling folder or a symlinked subfolder leading out are all seen as outside, and a link that stays
 * inside is accepted.
 */
export async function resolveContainedFile(baseDir: string, relative: string): Promise<ContainedFile> {
  const root = await realpath(baseDir)
  const joined = path.join(baseDir, relative)
  let real: string
  try {
    real = await realpath(joined)
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code
    if (errno !== 'ENOENT' && errno !== 'ENOTDIR') {
      // A file system refusal is the path's problem; anything else is a bug and is not dressed as one.
      if (typeof errno !== 'string') throw error
      return {kind: 'unreadable', ...fileRefusal(error)}
    }
    const dangling = await lstat(joined).then(
      (s) => s.isSymbolicLink(),
      () => false,
    )
    return {kind: 'missing', dangling}
  }
  if (!isWithin(root, real)) return {kind: 'outside'}
  const info = await stat(real)
  return info.isFile() ? {kind: 'file', real} : {kind: 'not-file'}
}

/**
 * sha256 (hex) of a file resolved by resolveContainedFile, streamed so a large scan costs no memory. It is
 * opened without following a link (O_NOFOLLOW: a link swapped in since the check is refused) and without
 * blocking (O_NONBLOCK: a FIFO swapped in cannot hang the run), and must still be a regular file once open.
 */
export async function sha256ContainedFile(real: string, shown: string): Promise<string> {
  let handle
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new UserError('symlink-changed', `${shown}: is a symbolic link that changed while it was read`)
    throw fileError(shown, error)
  }
  try {
    if (!(await handle.stat()).isFile()) throw new UserError('not-a-file', `${shown}: not a regular file`)
    return await new Promise<string>((resolve, reject) => {
      const hash = createHash('sha256')
      createReadStream('', {fd: handle!.fd, autoClose: false})
        .on('error', reject)
        .on('data', (chunk) => hash.update(chunk))
        .on('end', () => resolve(hash.digest('hex')))
    })
  } catch (error) {
    throw error instanceof UserError ? error : fileError(shown, error)
  } finally {
    await handle.close()
  }
}
