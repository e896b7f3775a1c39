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
