/**
 * CSV as posattest writes it (the portfolio's summary.csv, a report's attached inventory): RFC 4180 fields and
 * CRLF line ends, made safe to open in a spreadsheet. csv-stringify is not a dependency; csv-parse only reads.
 */

/**
 * One RFC 4180 field. Fields holding a comma, quote or line break are quoted with quotes doubled. A text
 * starting with = + - @ or a tab would be run as a formula by spreadsheet programs: text from submissions and
 * answers files gets a leading ' then.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A header and rows as CSV text: fields joined by commas, every line (the last too) ended by CRLF. */
export function csvText(header: readonly string[], rows: Iterable<readonly (string | number | boolean | null)[]>): string {
  const lines = [header.map(csvField).join(',')]
  for (const row of rows) lines.push(row.map(csvField).join(','))
  return lines.join('\r\n') + '\r\n'
}
