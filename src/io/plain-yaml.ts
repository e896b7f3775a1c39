import {constructFromEvents, EVENT_ID, parseEvents, SCALAR_STYLE} from 'js-yaml'

/**
 * The fast reader: js-yaml builds the plain value straight from its event stream, several times faster than the
 * `yaml` library builds a document with source positions. It reads only what the full reader (yaml-source.ts)
 * would read as the same value; anything else, and every file it cannot read, goes the full way:
 *   - directives (`%YAML 1.1` switches the full reader to YAML 1.1's booleans and numbers), tags, anchors and
 *     aliases (their expansion is bounded by the full reader);
 *   - a lone carriage return (a line break to js-yaml, an error to the full reader);
 *   - a plain key that reads as null (`~: x` is the key "null" here, "" there);
 *   - a key longer than the full reader allows (1024 characters);
 *   - a plain number too large for a double (a string here, Infinity there).
 * test/io/plain-yaml.test.ts reads every file the project ships and a list of hostile snippets both ways.
 */
export const NOT_PLAIN: unique symbol = Symbol('not plain YAML')

/** Nesting deeper than this is left to the full reader (js-yaml refuses past 100 itself). */
const MAX_DEPTH = 64

const LONE_CR = /\r(?!\n)/
/** Below the full reader's 1024, with room for quotes. */
const MAX_KEY_LENGTH = 1000
const PLAIN_NULL = /^(?:~|null|Null|NULL)?$/
/** A decimal number as YAML 1.2's core schema writes one (event-positions.ts reads keys with it too). */
export const CORE_NUMBER = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/

/** The value of a single YAML document, or NOT_PLAIN when the full reader must read it. Never throws. */
export function readPlainYaml(text: string): unknown {
  if (LONE_CR.test(text)) return NOT_PLAIN
  let events: ReturnType<typeof parseEvents>
  try {
    events = parseEvents(text, {maxDepth: MAX_DEPTH})
  } catch {
    return NOT_PLAIN
  }
  if (!plainEvents(text, events)) return NOT_PLAIN
  try {
    const documents = constructFromEvents(events, {source: text, maxAliases: 0})
    return documents.length === 1 ? documents[0] : NOT_PLAIN
  } catch {
    return NOT_PLAIN
  }
}

/** Whether the events hold nothing the two readers read differently (see above). */
function plainEvents(text: string, events: ReturnType<typeof parseEvents>): boolean {
  // Per open collection: a mapping counts its nodes (even ones are keys); -1 for sequences and documents.
  const open: number[] = []
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (event.directives.length > 0) return false
        open.push(-1)
        break
      case EVENT_ID.ALIAS:
        return false
      case EVENT_ID.POP:
        open.pop()
        break
      default: {
        if (event.tagStart !== -1 || event.anchorStart !== -1) return false
        const parent = open.length - 1
        const isKey = parent >= 0 && open[parent]! >= 0 && open[parent]! % 2 === 0
        if (parent >= 0 && open[parent]! >= 0) open[parent]!++
        if (event.type === EVENT_ID.SCALAR) {
          if (isKey && event.valueEnd - event.valueStart > MAX_KEY_LENGTH) return false
          if (event.style === SCALAR_STYLE.PLAIN && !plainScalarAgrees(text.slice(event.valueStart, event.valueEnd), isKey)) return false
        } else {
          open.push(event.type === EVENT_ID.MAPPING ? 0 : -1)
        }
      }
    }
  }
  return true
}

function plainScalarAgrees(raw: string, isKey: boolean): boolean {
  if (isKey && PLAIN_NULL.test(raw)) return false
  return !CORE_NUMBER.test(raw) || Number.isFinite(Number(raw))
}
