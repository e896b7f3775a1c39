/**
 * Primary account numbers (card numbers) in free text. posattest never stores one:
 * validation rejects text holding a Luhn-valid 13–19 digit number and every message masks it.
 */

// A run of digit groups separated by single spaces or dashes, not glued to other digits.
const DIGIT_RUN = /(?<![0-9])[0-9]+(?:[ -][0-9]+)*(?![0-9])/g
const DIGIT_GROUP = /[0-9]+/g

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

/**
 * Every Luhn-valid 13–19 digit number in the text (separators allowed between digits). A number starts
 * and ends at a group boundary of its run, so a date or reference just before it cannot hide it
 * ("paid 2026-11-20 4111 1111 1111 1111"); of the candidates starting at one group, the longest wins.
 */
export function findCardNumbers(text: string): CardNumberMatch[] {
  const found: CardNumberMatch[] = []
  for (const run of text.matchAll(DIGIT_RUN)) {
    const groups = [...run[0].matchAll(DIGIT_GROUP)].map((g) => ({start: run.index! + g.index!, digits: g[0]}))
    let i = 0
    while (i < groups.length) {
      let best: {end: number; digits: string} | undefined
      let digits = ''
      for (let j = i; j < groups.length; j++) {
        digits += groups[j]!.digits
        if (digits.length > 19) break
        if (digits.length >= 13 && luhnValid(digits)) best = {end: j, digits}
      }
      if (!best) {
        i++
        continue
      }
      const start = groups[i]!.start
      const last = groups[best.end]!
      found.push({index: start, text: text.slice(start, last.start + last.digits.length), masked: maskDigits(best.digits)})
      i = best.end + 1
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
