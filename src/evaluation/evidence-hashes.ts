import path from 'node:path'
import {UserError} from '../model/errors.js'
import type {AnswersFile} from '../generated/answers.js'
import {resolveContainedFile, sha256ContainedFile} from '../io/contained-file.js'
import {resolveEvidencePath} from '../model/evidence-path.js'

/**
 * Hashes every path evidence of an answers file, keyed by the path as written there (what evaluation
 * looks up). Paths are relative to the answers file's folder; validation has already rejected absolute
 * paths and paths leading outside it, lexically or through a symbolic link. The links are resolved again
 * here and the resolved file is hashed: a path that leads outside or to something other than a regular
 * file is refused, never followed. A file that cannot be read is a UserError naming it.
 */
export async function hashEvidenceFiles(answers: AnswersFile, baseDir: string): Promise<Map<string, string>> {
  const written = new Set<string>()
  // A site's own answers (an organisation with sites) bring their evidence too.
  const answerMaps = [answers.controls, ...(answers.sites ?? []).map((s) => s.controls ?? {})]
  for (const answer of answerMaps.flatMap((m) => Object.values(m))) {
    for (const item of answer?.evidence ?? []) {
      if (typeof item.path === 'string') written.add(item.path)
    }
  }
  const hashes = new Map<string, string>()
  for (const raw of [...written].sort()) {
    const resolved = resolveEvidencePath(raw)
    if (resolved.kind !== 'relative') continue
    const file = path.join(baseDir, resolved.path)
    const found = await resolveContainedFile(baseDir, resolved.path)
    if (found.kind === 'unreadable') throw new UserError('evidence-unreadable', `${file}: ${found.reason}`)
    if (found.kind === 'outside') throw new UserError('evidence-outside', `${file}: evidence leads outside the answers file's folder through a symbolic link`)
    if (found.kind === 'not-file') throw new UserError('evidence-not-file', `${file}: evidence is not a regular file`)
    if (found.kind === 'missing') throw new UserError('evidence-missing', `${file}: no such file or directory`)
    hashes.set(raw, await sha256ContainedFile(found.real, file))
  }
  return hashes
}
