/**
 * Primary account numbers (card numbers) in free text. posattest never stores one:
 * validation rejects text holding a Luhn-valid 13–19 digit number and every message masks it.
 */

// 13–19 digits, optionally separated by single spaces or dashes, not glued to other digits.
const CANDIDATE = /(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])/g

export interface CardNumberMatch {
  /** Offset of the first digit in the text. */
  index: number
  /** The matched text, separators included. */
  text: string
  /** The number masked to its first six and last four digits. */
  masked: string
}

export function luhnValid(digits: string): boolean {
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return sum % 10 === 0
}

export function maskDigits(digits: string): string {
  return digits.slice(0, 6) + '*'.repeat(digits.length - 10) + digits.slice(-4)
}

/** Every Luhn-valid 13–19 digit run in the text (separators allowed between digits). */
export function findCardNumbers(text: string): CardNumberMatch[] {
  const found: CardNumberMatch[] = []
  for (const m of text.matchAll(CANDIDATE)) {
    const digits = m[0].replace(/[ -]/g, '')
    if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) {
      found.push({index: m.index!, text: m[0], masked: maskDigits(digits)})
    }
  }
  return found
}

export function maskCardNumbers(text: string): string {
  if (!/[0-9]{4}/.test(text) && !/[0-9][ -][0-9]/.test(text)) return text
  let out = ''
  let last = 0
  for (const match of findCardNumbers(text)) {
    out += text.slice(last, match.index) + match.masked
    last = match.index + match.text.length
  }
  return out + text.slice(last)
}
