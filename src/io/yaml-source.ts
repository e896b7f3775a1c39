import {isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair} from 'yaml'
import {diagnostic, type Diagnostic} from '../diagnostics/diagnostic.js'
import {firstDifference} from '../model/first-difference.js'
import type {Language} from '../model/language.js'
import {maskCardNumbers} from '../model/pan.js'
import {IO_MESSAGES, type IoMessages} from './messages.js'
import {eventPositions, type Position, type SourceScalar} from './event-positions.js'
import {NOT_PLAIN, readPlainYaml} from './plain-yaml.js'

/** Larger inputs are refused before parsing (the full reader's document of 5 MB takes some 3 s and 250 MB). */
export const MAX_YAML_BYTES = 5 * 1024 * 1024
/**
 * An answers file read with `valueFirst` may be larger, up to this, when the fast reader reads it: an acquirer's
 * estate of 100,000 terminals is some 32 MB. Its positions come from the fast reader's events (event-positions.ts).
 */
export const MAX_PLAIN_YAML_BYTES = 64 * 1024 * 1024

export type {Position, SourceScalar} from './event-positions.js'

/** A parsed YAML file that can say where any value of it came from. */
export interface YamlSource {
  file: string
  text: string
  /** The plain data (undefined when the file could not be parsed). */
  value: unknown
  document: Document.Parsed
  /** Problems that prevent using the file: syntax errors, alias bombs, binary content, size. */
  diagnostics: Diagnostic[]
  /**
   * Where the node at a JSON path sits; walks up to the nearest existing ancestor.
   * `key: true` points at the mapping key rather than its value (for unknown-key errors).
   */
  locate(path: readonly (string | number)[], options?: {key?: boolean}): Position
  /** Line and column of a character offset. */
  positionOf(offset: number): Position
  /** Character offset where the node at a path starts (its value), for positions inside strings. */
  offsetOf(path: readonly (string | number)[]): number | undefined
  /** Character offsets where the node at a path starts and ends (its value), for searching inside a scalar's source text. */
  rangeOf(path: readonly (string | number)[]): readonly [start: number, end: number] | undefined
  /** Every scalar of the file, values and keys, in source order (aliased nodes once). */
  scalars(): SourceScalar[]
  /** The scalar value at a path, when the node there is a scalar. */
  scalarAt(path: readonly (string | number)[]): SourceScalar | undefined
  /**
   * For a value the fast reader read (`valueFirst`): a diagnostic when the full reader reads the text otherwise or
   * refuses it (this builds the document). Undefined when both read the same, and for the full reader's own value.
   */
  crossCheck(): Diagnostic | undefined
}

export interface YamlParseOptions {
  /**
   * Read the value with the fast reader (plain-yaml.ts) and build the document with source positions only when
   * a position or a node is asked for: a file with nothing to report never needs one. What the fast reader
   * leaves, the full reader reads as without this option. A file larger than MAX_YAML_BYTES (up to
   * MAX_PLAIN_YAML_BYTES) is read only by the fast reader, its positions taken from its events; one it cannot read
   * is refused as too large.
   */
  valueFirst?: boolean
}

/** Parses YAML text; never throws on bad input, which becomes diagnostics instead (in `language`, default English). */
export function parseYamlSource(file: string, input: string | Uint8Array, language: Language = 'en', options: YamlParseOptions = {}): YamlSource {
  const say = IO_MESSAGES[language]
  const {text, problems} = decodeYaml(file, input, say, options.valueFirst ? MAX_PLAIN_YAML_BYTES : MAX_YAML_BYTES)
  if (options.valueFirst && problems.length === 0) {
    const value = readPlainYaml(text)
    const bytes = typeof input === 'string' ? Buffer.byteLength(text) : input.byteLength
    const large = bytes > MAX_YAML_BYTES
    if (value !== NOT_PLAIN) return large ? withEventPositions(file, text, value) : withFullReaderPositions(file, text, value, say)
    if (large) problems.push(diagnostic(file, undefined, 'file-too-large', say.fileTooLarge(bytes, MAX_YAML_BYTES)))
  }
  return readWithPositions(file, text, problems, say)
}

/** What a source answers about where things are, whichever reader works it out. */
type SourcePositions = Pick<YamlSource, 'locate' | 'positionOf' | 'offsetOf' | 'rangeOf' | 'scalars' | 'scalarAt'>

/** A source whose value the fast reader has read; `positions` runs the first time a position is asked for. */
function withPositionsOnDemand(
  file: string,
  text: string,
  value: unknown,
  positions: () => SourcePositions,
  more: {document: () => Document.Parsed; crossCheck: () => Diagnostic | undefined},
): YamlSource {
  return {
    file,
    text,
    value,
    diagnostics: [],
    get document() {
      return more.document()
    },
    locate: (path, options) => positions().locate(path, options),
    positionOf: (offset) => positions().positionOf(offset),
    offsetOf: (path) => positions().offsetOf(path),
    rangeOf: (path) => positions().rangeOf(path),
    scalars: () => positions().scalars(),
    scalarAt: (path) => positions().scalarAt(path),
    crossCheck: more.crossCheck,
  }
}

/** Up to MAX_YAML_BYTES: the full reader gives the positions, and its reading is compared with the fast one's. */
function withFullReaderPositions(file: string, text: string, value: unknown, say: IoMessages): YamlSource {
  let full: YamlSource | undefined
  const positions = (): YamlSource => (full ??= readWithPositions(file, text, [], say))
  return withPositionsOnDemand(file, text, value, positions, {
    document: () => positions().document,
    crossCheck: () => readersDisagreement(positions(), value, say),
  })
}

/**
 * Past MAX_YAML_BYTES: the positions come from the fast reader's events, and no yaml document is ever built. The
 * events are parsed again when a position is first asked for, rather than kept from the fast read: for 32 MB they
 * are some 400 MB, which a file with nothing to report would otherwise hold for its whole check.
 */
function withEventPositions(file: string, text: string, value: unknown): YamlSource {
  let built: ReturnType<typeof eventPositions> | undefined
  return withPositionsOnDemand(file, text, value, () => (built ??= eventPositions(text, value)), {
    document: () => {
      // Nothing that reads answers files for validation asks for it; building one this large is what MAX_YAML_BYTES bounds.
      throw new Error(`${file}: no YAML document is built for a file this large`)
    },
    // The full reader is not run on a file this large; the fast reader read only what both read alike.
    crossCheck: () => undefined,
  })
}

/**
 * What the full reader's `full` says against a value the fast reader read from the same text: its first
 * refusal, else the first place where the values differ; undefined when they agree.
 */
export function readersDisagreement(full: YamlSource, value: unknown, say: IoMessages = IO_MESSAGES.en): Diagnostic | undefined {
  const refused = full.diagnostics[0]
  if (refused) return {...refused, message: `${say.readersDisagree('')}: ${refused.message}`}
  const at = firstDifference(full.value, value)
  if (at === undefined) return undefined
  const segments = pointerSegments(at)
  return diagnostic(full.file, full.locate(segments), 'yaml-syntax', say.readersDisagree(maskCardNumbers(segments.join('.'))))
}

/** The text of a file's bytes, or the problems that keep it from being read as YAML at all. */
function decodeYaml(file: string, input: string | Uint8Array, say: IoMessages, limit: number): {text: string; problems: Diagnostic[]} {
  const problems: Diagnostic[] = []
  let text = ''
  if (typeof input === 'string') {
    text = input
  } else if (input.byteLength > limit) {
    problems.push(diagnostic(file, undefined, 'file-too-large', say.fileTooLarge(input.byteLength, limit)))
  } else if (input.includes(0)) {
    problems.push(diagnostic(file, undefined, 'binary-file', say.nulBytes))
  } else {
    try {
      text = new TextDecoder('utf-8', {fatal: true}).decode(input)
    } catch {
      problems.push(diagnostic(file, undefined, 'binary-file', say.notUtf8))
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return {text, problems}
}

/** The full reader: the `yaml` library's document, which knows where every node came from. */
function readWithPositions(file: string, text: string, problems: Diagnostic[], say: IoMessages): YamlSource {
  const lineCounter = new LineCounter()
  const document = parseDocument(problems.length > 0 ? '' : text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
  })
  const positionOf = (offset: number): Position => {
    const {line, col} = lineCounter.linePos(offset)
    return {line, column: col}
  }

  for (const error of document.errors) {
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    problems.push(diagnostic(file, positionOf(error.pos[0]), 'yaml-syntax', say.yamlSyntax(error.code, message)))
  }

  let value: unknown
  if (problems.length === 0) {
    try {
      value = document.toJS({maxAliasCount: 100})
    } catch (error) {
      // yaml throws a plain ReferenceError for "billion laughs" alias expansion.
      const message = error instanceof ReferenceError ? say.aliasBomb : say.yamlValue((error as Error).message)
      problems.push(diagnostic(file, undefined, 'yaml-syntax', message))
    }
  }

  const nodeAt = (path: readonly (string | number)[]): {node: Node | Pair | undefined; depth: number} => {
    let node: unknown = document.contents
    let depth = 0
    let pair: Pair | undefined
    for (const segment of path) {
      if (isMap(node)) {
        const found = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment))
        if (!found) break
        pair = found
        node = found.value
      } else if (isSeq(node)) {
        const next = node.items[Number(segment)]
        if (next === undefined) break
        pair = undefined
        node = next
      } else {
        break
      }
      depth++
    }
    return {node: (depth === path.length && pair && !node ? pair : (node as Node | undefined)) ?? undefined, depth}
  }

  const locate: YamlSource['locate'] = (path, options) => {
    if (options?.key) {
      const parent = nodeAt(path.slice(0, -1))
      if (parent.depth === path.length - 1 && isMap(parent.node)) {
        const last = String(path[path.length - 1])
        const pair = parent.node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === last)
        const range = (pair?.key as Node | undefined)?.range
        if (range) return positionOf(range[0])
      }
    }
    const {node} = nodeAt(path)
    const range = (node as Node | undefined)?.range
    if (range) return positionOf(range[0])
    const key = ((node as Pair | undefined)?.key as Node | undefined)?.range
    return key ? positionOf(key[0]) : {line: 1, column: 1}
  }

  const offsetOf: YamlSource['offsetOf'] = (path) => {
    const {node, depth} = nodeAt(path)
    return depth === path.length ? (node as Node | undefined)?.range?.[0] : undefined
  }

  const rangeOf: YamlSource['rangeOf'] = (path) => {
    const {node, depth} = nodeAt(path)
    const range = depth === path.length ? (node as Node | undefined)?.range : undefined
    return range ? [range[0], range[1]] : undefined
  }

  const scalarAt: YamlSource['scalarAt'] = (path) => {
    // Found as locate finds nodes (keys compared as text: `1:` is the key "1"), not as document.getIn does.
    const {node, depth} = nodeAt(path)
    if (depth !== path.length || !isScalar(node) || !node.range) return undefined
    return {path: [...path], isKey: false, value: node.value, plain: node.type === 'PLAIN', start: node.range[0], end: node.range[1]}
  }

  return {
    file,
    text,
    value,
    document,
    diagnostics: problems,
    locate,
    positionOf,
    offsetOf,
    rangeOf,
    scalars: () => documentScalars(document),
    scalarAt,
    crossCheck: () => undefined,
  }
}

/** Every scalar of a document, values and keys, in source order; aliased nodes are walked once. */
function documentScalars(document: Document.Parsed): SourceScalar[] {
  const found: SourceScalar[] = []
  const seen = new Set<unknown>()
  const walk = (node: unknown, at: (string | number)[]): void => {
    // Aliased nodes are walked once: an alias bomb must not explode here either.
    if (node === null || typeof node !== 'object' || seen.has(node)) return
    seen.add(node)
    if (isScalar(node)) {
      if (node.range) found.push({path: at, isKey: false, value: node.value, plain: node.type === 'PLAIN', start: node.range[0], end: node.range[1]})
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
        if (isScalar(pair.key) && pair.key.range) {
          const range = pair.key.range
          found.push({path: [...at, key], isKey: true, value: pair.key.value, plain: pair.key.type === 'PLAIN', start: range[0], end: range[1]})
        } else {
          walk(pair.key, [...at, key])
        }
        walk(pair.value, [...at, key])
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...at, i]))
    } else if (isPair(node)) {
      walk(node.value, at)
    }
  }
  walk(document.contents, [])
  return found.sort((a, b) => a.start - b.start)
}

/** Splits an ajv instancePath (`/controls/SEAL-01/status`) into path segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}
