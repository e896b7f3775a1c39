import type {AnswersFile} from '../generated/answers.js'

/** JSON text with every object's keys sorted (by UTF-16 code units) and no insignificant whitespace. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item ?? null)).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * The canonical bytes of an answers file, as a report embeds it (posattest-answers.json): the parsed,
 * schema-valid answers as JSON with sorted keys, no insignificant whitespace, UTF-8, and a final newline.
 * One answers object has exactly one such text, so a reader can insist on it (a second spelling of the same
 * answers, or duplicate keys, is refused rather than read two ways).
 */
export function canonicalAnswersJson(answers: AnswersFile): string {
  return `${canonical(answers)}\n`
}
