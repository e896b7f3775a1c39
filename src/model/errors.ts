import {safeText} from './control-characters.js'
import type {Language} from './language.js'

/** Exit codes shared by every command (README "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** Findings, a failed check, a failed gate. */
  findings: 1,
  /** Bad usage or input that cannot be read. */
  usage: 2,
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

export interface UserErrorOptions {
  /** Default: usage (2), input that cannot be used. */
  exit?: ExitCode
  /** What to do about it, printed after the message as `(try: …)`. */
  next?: string
}

/**
 * The one error a user is meant to see: a stable code that programs and tests branch on, a single line saying
 * what and where, the exit code and, where one helps, the next step. Anything else that escapes a command is a
 * bug and is reported as such.
 */
export class UserError extends Error {
  /** Kebab-case and stable across releases; the message may be reworded, the code may not. */
  readonly code: string
  readonly exitCode: ExitCode
  readonly next?: string

  /** A list is several problems, one per line (every error of a policy at its place), each escaped on its own. */
  constructor(code: string, message: string | readonly string[], options: UserErrorOptions = {}) {
    // Card numbers and control characters never reach a terminal or a log, whatever produced the message
    // (it may quote a file name or a value from a file): each line masked and escaped, so no value breaks one.
    super(typeof message === 'string' ? safeText(message) : message.map((line) => safeText(line)).join('\n'))
    this.name = 'UserError'
    this.code = code
    this.exitCode = options.exit ?? EXIT.usage
    if (options.next !== undefined) this.next = safeText(options.next)
  }
}

/** Node's fs errors, turned into one line naming the file. */
export function fileError(file: string, error: unknown): UserError {
  const {code, reason} = fileRefusal(error)
  return new UserError(code, `${file}: ${reason}`)
}

/** The code and the few words ("permission denied") of a file system refusal, for callers that name the file themselves. */
export function fileRefusal(error: unknown): {code: string; reason: string} {
  const errno = (error as NodeJS.ErrnoException)?.code
  return (errno === undefined ? undefined : FILE_ERRORS[errno]) ?? {code: 'unreadable-file', reason: (error as Error)?.message ?? String(error)}
}

/** A refusal's few words in a language: fileRefusal's `reason` in English, the same by its code in the others. */
export function fileRefusalIn(refusal: {code: string; reason: string}, language: Language): string {
  return language === 'en' ? refusal.reason : (FILE_REFUSALS_ZH[refusal.code] ?? refusal.reason)
}

const FILE_REFUSALS_ZH: Readonly<Record<string, string>> = {
  'file-not-found': '文件或文件夹不存在',
  'permission-denied': '权限不足',
  'is-a-directory': '是文件夹',
  'not-a-directory': '不是文件夹',
}

const FILE_ERRORS: Readonly<Record<string, {code: string; reason: string}>> = {
  ENOENT: {code: 'file-not-found', reason: 'no such file or directory'},
  EACCES: {code: 'permission-denied', reason: 'permission denied'},
  EPERM: {code: 'permission-denied', reason: 'permission denied'},
  EISDIR: {code: 'is-a-directory', reason: 'is a directory'},
  ENOTDIR: {code: 'not-a-directory', reason: 'not a directory'},
}
