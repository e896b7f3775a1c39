// What the control-character tests look for: any raw control, C1 or bidi character in an output.

/** C0 but the line feed (outputs are line based), DEL, C1, bidi embeddings, overrides and isolates. */
export const RAW_CONTROLS = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/

/** A signed report with one byte of its signed range changed (the Producer string): its signature no longer holds. */
export function forgedCopy(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf)
  copy[copy.indexOf('(PDFKit 0.20.2)') + '(PDFKit 0.20.'.length] = '3'.charCodeAt(0)
  return copy
}
