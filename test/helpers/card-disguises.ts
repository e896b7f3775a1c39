// Card numbers and the disguises a careless merchant (or an attacker) writes them in, for the property and CLI tests.
import fc from 'fast-check'
import {luhnValid} from '../../src/model/pan.js'

/** The zero of every run of Unicode decimal digits (\p{Nd}): ASCII, full-width, Arabic-Indic, Devanagari… */
export const DIGIT_ZEROS: readonly number[] = (() => {
  const zeros: number[] = []
  for (let cp = 0; cp < 0x20000; cp++) {
    if (/\p{Nd}/u.test(String.fromCodePoint(cp)) && !/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
      // Runs of ten, 0 to 9, sometimes several in a row (the mathematical digits).
      let end = cp
      while (/\p{Nd}/u.test(String.fromCodePoint(end + 1))) end++
      for (let zero = cp; zero < end; zero += 10) zeros.push(zero)
    }
  }
  return zeros
})()

/** Digits that are not \p{Nd} but NFKC maps to one: superscripts, subscripts, circled. */
const COMPAT_DIGITS: readonly string[][] = [
  ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'],
  ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'],
  ['⓪', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'],
]

/** Text with every digit any script writes (and the NFKC forms above) replaced by its ASCII digit. */
export function asciiDigits(text: string): string {
  let out = ''
  for (const char of text) {
    const cp = char.codePointAt(0)!
    const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9)
    const compat = COMPAT_DIGITS.findIndex((set) => set.includes(char))
    if (zero !== undefined) out += String(cp - zero)
    else if (compat >= 0) out += String(COMPAT_DIGITS[compat]!.indexOf(char))
    else out += char
  }
  return out
}

/** Only the digits of a text, in ASCII: a card number shows here even behind any separator or script. */
export function digitsOnly(text: string): string {
  return asciiDigits(text).replace(/[^0-9]/g, '')
}

/** A Luhn-valid number of 13–19 digits whose first digit is 1–9 (no issuer number starts with 0). */
export const panArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({min: 1, max: 9}), fc.array(fc.integer({min: 0, max: 9}), {minLength: 11, maxLength: 17}))
  .map(([first, digits]) => {
    const body = String(first) + digits.join('')
    for (let check = 0; check <= 9; check++) if (luhnValid(body + check)) return body + check
    throw new Error('unreachable: some check digit always satisfies Luhn')
  })

/** Group sizes of a card layout for `length` digits: none (one run), or groups of 4–6 and a last of 1–6. */
function layoutArb(length: number): fc.Arbitrary<number[]> {
  return fc.oneof(
    fc.constant<number[]>([length]),
    fc.array(fc.integer({min: 4, max: 6}), {minLength: 4, maxLength: 4}).map((sizes) => {
      const groups: number[] = []
      let left = length
      for (let i = 0; left > 6; i++) {
        const size = Math.min(sizes[i % sizes.length]!, left - 1)
        groups.push(size)
        left -= size
      }
      return [...groups, left]
    }),
  )
}

/**
 * What can stand between two groups, by kind: a number is written with one kind (blanks, dashes, dots or slashes),
 * in any of its forms in each gap.
 */
export const SEPARATOR_KINDS: readonly (readonly string[])[] = [
  [' ', '  ', '   ', '\t', '\t\t', ' \t', '\u00a0', '\u202f', '\u00a0\u00a0', '\u3000', '\u2009'],
  ['-', '\u2010', '\u2011', '\u2013', '\u2014', '\u2212', '\uff0d', '\ufe63'],
  ['.', '\uff0e', '\u00b7', '\ufe52'],
  ['/', '\uff0f', '\u2215', '\u2044'],
]

/** Invisible characters that may also sit anywhere between two digits. */
export const INVISIBLES: readonly string[] = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']

export interface DisguisedPan {
  pan: string
  /** The number as written. */
  text: string
}

/**
 * A card number rendered in a random disguise: a card layout, one kind of separator in a random form in each gap
 * (or invisible characters only), each digit in a random script, invisible characters sprinkled in, and (with `fold`) line breaks followed by `fold` as the
 * next line's indentation, each either in a gap or inside a group.
 */
export function disguisedPanArb(options: {fold?: string} = {}): fc.Arbitrary<DisguisedPan> {
  return panArb.chain((pan) =>
    fc
      .record({
        layout: layoutArb(pan.length),
        kind: fc.constantFrom(...SEPARATOR_KINDS),
        separators: fc.array(fc.tuple(fc.nat(), fc.option(fc.constantFrom(...INVISIBLES), {freq: 4})), {minLength: 19, maxLength: 19}),
        scripts: fc.array(fc.nat(), {minLength: 19, maxLength: 19}),
        invisibles: fc.array(fc.option(fc.constantFrom(...INVISIBLES), {freq: 6}), {minLength: 19, maxLength: 19}),
        folds: options.fold === undefined ? fc.constant<number[]>([]) : fc.uniqueArray(fc.integer({min: 1, max: pan.length - 1}), {minLength: 1, maxLength: 2}),
      })
      .map(({layout, kind, separators, scripts, invisibles, folds}) => {
        const glyphs = [...DIGIT_ZEROS.map((zero) => (d: number) => String.fromCodePoint(zero + d)), ...COMPAT_DIGITS.map((set) => (d: number) => set[d]!)]
        let text = ''
        let groupEnd = layout[0]!
        let group = 0
        for (let i = 0; i < pan.length; i++) {
          text += glyphs[scripts[i]! % glyphs.length]!(Number(pan[i]))
          if (i === pan.length - 1) break
          if (i + 1 === groupEnd) {
            // A gap of invisible characters only, or one form of the number's kind of separator.
            const [form, invisible] = separators[group]!
            text += invisible ?? kind[form % kind.length]!
            group++
            groupEnd += layout[group]!
          } else if (invisibles[i]) {
            text += invisibles[i]
          }
          if (folds.includes(i + 1)) text += `\n${options.fold}`
        }
        return {pan, text}
      }),
  )
}
