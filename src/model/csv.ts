/**
 * One RFC 4180 field (csv-stringify is not a dependency; csv-parse only reads). Fields holding a comma,
 * quote or line break are quoted with quotes doubled. A text starting with = + - @ or a tab would be run as a
 * formula by spreadsheet programs: texts come from users' files, so such text gets a leading '.
 * Callers pass text through safeText first (card numbers masked, control characters escaped).
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A whole CSV document: the header, then one line per row, CRLF line ends as RFC 4180 has them. */
export function csvDocument(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  const lines = [header.map((h) => csvField(h)).join(',')]
  for (const row of rows) lines.push(row.map((value) => csvField(value)).join(','))
  return lines.join('\r\n') + '\r\n'
}
