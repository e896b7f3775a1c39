import {maskCardNumbers} from './pan.js'

/**
 * Characters that can change what a terminal, a CI log, a spreadsheet or a PDF viewer shows without being
 * seen themselves: C0 controls (all of them: in one value even a line break or a tab would fake a new line
 * or column), DEL, C1 controls (U+009B is a one-byte CSI on many terminals), line/paragraph separators,
 * format characters (Cf: bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, marks,
 * zero-width characters, the BOM, tags) and lone surrogates.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu
const INVISIBLE_TEST = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u
const INVISIBLE_BUT_NEWLINE = /[\0-\t\v-\x1f\x7f-\x9f\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu

const SHORT: Readonly<Record<string, string>> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'}

function visible(char: string): string {
  const short = SHORT[char]
  if (short) return short
  const code = char.codePointAt(0)!
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`
}

/**
 * The text with every invisible or control character written as a visible escape: `\n`, `\r`, `\t`,
 * `\xNN` up to U+00FF, `\u{…}` above. A backslash is left as it is, so ordinary paths and names print
 * unchanged; the output then has no control character left, so escaping twice changes nothing.
 * `keepNewlines` keeps line breaks for layouts where they are layout (the PDF's multi-line notes).
 */
export function escapeControlCharacters(text: string, options: {keepNewlines?: boolean} = {}): string {
  if (!INVISIBLE_TEST.test(text)) return text
  return text.replace(options.keepNewlines ? INVISIBLE_BUT_NEWLINE : INVISIBLE, visible)
}

/**
 * What may be shown of a string read from a user's file: card numbers masked (src/pan.ts), then control
 * characters escaped. Masking comes first, on the raw text; but a control character between digits would
 * split a card number so the masking misses it, and escaping would then print its digits around a visible
 * `\x1b`. So when dropping the invisible characters reveals a card number, the text is masked with them
 * dropped (they were invisible anyway: nothing a reader could see is lost but the attack).
 */
export function safeText(text: string, options: {keepNewlines?: boolean} = {}): string {
  const masked = maskCardNumbers(text)
  if (!INVISIBLE_TEST.test(masked)) return masked
  // A control character between digits may stand for nothing or for a gap between groups: try both readings.
  for (const stand of ['', ' ']) {
    const read = masked.replace(INVISIBLE, stand)
    const remasked = maskCardNumbers(read)
    if (remasked !== read) return remasked
  }
  return escapeControlCharacters(masked, options)
}

/** safeText for an optional value. */
export function safeOptional<T extends string | null | undefined>(text: T): T {
  return (typeof text === 'string' ? safeText(text) : text) as T
}

function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, map)) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [map(k), mapStrings(v, map)])) as T
  }
  return value
}

/** Every string in a JSON-like value passed through safeText (keys too: a map's keys may come from a file). */
export function safeDeep<T>(value: T, options: {keepNewlines?: boolean} = {}): T {
  return mapStrings(value, (text) => safeText(text, options))
}

/**
 * Every string in a JSON-like value with its control characters escaped, and nothing masked: for a
 * document whose card numbers validation has already refused and whose hex digests must print intact.
 */
export function escapeDeep<T>(value: T, options: {keepNewlines?: boolean} = {}): T {
  return mapStrings(value, (text) => escapeControlCharacters(text, options))
}
