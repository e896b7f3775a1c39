/**
 * A spreadsheet's CSV as text, within a size bound, or the one-line reason it cannot be read: shared by the
 * terminal list (`inventory import`) and the list of sites (`init --sites`), so both refuse the same files
 * with the same words. A BOM is dropped, and \r\n becomes \n: csv-parse reports lines reliably only for \n
 * endings, and a \r before \n changes no line or column.
 */
export function csvInputText(input: string | Uint8Array, maxBytes: number): {text: string} | {problem: string} {
  let text: string
  if (typeof input === 'string') text = input
  else if (input.byteLength > maxBytes) return {problem: `file is ${input.byteLength} bytes; the limit is ${maxBytes}`}
  else {
    try {
      text = new TextDecoder('utf-8', {fatal: true}).decode(input)
    } catch {
      return {problem: 'not UTF-8 text; save the spreadsheet as "CSV UTF-8"'}
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return {text: text.replace(/\r\n/g, '\n')}
}
