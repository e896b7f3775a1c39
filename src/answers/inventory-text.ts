import {randomBytes} from 'node:crypto'
import {isMap, isPair, isScalar, isSeq, Scalar, YAMLMap, type Document, type Node} from 'yaml'

/**
 * The text of an answers document whose inventory lists many terminals, written without sending every terminal
 * through the `yaml` stringifier (about 50 µs a terminal, most of a 100,000-terminal import).
 *
 * Only terminals of the plainest shape are written here: a block mapping with no comment, blank line, anchor or tag
 * anywhere, of keys and values that are strings `yaml` writes unquoted on one line (or flow lists of such strings).
 * For those the text is exactly what `yaml` writes: the checks below are the conditions under which its
 * `plainString` returns the value unchanged, and the layout is that of its block sequence and mapping. Each such
 * run of such terminals stands in the list, while `yaml` writes it, as one placeholder scalar (a random token); the
 * token's line is then filled with the run's text. Every other terminal, and everything else in the file, is written
 * by `yaml` as before, comments and quoting kept. Anything unexpected (a token not found where it should be) gives
 * undefined, and the caller writes the whole document with `yaml`.
 */
export function documentText<T extends PlainTerminal>(
  document: Document,
  options: {lineWidth: 0; flowCollectionPadding: false},
  /** Terminals that follow the inventory's items, not yet nodes; `toNode` makes the node one stands for. */
  appended: readonly T[] = [],
  toNode?: (terminal: T) => Node,
): string | undefined {
  const contents = document.contents
  if (!isMap(contents)) return undefined
  const inventory = contents.get('inventory', true)
  if (!isSeq(inventory) || inventory.flow || inventory.items.length + appended.length < MIN_TERMINALS) return undefined
  if (appended.length > 0 && !toNode) return undefined
  const schema = document.schema
  // Schema-wide string options (a default quoting style, say) would change how every string is written.
  if (schema.toStringOptions && Object.keys(schema.toStringOptions).length > 0) return undefined
  // plainString quotes a string some other tag would read back as its own (a number, a boolean, a null).
  const otherTypes = [...schema.tags, ...(schema.compat ?? [])]
    .filter((tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test instanceof RegExp)
    .map((tag) => tag.test!)
  const keys = new Map<string, boolean>()
  const safe = (value: string): boolean => {
    if (!PLAIN_SAFE.test(value)) return false
    for (const test of otherTypes) if (test.test(value)) return false
    return true
  }
  // Keys repeat on every terminal: each is checked once.
  const plain = (value: unknown, key: boolean): value is string => {
    if (typeof value !== 'string') return false
    if (!key) return safe(value)
    let ok = keys.get(value)
    if (ok === undefined) keys.set(value, (ok = safe(value)))
    return ok
  }

  const all: unknown[] = [...inventory.items, ...appended]
  const listed = inventory.items.length
  const lines: (string[] | undefined)[] = all.map((item, i) => (i < listed ? terminalLines(item, plain) : plainLines(item as T, plain)))
  if (lines.filter((l) => l !== undefined).length < MIN_TERMINALS) return undefined
  // Each run of such terminals stands in the list as one placeholder, so yaml writes one line for the run.
  const token = `posattest${randomBytes(12).toString('hex')}n`
  const items = inventory.items
  const runs: string[][][] = []
  const standIns: unknown[] = []
  for (const [i, item] of all.entries()) {
    const terminal = lines[i]
    if (!terminal) standIns.push(i < listed ? item : toNode!(item as T))
    else if (lines[i - 1]) runs[runs.length - 1]!.push(terminal)
    else {
      standIns.push(new Scalar(`${token}${runs.length}e`))
      runs.push([terminal])
    }
  }
  inventory.items = standIns
  let text: string
  try {
    text = document.toString(options)
  } finally {
    inventory.items = items
  }

  // Each placeholder is a line `<indent>- <token><i>`, in order, and the token appears nowhere else.
  const parts: string[] = []
  let from = 0
  for (const [i, run] of runs.entries()) {
    const placeholder = `- ${token}${i}e`
    const at = text.indexOf(placeholder, from)
    const end = at + placeholder.length
    if (at < 0 || (end < text.length && text[end] !== '\n')) return undefined
    const indent = text.slice(text.lastIndexOf('\n', at) + 1, at)
    if (!/^ *$/.test(indent)) return undefined
    parts.push(text.slice(from, at + 2), run.map((terminal) => terminal.join(`\n${indent}  `)).join(`\n${indent}- `))
    from = end
  }
  parts.push(text.slice(from))
  let count = 0
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + token.length)) count++
  if (count !== runs.length) return undefined
  return parts.join('')
}

/** Below this many terminals `yaml` is quick enough, and the output need not be checked for tokens. */
const MIN_TERMINALS = 64

/**
 * Strings `yaml` writes as they are, unquoted, in a block mapping and in a flow list alike: no line break, no
 * control character or lone surrogate (those are double-quoted), nothing YAML reads as syntax (`: `, ` #`, a
 * leading indicator, `,[]{}` in flow), no trailing blank, no document marker (a letter, digit or non-ASCII
 * character first). Whether another type would claim it (`42`, `true`) is checked against the schema.
 */
const PLAIN_SAFE = /^[A-Za-z0-9\u00a0-\ud7ff\ue000-\uffff](?:[A-Za-z0-9 ._/+()&'=~$%^;\u00a0-\ud7ff\ue000-\uffff-]*[A-Za-z0-9._/+()&'=~$%^;\u00a0-\ud7ff\ue000-\uffff-])?$/

type Plain = (value: unknown, key: boolean) => value is string

/** Whether a node carries anything besides its value that `yaml` would write (comments, blank lines, anchors, tags). */
function bare(node: Node): boolean {
  return !node.comment && !node.commentBefore && !node.spaceBefore && !node.anchor && !node.tag
}

/** A scalar holding a plain-safe string, not asked to be quoted or written as a block. */
function plainScalar(node: unknown, plain: Plain, key = false): node is Scalar<string> {
  return isScalar(node) && bare(node) && (node.type === undefined || node.type === Scalar.PLAIN) && plain(node.value, key)
}

/** A terminal as data: strings, and lists of strings that are written as flow lists. */
export type PlainTerminal = Record<string, string | readonly string[]>

/** The lines of a terminal given as data, as terminalLines gives them for the nodes `toNode` makes of it. */
function plainLines(terminal: PlainTerminal, plain: Plain): string[] | undefined {
  const out: string[] = []
  for (const key in terminal) {
    const value = terminal[key]!
    if (!plain(key, true) || key.length > 1000) return undefined
    if (typeof value === 'string') {
      if (!plain(value, false)) return undefined
      out.push(`${key}: ${value}`)
    } else {
      if (value.length === 0) return undefined
      for (const entry of value) if (!plain(entry, false)) return undefined
      out.push(`${key}: [${value.join(', ')}]`)
    }
  }
  return out.length > 0 ? out : undefined
}

/** The lines `key: value` of a terminal of the plainest shape (see documentText), else undefined. */
function terminalLines(item: unknown, plain: Plain): string[] | undefined {
  if (!isMap(item) || item.flow || !bare(item) || item.items.length === 0) return undefined
  const out: string[] = []
  for (const pair of (item as YAMLMap).items) {
    if (!isPair(pair) || !plainScalar(pair.key, plain, true) || pair.key.value.length > 1000) return undefined
    const value = pair.value
    if (plainScalar(value, plain)) {
      out.push(`${pair.key.value}: ${value.value}`)
    } else if (isSeq(value) && value.flow === true && bare(value) && value.items.length > 0) {
      const entries: string[] = []
      for (const entry of value.items) {
        if (!plainScalar(entry, plain)) return undefined
        entries.push(entry.value)
      }
      out.push(`${pair.key.value}: [${entries.join(', ')}]`)
    } else {
      return undefined
    }
  }
  return out
}
