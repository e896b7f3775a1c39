/**
 * Fields that hold identifiers, not free text. A 15-digit Chinese merchant id or a terminal serial can pass
 * the Luhn check by chance (one in ten does), so the card-number rule leaves these fields alone, in whatever
 * digits or layout they are written; every other string — notes, justifications, worksheets, names,
 * descriptions — is free text and is checked. A stored result repeats these paths, and is checked the same way.
 */
const IDENTIFIER_PATHS: readonly (readonly string[])[] = [
  ['assessment', 'entity', 'merchant_id'],
  ['assessment', 'entity', 'acquirer_id'],
  ['profile', 'p2pe_listing_id'],
  ['inventory', '*', 'serial'],
  ['inventory', '*', 'pts_approval'],
  ['inventory', '*', 'firmware'],
  ['inventory', '*', 'seal_ids', '*'],
]

/** Whether the value at this path of an answers file is an identifier (see above). */
export function isIdentifierField(path: readonly (string | number)[]): boolean {
  return IDENTIFIER_PATHS.some(
    (pattern) => pattern.length === path.length && pattern.every((p, i) => p === '*' || p === String(path[i])),
  )
}

/** Inventory CSV columns that hold identifiers. */
export const IDENTIFIER_COLUMNS: ReadonlySet<string> = new Set(['serial', 'pts_approval', 'firmware', 'seal_ids'])

/** Keys of a stored result that hold identifiers or digests wherever they appear (a SHA-256 in hex holds digit runs). */
const RESULT_IDENTIFIER_KEYS: ReadonlySet<string> = new Set(['sha256', 'serial', 'pts_approval', 'firmware', 'merchant_id', 'acquirer_id', 'p2pe_listing_id'])

/**
 * Whether the value at this path of a stored result is an identifier: the answers' identifier fields where the
 * result repeats them, and any field the result names after an identifier or a digest (evidence SHA-256, the
 * serials of device checks), wherever it nests.
 */
export function isResultIdentifierField(path: readonly (string | number)[]): boolean {
  if (isIdentifierField(path)) return true
  const last = path[path.length - 1]
  const parent = path[path.length - 2]
  return (typeof last === 'string' && RESULT_IDENTIFIER_KEYS.has(last)) || (typeof last === 'number' && parent === 'seal_ids')
}
