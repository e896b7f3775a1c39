import {diagnostic, type Diagnostic} from '../../diagnostics/diagnostic.js'
import type {SourceScalar, YamlSource} from '../../io/yaml-source.js'
import {findCardNumbers} from '../../model/pan.js'
import {isIdentifierField} from '../identifier-fields.js'
import type {Language} from '../../model/language.js'
import {VALIDATE_MESSAGES} from './messages.js'

/**
 * Card numbers anywhere in the file but identifier fields (see ../identifier-fields.ts): in values, keys and
 * comments, quoted or not, in any disguise findCardNumbers knows (scripts, separators, invisible characters, a
 * block or plain scalar continued on the next line). The raw text is scanned so the position is that of the
 * first digit itself; decoded strings are scanned too, for numbers that only appear after unescaping
 * ("\x34111…", "\t" between groups), which are reported at their string.
 */
export function cardNumberDiagnostics(source: YamlSource, language: Language = 'en'): Diagnostic[] {
  // Nearly every file holds none: the text and the decoded strings are scanned first, and the nodes (which need
  // the document with positions) are only walked when one of them holds something like a card number.
  if (!holdsCardNumber(source.text) && !stringsHoldCardNumber(source.value)) return []
  const say = VALIDATE_MESSAGES[language]
  const scalars = source.scalars()
  const out: Diagnostic[] = []
  const seen = new Set<string>()
  let more = 0
  const add = (offset: number, message: string) => {
    if (out.length < MAX_CARD_NUMBER_DIAGNOSTICS) out.push(diagnostic(source.file, source.positionOf(offset), 'card-number', message))
    else more++
  }
  for (const match of findCardNumbers(source.text)) {
    const holder = holderOf(scalars, match.index)
    if (holder && !holder.isKey && isIdentifierField(holder.path)) continue
    const where = holder ? say.cardNumberIn(say.path(holder.path), holder.isKey) : say.cardNumberInComment
    add(match.index, say.cardNumber(where, match.masked))
    if (holder) seen.add(`${holder.start}|${match.masked}`)
  }
  for (const scalar of scalars) {
    if (typeof scalar.value !== 'string' || (!scalar.isKey && isIdentifierField(scalar.path))) continue
    for (const match of findCardNumbers(scalar.value)) {
      const id = `${scalar.start}|${match.masked}`
      if (seen.has(id)) continue
      seen.add(id)
      add(scalar.start, say.cardNumber(say.cardNumberIn(say.path(scalar.path), scalar.isKey), match.masked))
    }
  }
  if (more > 0) {
    out.push(diagnostic(source.file, undefined, 'card-number', say.moreCardNumbers(more)))
  }
  return out
}

function holdsCardNumber(text: string): boolean {
  return findCardNumbers(text).length > 0
}

/** Whether any key or string of a value (aliases followed once) holds a card number once decoded. */
function stringsHoldCardNumber(value: unknown): boolean {
  const seen = new Set<object>()
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const next = stack.pop()
    if (typeof next === 'string') {
      if (holdsCardNumber(next)) return true
    } else if (next !== null && typeof next === 'object' && !seen.has(next)) {
      seen.add(next)
      if (Array.isArray(next)) for (const item of next) stack.push(item)
      else for (const [key, inner] of Object.entries(next)) stack.push(key, inner)
    }
  }
  return false
}

/** A file full of card numbers gets this many positions, then one line with the count. */
const MAX_CARD_NUMBER_DIAGNOSTICS = 100

/** The scalar whose source range holds an offset (scalars are sorted and never overlap). */
function holderOf(scalars: readonly SourceScalar[], offset: number): SourceScalar | undefined {
  let low = 0
  let high = scalars.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const s = scalars[mid]!
    if (offset < s.start) high = mid - 1
    else if (offset >= s.end) low = mid + 1
    else return s
  }
  return undefined
}
