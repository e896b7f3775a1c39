import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {fileError} from '../model/errors.js'

export interface FoundSubmissions {
  /** Paths relative to the folder, with / separators, sorted by code unit. */
  files: string[]
  /** Folders that could not be listed: each becomes an error row, never the end of the run. */
  unlisted: {file: string; reason: string}[]
}

const SUBMISSION = /\.(pdf|json)$/i

/**
 * Every *.pdf and *.json under `dir`, recursively. Skipped: names starting with a dot (the cache, editor
 * and VCS files), the `exclude` folders (the output folder when it lies inside), and symbolic links to
 * folders (a link cycle would never end); links to files are followed.
 */
export async function findSubmissions(dir: string, options: {exclude?: readonly string[]} = {}): Promise<FoundSubmissions> {
  const excluded = new Set((options.exclude ?? []).map((d) => path.resolve(d)))
  const files: string[] = []
  const unlisted: FoundSubmissions['unlisted'] = []
  const walk = async (absolute: string, relative: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(absolute, {withFileTypes: true})
    } catch (error) {
      if (relative === '') throw fileError(dir, error)
      unlisted.push({file: relative, reason: `cannot list the folder ${fileError(relative, error).message}`})
      return
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const childAbsolute = path.join(absolute, entry.name)
      const childRelative = relative === '' ? entry.name : `${relative}/${entry.name}`
      let isDirectory = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        const target = await stat(childAbsolute).catch(() => undefined)
        isDirectory = false
        // A dangling link to a submission name is reported as an unreadable file.
        isFile = target === undefined ? SUBMISSION.test(entry.name) : target.isFile()
      }
      if (isDirectory) {
        if (!excluded.has(path.resolve(childAbsolute))) await walk(childAbsolute, childRelative)
      } else if (isFile && SUBMISSION.test(entry.name)) {
        files.push(childRelative)
      }
    }
  }
  await walk(dir, '')
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  return {files: files.sort(byCodeUnit), unlisted: unlisted.sort((a, b) => byCodeUnit(a.file, b.file))}
}
