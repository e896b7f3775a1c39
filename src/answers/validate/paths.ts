/** Paths into an answers value (keys and list indexes), shared by the checker and the card-number scan. */

export type Segment = string | number
export type JsonPath = readonly Segment[]

/** A path as a message names it: `controls.CUS-01.status`, or `(the file)` for the root. */
export function dotted(at: readonly Segment[]): string {
  return at.length === 0 ? '(the file)' : at.join('.')
}

/** Whether `full` lies at or below `prefix`. */
export function startsWith(full: readonly Segment[], prefix: readonly Segment[]): boolean {
  return prefix.length <= full.length && prefix.every((s, i) => String(s) === String(full[i]))
}

/** Calls `visit` with every string in a value and its path. */
export function walkStrings(value: unknown, at: Segment[], visit: (text: string, at: Segment[]) => void): void {
  if (typeof value === 'string') visit(value, at)
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, [...at, i], visit))
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) walkStrings(v, [...at, k], visit)
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
