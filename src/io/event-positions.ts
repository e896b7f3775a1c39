import {EVENT_ID, getScalarValue, load, parseEvents, SCALAR_STYLE} from 'js-yaml'
import {CORE_NUMBER} from './plain-yaml.js'

/**
 * Source positions of a file too large for the full reader's document (yaml-source.ts, MAX_YAML_BYTES): built
 * from js-yaml's events, which carry offsets, into a tree of offsets and keys only, the first time a position is
 * asked for. It places nodes where the full reader's document does (test/io/event-positions.test.ts compares the
 * two over every shipped file), for a file the fast reader (plain-yaml.ts) has already read.
 */

export interface Position {
  line: number
  column: number
}

/** A scalar of the file, value or key, with its path and source range. */
export interface SourceScalar {
  path: (string | number)[]
  isKey: boolean
  /** The value as read (a key: its text). */
  value: unknown
  /** Written plain (not quoted, not a block scalar). */
  plain: boolean
  start: number
  end: number
}

type Path = readonly (string | number)[]

interface ScalarAt {
  kind: 'scalar'
  start: number
  end: number
  plain: boolean
  /** A flow mapping's key without a value (`{a, b: 1}`): the full reader has no node for the value. */
  absent?: boolean
}
interface MapAt {
  kind: 'map'
  start: number
  keys: string[]
  keyNodes: ScalarAt[]
  values: NodeAt[]
  /** Built for a mapping with many keys, the first time it is searched. */
  index?: Map<string, number>
}
interface SeqAt {
  kind: 'seq'
  start: number
  items: NodeAt[]
}
type NodeAt = ScalarAt | MapAt | SeqAt

/** A mapping with more keys than this is searched through an index. */
const INDEXED_KEYS = 32
/** Nesting the fast reader reads (plain-yaml.ts). */
const MAX_DEPTH = 64

export interface EventPositions {
  locate(path: Path, options?: {key?: boolean}): Position
  positionOf(offset: number): Position
  offsetOf(path: Path): number | undefined
  rangeOf(path: Path): readonly [start: number, end: number] | undefined
  /** Every scalar, values and keys, in source order. */
  scalars(): SourceScalar[]
  /** The scalar value at a path, if the node there is a scalar. */
  scalarAt(path: Path): SourceScalar | undefined
}

/** The positions of `text`, whose value the fast reader read as `value`. */
export function eventPositions(text: string, value: unknown): EventPositions {
  const root = buildTree(text)
  const lineStarts = lineStartsOf(text)

  const positionOf = (offset: number): Position => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (lineStarts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return {line: low + 1, column: offset - lineStarts[low]! + 1}
  }

  const keyIndex = (map: MapAt, key: string): number => {
    if (map.keys.length <= INDEXED_KEYS) return map.keys.indexOf(key)
    map.index ??= new Map(map.keys.map((k, i) => [k, i] as const).reverse())
    return map.index.get(key) ?? -1
  }

  const nodeAt = (path: Path): {node: NodeAt | undefined; depth: number} => {
    let node = root
    let depth = 0
    for (const segment of path) {
      if (node?.kind === 'map') {
        const index = keyIndex(node, String(segment))
        if (index < 0) break
        const next = node.values[index]
        // No value node: the full reader points at the key (and has no scalar there).
        node = next?.kind === 'scalar' && next.absent ? {...node.keyNodes[index]!, absent: true} : next
      } else if (node?.kind === 'seq') {
        const next = node.items[Number(segment)]
        if (next === undefined) break
        node = next
      } else {
        break
      }
      depth++
    }
    return {node, depth}
  }

  const locate: EventPositions['locate'] = (path, options) => {
    if (options?.key) {
      const parent = nodeAt(path.slice(0, -1))
      if (parent.depth === path.length - 1 && parent.node?.kind === 'map') {
        const index = keyIndex(parent.node, String(path[path.length - 1]))
        if (index >= 0) return positionOf(parent.node.keyNodes[index]!.start)
      }
    }
    const {node} = nodeAt(path)
    return node ? positionOf(node.start) : {line: 1, column: 1}
  }

  const scalars = (): SourceScalar[] => {
    const found: SourceScalar[] = []
    const walk = (node: NodeAt | undefined, at: (string | number)[], data: unknown): void => {
      if (!node) return
      if (node.kind === 'scalar') {
        if (node.absent) return
        found.push({path: at, isKey: false, value: data, plain: node.plain, start: node.start, end: node.end})
      } else if (node.kind === 'map') {
        const record = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {}
        node.keys.forEach((key, i) => {
          const keyNode = node.keyNodes[i]!
          found.push({path: [...at, key], isKey: true, value: key, plain: keyNode.plain, start: keyNode.start, end: keyNode.end})
          walk(node.values[i], [...at, key], Object.hasOwn(record, key) ? record[key] : undefined)
        })
      } else {
        const list = Array.isArray(data) ? data : []
        node.items.forEach((item, i) => walk(item, [...at, i], list[i]))
      }
    }
    walk(root, [], value)
    return found.sort((a, b) => a.start - b.start)
  }

  return {
    locate,
    positionOf,
    offsetOf: (path) => {
      const {node, depth} = nodeAt(path)
      return depth === path.length ? node?.start : undefined
    },
    rangeOf: (path) => {
      const {node, depth} = nodeAt(path)
      return depth === path.length && node?.kind === 'scalar' ? [node.start, node.end] : undefined
    },
    scalars,
    scalarAt: (path) => {
      const {node, depth} = nodeAt(path)
      if (depth !== path.length || node?.kind !== 'scalar' || node.absent) return undefined
      let data: unknown = value
      for (const segment of path) data = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[segment] : undefined
      return {path: [...path], isKey: false, value: data, plain: node.plain, start: node.start, end: node.end}
    },
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** The tree of the single document's nodes, placed where the full reader's document places them. */
function buildTree(text: string): NodeAt | undefined {
  const events = parseEvents(text, {maxDepth: MAX_DEPTH})
  let root: NodeAt | undefined
  // Open collections; null for the document itself.
  const open: (MapAt | SeqAt | null)[] = []
  // Where the last node ended (or its collection started): an empty scalar sits after the next indicator.
  let last = 0
  const attach = (node: NodeAt): void => {
    const parent = open[open.length - 1]
    if (!parent) root ??= node
    else if (parent.kind === 'seq') parent.items.push(node)
    else if (parent.keys.length === parent.values.length) {
      // Keys are scalars here: the fast reader refuses complex keys.
      parent.keys.push(node.kind === 'scalar' ? keyText : '')
      parent.keyNodes.push(node.kind === 'scalar' ? node : {kind: 'scalar', start: node.start, end: node.start, plain: false})
    } else parent.values.push(node)
  }
  let keyText = ''
  const keys = new Map<string, string>()
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        open.push(null)
        break
      case EVENT_ID.POP:
        open.pop()
        break
      case EVENT_ID.SCALAR: {
        const node = scalarNode(text, event, last)
        const parent = open[open.length - 1]
        if (parent?.kind === 'map' && parent.keys.length === parent.values.length) keyText = keyOf(text, event, keys)
        attach(node)
        last = node.end
        break
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const node: MapAt | SeqAt =
          event.type === EVENT_ID.MAPPING
            ? {kind: 'map', start: event.start, keys: [], keyNodes: [], values: []}
            : {kind: 'seq', start: event.start, items: []}
        attach(node)
        open.push(node)
        last = event.start
        break
      }
      default:
        // Aliases: the fast reader refuses them.
        break
    }
  }
  return root
}

/**
 * A key as the fast reader's value has it: a plain key is resolved first (`01:` is the key "1"), each distinct
 * spelling once (`keys`), as an estate's thousands of terminals repeat the same few.
 */
function keyOf(text: string, event: ScalarEventOf, keys: Map<string, string>): string {
  const raw = getScalarValue(text, event)
  if (event.style !== SCALAR_STYLE.PLAIN || !CORE_SCALAR.test(raw)) return raw
  let key = keys.get(raw)
  if (key === undefined) {
    try {
      key = String(load(raw))
    } catch {
      key = raw
    }
    keys.set(raw, key)
  }
  return key
}

/** A plain scalar the core schema reads as a boolean or a number: as a key, it is written as that value reads. */
const CORE_SCALAR = new RegExp(
  `^(?:true|True|TRUE|false|False|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$|${CORE_NUMBER.source}`,
)

type ScalarEventOf = Extract<ReturnType<typeof parseEvents>[number], {type: typeof EVENT_ID.SCALAR}>

function scalarNode(text: string, event: ScalarEventOf, last: number): ScalarAt {
  const plain = event.style === SCALAR_STYLE.PLAIN
  if (event.valueStart < 0) {
    // An empty value: the full reader places it after its indicator (`key:` or `-`) and the blanks that follow; in
    // a flow collection a key may have no indicator, and then no value node at all.
    let at = last
    while (at < text.length && !':-?'.includes(text[at]!)) {
      if (',]}'.includes(text[at]!)) return {kind: 'scalar', start: at, end: at, plain, absent: true}
      // A comment between the node before and the indicator may hold any character.
      if (text[at] === '#') at = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at)
      else at++
    }
    if (at >= text.length) return {kind: 'scalar', start: at, end: at, plain, absent: true}
    at++
    while (text[at] === ' ' || text[at] === '\t') at++
    return {kind: 'scalar', start: at, end: at, plain}
  }
  if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) {
    return {kind: 'scalar', start: event.valueStart - 1, end: event.valueEnd + 1, plain}
  }
  if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK) {
    // The events give the content; the full reader's node starts at the `|` or `>` indicator.
    let at = last
    while (at < event.valueStart && text[at] !== '|' && text[at] !== '>') at++
    return {kind: 'scalar', start: at, end: event.valueEnd, plain}
  }
  return {kind: 'scalar', start: event.valueStart, end: event.valueEnd, plain}
}
