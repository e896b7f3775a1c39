import {safeText} from './control-characters.js'

/** Exit codes shared by every command (README "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** Findings, a failed check, a failed gate. */
  findings: 1,
  /** Bad usage or input that cannot be read. */
  usage: 2,
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/**
 * The one error a user is meant to see: a single line saying what and where, and the exit code.
 * Anything else that escapes a command is a bug and is reported as such.
 */
export class UserError extends Error {
  readonly exitCode: ExitCode

  /** A list is several problems, one per line (every error of a policy at its place), each escaped on its own. */
  constructor(message: string | readonly string[], exitCode: ExitCode = EXIT.usage) {
    // Card numbers and control characters never reach a terminal or a log, whatever produced the message
    // (it may quote a file name or a value from a file): each line masked and escaped, so no value breaks one.
    super(typeof message === 'string' ? safeText(message) : message.map((line) => safeText(line)).join('\n'))
    this.name = 'UserError'
    this.exitCode = exitCode
  }
}

/** Node's fs errors, turned into one line naming the file. */
export function fileError(file: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException)?.code
  const reason =
    code === 'ENOENT'
      ? 'no such file or directory'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'ENOTDIR'
            ? 'not a directory'
            : ((error as Error)?.message ?? String(error))
  return new UserError(`${file}: ${reason}`)
}
