/**
 * The tiny line convention that report templates write and the PDF layout reads. One line, one block:
 *
 *   % text            the cover title
 *   # text            a section heading (gets a PDF outline entry)
 *   ## text           a subsection heading (outline entry under the section)
 *   ### text          a minor heading
 *   - text            a bullet
 *   1. text           a numbered item (any number)
 *   > text            a muted note
 *   ! text            a warning, drawn in red
 *   = label | value   a label and its value side by side
 *   @name arg...      a layout element drawn by code (chart, table, control cards)
 *   (blank line)      a paragraph gap
 *   anything else     a paragraph
 *
 * Text that comes from the data passes through `plainText` first, so a note beginning with "# " or holding a
 * line break can never turn into a heading or split a block.
 */

export type TextBlock =
  | {kind: 'title' | 'h1' | 'h2' | 'h3' | 'paragraph' | 'bullet' | 'note' | 'warning'; text: string}
  | {kind: 'numbered'; number: string; text: string}
  | {kind: 'field'; label: string; value: string}
  | {kind: 'directive'; name: string; args: string[]}
  | {kind: 'gap'}

/** Stands for a line break inside a value; the layout turns it back into "\n". */
const LINE_BREAK = '\u2028'
/** Put before a value that would otherwise start with a marker; the layout removes it. */
const GUARD = '\u2060'
const MARKER_START = /^\s*([%#\-!>=@]|\d+\.\s)/

/** Makes data text safe to place anywhere in a template line. */
export function plainText(value: string): string {
  const text = value
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .replace(/\n/g, LINE_BREAK)
  return MARKER_START.test(text) ? GUARD + text : text
}

/** The text a block shows: line breaks restored, guards removed. */
function display(text: string): string {
  return text.replaceAll(GUARD, '').replaceAll(LINE_BREAK, '\n').trim()
}

/** Splits template output into blocks; consecutive blank lines collapse into one gap. */
export function parseTextBlocks(source: string): TextBlock[] {
  const blocks: TextBlock[] = []
  for (const raw of source.split('\n')) {
    const line = raw.trimEnd()
    if (line.trim() === '') {
      if (blocks.length > 0 && blocks.at(-1)!.kind !== 'gap') blocks.push({kind: 'gap'})
      continue
    }
    blocks.push(parseLine(line.trimStart()))
  }
  while (blocks.at(-1)?.kind === 'gap') blocks.pop()
  return blocks
}

function parseLine(line: string): TextBlock {
  // The s flag: a value's line breaks (U+2028) are line terminators to a plain `.`.
  const prefixed = /^(%|###|##|#|-|>|!) (.*)$/s.exec(line)
  if (prefixed) {
    const kinds = {'%': 'title', '###': 'h3', '##': 'h2', '#': 'h1', '-': 'bullet', '>': 'note', '!': 'warning'} as const
    return {kind: kinds[prefixed[1] as keyof typeof kinds], text: display(prefixed[2]!)}
  }
  const numbered = /^(\d+)\. (.*)$/s.exec(line)
  if (numbered) return {kind: 'numbered', number: numbered[1]!, text: display(numbered[2]!)}
  const field = /^= ([^|]*)\|(.*)$/s.exec(line)
  if (field) return {kind: 'field', label: display(field[1]!), value: display(field[2]!)}
  const directive = /^@([a-z][a-z-]*)((?: +\S+)*)$/.exec(line)
  if (directive) return {kind: 'directive', name: directive[1]!, args: directive[2]!.trim().split(/ +/).filter(Boolean)}
  return {kind: 'paragraph', text: display(line)}
}
