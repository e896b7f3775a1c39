/**
 * The two cheap checks that tell "not a PDF at all" and "a PDF cut short" apart before any parsing,
 * so that both get their own one-line message.
 */
export function pdfProblem(bytes: Uint8Array): {code: 'not-a-pdf' | 'truncated-pdf'; message: string} | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1')
  if (!head.includes('%PDF-')) return {code: 'not-a-pdf', message: 'not a PDF file (no %PDF- header)'}
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 64))).toString('latin1')
  if (!/%%EOF[\0\t\n\f\r ]*$/.test(tail)) return {code: 'truncated-pdf', message: 'truncated or damaged PDF (it does not end with %%EOF)'}
  return undefined
}
