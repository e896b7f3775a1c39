import path from 'node:path'
import {resolveEvidencePath} from '../../model/evidence-path.js'
import type {ValidationContext} from './context.js'
import {dotted, type Segment} from './paths.js'

/**
 * What is wrong with one evidence path, if anything: absolute, leading outside the answers folder (lexically, or
 * through a symbolic link as the caller found), or naming something that is not a file. Undefined when the path
 * is fine, or when the caller did not look it up.
 */
export function evidencePathProblem(
  raw: string,
  at: readonly Segment[],
  context: ValidationContext,
): {rule: 'evidence-file' | 'evidence-outside'; message: string} | undefined {
  const resolved = resolveEvidencePath(raw)
  if (resolved.kind === 'absolute') {
    return {rule: 'evidence-file', message: `${dotted(at)}: ${raw} is an absolute path; give it relative to the answers file's folder`}
  }
  if (resolved.kind === 'outside') return {rule: 'evidence-file', message: `${dotted(at)}: ${raw} points outside the answers file's folder`}
  const info = context.evidenceFiles?.get(resolved.path) ?? context.fileExists?.(resolved.path)
  if (!info) return undefined
  const shown = path.posix.join(context.baseDir.replace(/\\/g, '/'), resolved.path)
  if (info.outside) {
    return {rule: 'evidence-outside', message: `${dotted(at)}: ${shown} leads outside the answers file's folder through a symbolic link`}
  }
  if (info.unreadable !== undefined) return {rule: 'evidence-file', message: `${dotted(at)}: cannot be read (${info.unreadable}): ${shown}`}
  if (!info.exists) return {rule: 'evidence-file', message: `${dotted(at)}: ${info.dangling ? 'a symbolic link to nothing' : 'no such file'}: ${shown}`}
  if (!info.isFile) return {rule: 'evidence-file', message: `${dotted(at)}: not a file: ${shown}`}
  return undefined
}
