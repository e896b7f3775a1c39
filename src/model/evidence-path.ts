import path from 'node:path'

/**
 * Where an evidence path of an answers file points, worked out from the text alone (the disk is io's business:
 * src/io/contained-file.ts follows the links). Evidence paths are relative to the answers file's folder.
 */
export type EvidencePath =
  | {kind: 'relative'; path: string}
  | {kind: 'absolute'}
  | {kind: 'outside'}

/** Where an evidence path points, normalised to forward slashes (`a/../b.csv` → `b.csv`). */
export function resolveEvidencePath(raw: string): EvidencePath {
  const slashed = raw.replace(/\\/g, '/')
  if (slashed.startsWith('/') || /^[a-zA-Z]:/.test(slashed)) return {kind: 'absolute'}
  const normalised = path.posix.normalize(slashed)
  if (normalised === '..' || normalised.startsWith('../')) return {kind: 'outside'}
  return {kind: 'relative', path: normalised}
}

/** The relative evidence paths an answers value names, each once and sorted, for the caller to look up. */
export function evidencePathsOf(value: unknown): string[] {
  const controls = isRecord(value) ? value.controls : undefined
  // A site's own answers (an organisation with sites) name evidence too.
  const sites = isRecord(value) && Array.isArray(value.sites) ? value.sites : []
  const maps = [controls, ...sites.map((s) => (isRecord(s) ? s.controls : undefined))].filter(isRecord)
  const found = new Set<string>()
  for (const answer of maps.flatMap((m) => Object.values(m))) {
    const evidence = isRecord(answer) ? answer.evidence : undefined
    if (!Array.isArray(evidence)) continue
    for (const item of evidence) {
      if (!isRecord(item) || typeof item.path !== 'string') continue
      const resolved = resolveEvidencePath(item.path)
      if (resolved.kind === 'relative') found.add(resolved.path)
    }
  }
  return [...found].sort()
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
