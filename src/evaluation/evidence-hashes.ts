import {createHash} from 'node:crypto'
import {createReadStream} from 'node:fs'
import path from 'node:path'
import {resolveEvidencePath} from '../answers/validate.js'
import {fileError} from '../errors.js'
import type {AnswersFile} from '../generated/answers.js'

/** sha256 (hex) of one file, streamed so a large scan or video costs no memory. */
export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
  })
}

/**
 * Hashes every path evidence of an answers file, keyed by the path as written there (what evaluation
 * looks up). Paths are relative to the answers file's folder; validation has already rejected absolute
 * paths and paths leading outside it. A file that cannot be read is a UserError naming it.
 */
export async function hashEvidenceFiles(answers: AnswersFile, baseDir: string): Promise<Map<string, string>> {
  const written = new Set<string>()
  for (const answer of Object.values(answers.controls)) {
    for (const item of answer?.evidence ?? []) {
      if (typeof item.path === 'string') written.add(item.path)
    }
  }
  const hashes = new Map<string, string>()
  for (const raw of [...written].sort()) {
    const resolved = resolveEvidencePath(raw)
    if (resolved.kind !== 'relative') continue
    const file = path.join(baseDir, resolved.path)
    try {
      hashes.set(raw, await sha256File(file))
    } catch (error) {
      throw fileError(file, error)
    }
  }
  return hashes
}
