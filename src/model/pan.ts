/**
 * Primary account numbers (card numbers) in free text. posattest never stores one: validation rejects text
 * holding one and every message masks it. One scanner serves every check and every mask.
 *
 * The rule (README, "Card numbers"): the text is read as digit groups. A digit is any Unicode decimal digit
 * (`\p{Nd}`: full-width, Arabic-Indic, Devanagari…) or a character NFKC maps to a digit (superscripts, circled
 * digits), taken at its value. Invisible characters (format characters such as zero-width spaces, U+2060,
 * U+FEFF, soft hyphens and bidi controls; combining marks) never count as text. Two groups are joined when the
 * gap between them is
 *   - 1–3 blanks (space, tab, any Unicode space: U+00A0, U+202F, U+3000…), or
 *   - one dash, one dot or one slash (any Unicode dash or minus, the full-width forms), no blank around it,
 * optionally followed by one line break and the next line's indentation (a YAML folded or literal block, or a
 * plain scalar, continued on the next line); or when the gap is only such a line break, or only invisible
 * characters (a "loose" gap). Anything else (a word, a comma, " - ", a blank line, a line starting with "- "
 * or "#") ends a run of groups. A card number is a stretch of whole groups of one run with
 *   - 13–19 digits in all, the first of them 1–9 (ISO/IEC 7812: no issuer number starts with 0), passing Luhn;
 *   - one kind of gap: all blanks, all dashes, all dots or all slashes (loose gaps aside), as a number is
 *     written with one separator;
 *   - a card layout: every group but the last has 4–6 digits and the last 1–6 (4-4-4-4, 4-6-5, 4-4-4-4-3…),
 *     or it is one unbroken group; a loose gap may be read as a group boundary or as falling inside a group
 *     (a line break or an invisible character can fall anywhere in a number), whichever fits;
 *   - not one group of 13–15 digits right after a "+" (an E.164 telephone number: +8613800138000), nor
 *     ending on the whole part of an amount (a group followed by a dot and digits, unless dots separate it);
 *   - when it is read with a line break inside a group, joined to other digits by nothing but blanks
 *     ("serial 859440924⏎  2026-03-01" is a serial and a date, not a number folded across two lines).
 * So dates and times (2-digit groups), IP addresses, versions, amounts and telephone numbers (groups of 2–3
 * digits, a leading 0 or +, a date or a second number after a different separator) are not joined into one,
 * while a card number behind a date or before its expiry ("2026-11-20 4111 1111 1111 1111 12/28") is found. Of
 * the stretches starting at one group the longest wins. The scan is linear: one pass builds the groups (with
 * the map from normalised digits back to offsets in the text), then each group starts at most 19 stretches.
 */

export interface CardNumberMatch {
  /** Offset (UTF-16) of the first digit in the text. */
  index: number
  /** The matched text as written, from the first digit to the last, separators included. */
  text: string
  /** The number masked to its first six and last four digits (ASCII). */
  masked: string
}

export function luhnValid(digits: string): boolean {
  const values = new Uint8Array(digits.length)
  for (let i = 0; i < digits.length; i++) values[i] = digits.charCodeAt(i) - 48
  return luhnOf(values, 0, values.length)
}

export function maskDigits(digits: string): string {
  return digits.slice(0, 6) + '*'.repeat(digits.length - 10) + digits.slice(-4)
}

// ── character classes ──────────────────────────────────────────────────────
// 0–9 are digit values; the rest are separator kinds.
// BLANK, DASH, DOT and SLASH double as the kind of a gap made of them (Groups.link).
const BLANK = 10
const DASH = 11
const DOT = 12
const SLASH = 13
const BREAK = 14
const PLUS = 15
const INVISIBLE = 16
const OTHER = 17
const DIGITS = 18 // a character NFKC expands to two digits (⑩ → 10); see EXPANSIONS

const MAX_BLANKS = 3
const MIN_DIGITS = 13
const MAX_DIGITS = 19
const MAX_PHONE_DIGITS = 15 // E.164
// Bit sets of group lengths: a card group (every group but the last), a last group, any length a number can have.
const CARD_GROUP = 0b1110000
const LAST_GROUP = 0b1111110
const FITS = (1 << 20) - 1
// With FITS, a reading of a stretch (readAs): whether it can be one unbroken group.
const UNBROKEN = 1 << 20

const classCache = new Map<number, number>()
const EXPANSIONS = new Map<number, Uint8Array>()

function asciiClass(code: number): number {
  if (code >= 48 && code <= 57) return code - 48
  if (code === 32 || code === 9 || code === 11 || code === 12) return BLANK
  if (code === 10 || code === 13) return BREAK
  if (code === 45) return DASH
  if (code === 46) return DOT
  if (code === 47) return SLASH
  if (code === 43) return PLUS
  return OTHER
}

const DECIMAL_DIGIT = /^\p{Nd}$/u
const SPACE = /^\p{Zs}$/u
const DASH_CHAR = /^[\p{Pd}\u2212]$/u
const INVISIBLE_CHAR = /^[\p{Cf}\p{Mn}\p{Me}]$/u
// Dots and slashes NFKC leaves alone (it maps the full-width and small forms itself).
const EXTRA_DOTS = new Set([0x00b7, 0x2027, 0x30fb])
const EXTRA_SLASHES = new Set([0x2044, 0x2215])
const EXTRA_BREAK = new Set([0x85, 0x2028, 0x2029])

/** The class of a code point outside ASCII, computed once per code point. */
function unicodeClass(cp: number): number {
  const cached = classCache.get(cp)
  if (cached !== undefined) return cached
  const char = String.fromCodePoint(cp)
  let kind = OTHER
  if (DECIMAL_DIGIT.test(char)) {
    // Unicode encodes decimal digits only as runs of ten, 0 to 9, so the value is the distance from the run's start.
    let start = cp
    while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--
    kind = (cp - start) % 10
  } else if (SPACE.test(char)) kind = BLANK
  else if (EXTRA_BREAK.has(cp)) kind = BREAK
  else if (DASH_CHAR.test(char)) kind = DASH
  else if (EXTRA_DOTS.has(cp)) kind = DOT
  else if (EXTRA_SLASHES.has(cp)) kind = SLASH
  else if (INVISIBLE_CHAR.test(char)) kind = INVISIBLE
  else {
    const folded = char.normalize('NFKC')
    if (folded !== char && folded.length > 0) {
      if (/^[0-9]{1,2}$/.test(folded)) {
        if (folded.length === 1) kind = folded.charCodeAt(0) - 48
        else {
          kind = DIGITS
          EXPANSIONS.set(cp, Uint8Array.from(folded, (c) => c.charCodeAt(0) - 48))
        }
      } else if (folded.length === 1 && folded.charCodeAt(0) < 128) {
        const ascii = asciiClass(folded.charCodeAt(0))
        if (ascii >= BLANK && ascii <= SLASH) kind = ascii
        else if (ascii === PLUS) kind = PLUS
      }
    }
  }
  classCache.set(cp, kind)
  return kind
}

// ── scanning ───────────────────────────────────────────────────────────────

/**
 * The text's digit groups, normalised: `digits` holds every digit's value in order, and group g spans
 * digits[from[g], to[g]) and the text [start[g], end[g]) — the map from normalised digits back to the text.
 * `link[g]` says how group g hangs on to the one before it: NONE (it starts a run), FOLD, HIDDEN, or the kind of its
 * gap (BLANK, DASH, DOT, SLASH);
 * `plus[g]` that a run's first group comes right after "+".
 */
interface Groups {
  count: number
  digits: Uint8Array
  from: Uint32Array
  to: Uint32Array
  start: Uint32Array
  end: Uint32Array
  link: Uint8Array
  plus: Uint8Array
}

const NONE = 0
const FOLD = 1 // a gap with a line break
const HIDDEN = 2 // a gap of invisible characters only

function scanGroups(text: string, maxDigits: number): Groups {
  // Each digit starts at most one group.
  const digits = new Uint8Array(maxDigits)
  const size = maxDigits + 1
  const g: Groups = {
    count: 0,
    digits,
    from: new Uint32Array(size),
    to: new Uint32Array(size),
    start: new Uint32Array(size),
    end: new Uint32Array(size),
    link: new Uint8Array(size),
    plus: new Uint8Array(size),
  }
  let n = 0 // digits written
  let inGroup = false
  // The gap since the last group: its shape so far, or broken.
  let gapBroken = true
  let blanks = 0
  let punct = NONE // the dash, dot or slash of the gap
  let lineBreak = false
  let invisibleOnly = false
  let lastWasCr = false
  let previous = OTHER // class of the last visible character (for "+")

  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i)
    let cp = code
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) cp = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000
    }
    const width = cp > 0xffff ? 2 : 1
    // CJK ideographs and Hangul syllables (most of a Chinese file) are never digits or separators.
    const kind = cp < 128 ? asciiClass(cp) : (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7a3) ? OTHER : unicodeClass(cp)

    if (kind < 10 || kind === DIGITS) {
      if (!inGroup) {
        const k = g.count++
        g.link[k] = gapBroken ? NONE : lineBreak ? FOLD : invisibleOnly ? HIDDEN : punct === NONE ? BLANK : punct
        g.plus[k] = previous === PLUS ? 1 : 0
        g.from[k] = n
        g.start[k] = i
        inGroup = true
      }
      if (kind === DIGITS) for (const d of EXPANSIONS.get(cp)!) digits[n++] = d
      else digits[n++] = kind
      g.to[g.count - 1] = n
      g.end[g.count - 1] = i + width
    } else {
      if (inGroup) {
        inGroup = false
        gapBroken = false
        blanks = 0
        punct = NONE
        lineBreak = false
        invisibleOnly = true
      }
      if (kind === INVISIBLE) {
        // A combining mark or invisible character right after a group's last digit goes with it.
        if (g.count > 0 && g.end[g.count - 1] === i) g.end[g.count - 1] = i + width
        i += width
        continue
      }
      invisibleOnly = false
      if (!gapBroken) {
        if (kind === BREAK) {
          // \r\n is one line break; a second one is a blank line, which ends the run.
          if (!(lastWasCr && code === 10)) {
            if (lineBreak) gapBroken = true
            lineBreak = true
          }
        } else if (kind === BLANK) {
          if (!lineBreak && (punct !== NONE || ++blanks > MAX_BLANKS)) gapBroken = true
        } else if (kind >= DASH && kind <= SLASH) {
          if (lineBreak || blanks > 0 || punct !== NONE) gapBroken = true
          punct = kind
        } else gapBroken = true
      }
      lastWasCr = code === 13
      previous = kind
    }
    i += width
  }
  return g
}

/**
 * The readings of a stretch once a group of `size` digits is added after `before` digits: bit n set if it can be
 * read as whole card groups and an open last group of n digits, UNBROKEN if as one group. A loose gap may be a
 * group boundary or fall inside a group; any other gap is a boundary, where the open group must be a card group.
 * 0 means no reading is left.
 */
function readAs(readings: number, before: number, size: number, loose: boolean): number {
  const open = readings & FITS
  const unbroken = (readings & UNBROKEN) !== 0
  const closes = (open & CARD_GROUP) !== 0 || (unbroken && before >= 4 && before <= 6)
  const next = closes ? 1 << size : 0
  return loose ? ((next | (open << size)) & FITS) | (readings & UNBROKEN) : next & FITS
}

function fitsCard(readings: number): boolean {
  return (readings & (UNBROKEN | LAST_GROUP)) !== 0
}

function luhnOf(digits: Uint8Array, from: number, to: number): boolean {
  let sum = 0
  let double = false
  for (let i = to - 1; i >= from; i--) {
    let d = digits[i]!
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return sum % 10 === 0
}

/** Every card number in the text (see the rule at the top), at its first digit, in order. */
export function findCardNumbers(text: string): CardNumberMatch[] {
  const found: CardNumberMatch[] = []
  const maxDigits = digitBound(text)
  if (maxDigits < MIN_DIGITS) return found
  const g = scanGroups(text, maxDigits)
  const length = (k: number) => g.to[k]! - g.from[k]!
  let i = 0
  while (i < g.count) {
    let best = -1
    if (g.digits[g.from[i]!] !== 0) {
      const plus = g.link[i] === NONE && g.plus[i] === 1
      let total = 0
      let kind = NONE // of the stretch's gaps, folds and hidden gaps aside
      // The layouts the stretch can be read as (see readAs), with every line break a group boundary (`bounded`)
      // or anywhere (`folded`: "serial 859440924⏎2026-03-01" is not a number folded across two lines).
      let bounded = UNBROKEN
      let folded = UNBROKEN
      for (let j = i; j < g.count && (j === i || g.link[j] !== NONE); j++) {
        const size = length(j)
        const before = total
        total += size
        if (total > MAX_DIGITS) break
        if (j > i) {
          const link = g.link[j]!
          if (link !== FOLD && link !== HIDDEN) {
            if (kind === NONE) kind = link
            else if (link !== kind) break
          }
          bounded = readAs(bounded, before, size, link === HIDDEN)
          folded = readAs(folded, before, size, link === HIDDEN || link === FOLD)
          if (bounded === 0 && folded === 0) break
        }
        const after = j + 1 === g.count ? NONE : g.link[j + 1]!
        // Read across a line break, the number must stand apart: only blanks or nothing join it to other digits.
        const apart = (g.link[i] === NONE || g.link[i] === BLANK) && (after === NONE || after === BLANK)
        const fits = fitsCard(bounded) || (apart && fitsCard(folded))
        // A group before a dot and digits is the whole part of an amount (…3472 325644.00), unless dots are the separator.
        const amount = after === DOT && kind !== DOT
        const phone = plus && j === i && total <= MAX_PHONE_DIGITS
        if (total >= MIN_DIGITS && fits && !amount && !phone && luhnOf(g.digits, g.from[i]!, g.to[j]!)) best = j
      }
    }
    if (best < 0) {
      i++
      continue
    }
    const start = g.start[i]!
    const end = g.end[best]!
    const digits = String.fromCharCode(...g.digits.subarray(g.from[i]!, g.to[best]!).map((d) => d + 48))
    found.push({index: start, text: text.slice(start, end), masked: maskDigits(digits)})
    i = best + 1
  }
  return found
}

/**
 * At most how many digits the text holds: its ASCII digits, and two for each unit outside ASCII (⑩ is two).
 * Cheap, so most messages (fewer than 13 digits, nothing outside ASCII) are done with here.
 */
function digitBound(text: string): number {
  let digits = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 128) digits += 2
    else if (c >= 48 && c <= 57) digits++
  }
  return digits
}

/** The text with every card number (in any of the forms findCardNumbers knows) replaced by its masked digits. */
export function maskCardNumbers(text: string): string {
  let out = ''
  let last = 0
  for (const match of findCardNumbers(text)) {
    out += text.slice(last, match.index) + match.masked
    last = match.index + match.text.length
  }
  return last === 0 ? text : out + text.slice(last)
}

/** The first card number in any string of a parsed value (keys aside), with its path; `exempt` names identifier fields. */
export function findCardNumberIn(
  value: unknown,
  exempt: (path: readonly (string | number)[]) => boolean,
  at: (string | number)[] = [],
): {path: (string | number)[]; match: CardNumberMatch} | undefined {
  if (typeof value === 'string') {
    const match = exempt(at) ? undefined : findCardNumbers(value)[0]
    return match && {path: at, match}
  }
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : []
  for (const [key, child] of entries) {
    const found = findCardNumberIn(child, exempt, [...at, key])
    if (found) return found
  }
  return undefined
}
