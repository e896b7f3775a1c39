import path from 'node:path'
import {fileRefusalIn} from '../../model/errors.js'
import {resolveEvidencePath} from '../../model/evidence-path.js'
import type {ValidationContext} from './context.js'
import {VALIDATE_MESSAGES, type ValidateMessages} from './messages.js'
import type {Segment} from './paths.js'

/**
 * What is wrong with one evidence path, if anything: absolute, leading outside the answers folder (lexically, or
 * through a symbolic link as the caller found), or naming something that is not a file. Undefined when the path
 * is fine, or when the caller did not look it up.
 */
export function evidencePathProblem(
  raw: string,
  at: readonly Segment[],
  context: ValidationContext,
  say: ValidateMessages = VALIDATE_MESSAGES[context.language ?? 'en'],
): {rule: 'evidence-file' | 'evidence-outside'; message: string} | undefined {
  const resolved = resolveEvidencePath(raw)
  const where = say.path(at)
  if (resolved.kind === 'absolute') {
    return {rule: 'evidence-file', message: say.absolutePath(where, raw)}
  }
  if (resolved.kind === 'outside') return {rule: 'evidence-file', message: say.pointsOutside(where, raw)}
  const info = context.evidenceFiles?.get(resolved.path) ?? context.fileExists?.(resolved.path)
  if (!info) return undefined
  const shown = path.posix.join(context.baseDir.replace(/\\/g, '/'), resolved.path)
  if (info.outside) {
    return {rule: 'evidence-outside', message: say.linksOutside(where, shown)}
  }
  if (info.unreadable !== undefined) return {rule: 'evidence-file', message: say.cannotRead(where, info.unreadableCode === undefined ? info.unreadable : fileRefusalIn({code: info.unreadableCode, reason: info.unreadable}, context.language ?? 'en'), shown)}
  if (!info.exists) return {rule: 'evidence-file', message: info.dangling ? say.danglingLink(where, shown) : say.noSuchFile(where, shown)}
  if (!info.isFile) return {rule: 'evidence-file', message: say.notAFile(where, shown)}
  return undefined
}
