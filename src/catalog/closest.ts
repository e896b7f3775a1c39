/** Edit distance (insertions, deletions, substitutions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase()
  const t = b.toLowerCase()
  let previous = Array.from({length: t.length + 1}, (_, j) => j)
  for (let i = 1; i <= s.length; i++) {
    const current = [i]
    for (let j = 1; j <= t.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[t.length]!
}

/**
 * The candidates nearest to a mistyped word, for "did you mean" hints: those at the smallest distance
 * (at most `maxDistance`), in the order given, at most `limit` of them.
 */
export function closestMatches(
  word: string,
  candidates: readonly string[],
  {limit = 3, maxDistance = Math.max(2, Math.floor(word.length / 2))}: {limit?: number; maxDistance?: number} = {},
): string[] {
  const scored = candidates.map((candidate) => ({candidate, distance: editDistance(word, candidate)}))
  const best = Math.min(...scored.map((s) => s.distance))
  if (!Number.isFinite(best) || best > maxDistance) return []
  return scored
    .filter((s) => s.distance === best)
    .slice(0, limit)
    .map((s) => s.candidate)
}
