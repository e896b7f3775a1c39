import {readFile} from 'node:fs/promises'
import {Document, isMap, isNode, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq, type Node} from 'yaml'
import {formatLocation} from '../diagnostics/diagnostic.js'
import {fileError, UserError} from '../model/errors.js'
import type {Answer, Device} from '../generated/answers.js'
import {writeOutputFile} from '../io/atomic-write.js'
import {parseYamlSource} from '../io/yaml-source.js'
import {findCardNumberIn} from '../model/pan.js'
import {isIdentifierField} from './identifier-fields.js'
import {documentText} from './inventory-text.js'
import {schemaDocument} from '../io/schemas.js'

export type YamlPath = readonly (string | number)[]

/** The top of a new answers file; the sections are added, in schema order, as they are answered. */
export const NEW_FILE_COMMENT = [
  ' posattest answers file: written by `posattest assess`; check it with `posattest validate`.',
  ' Never write a card number (PAN) anywhere in this file.',
].join('\n')

/** What merging a list of terminals into the inventory did. */
export interface InventoryMerge {
  added: number
  updated: number
  /** Terminals in the inventory after the merge. */
  total: number
}

/**
 * An answers file opened for editing. It wraps the `yaml` Document so that values change in place:
 * comments, key order and quoting of everything not touched stay as the person wrote them, and keys
 * that are new are put where the schema orders them. Every string set here is checked for card
 * numbers first, so one can never reach the disk through this class.
 */
export class AnswersDocument {
  /** Control ids in catalog order, so a new control answer lands among its neighbours. */
  controlOrder: readonly string[] = []

  /**
   * Terminals mergeInventory appended (after the inventory's items), kept as plain data until something else
   * reads or edits the document: toString writes them straight to text (documentText), any other use first
   * makes them the nodes they stand for (deviceNode). A 100,000-row import then builds no node per terminal.
   */
  private pending: PlainDevice[] = []

  constructor(
    readonly file: string,
    private readonly yamlDocument: Document,
    /** Whether the file was absent or empty when opened. */
    readonly created: boolean,
  ) {}

  /** The yaml Document, every terminal appended so far in it as a node. */
  get document(): Document {
    this.materialize()
    return this.yamlDocument
  }

  private materialize(): void {
    if (this.pending.length === 0) return
    const devices = this.pending
    this.pending = []
    const seq = this.collectionAt(['inventory'], true, 'seq') as YAMLSeq
    for (const device of devices) seq.items.push(deviceNode(this.yamlDocument, device))
  }

  /** The plain data (after the edits made so far). */
  data(): Record<string, unknown> {
    this.materialize()
    const value = this.yamlDocument.toJS({maxAliasCount: 100}) as unknown
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
  }

  /** The plain value at a path, or undefined. Converts only that node, not the whole document. */
  get(path: YamlPath): unknown {
    this.materialize()
    if (path.length === 0) return this.data()
    const node = this.yamlDocument.getIn(path, true)
    return isNode(node) ? node.toJS(this.yamlDocument, {maxAliasCount: 100}) : node
  }

  /** Sets (or, with undefined, removes) the value at a path, creating the mappings on the way. */
  set(path: YamlPath, value: unknown): void {
    refuseCardNumbers(path, value)
    this.place(path, value)
  }

  /** Appends a value to the sequence at a path (created if absent); returns its index. */
  append(path: YamlPath, value: unknown): number {
    refuseCardNumbers(path, value)
    return this.appendChecked(path, value)
  }

  /** `set` for a value already checked for card numbers (each value is scanned once, not once per level). */
  private place(path: YamlPath, value: unknown): void {
    this.materialize()
    if (path.length === 0) throw new Error('set needs a path')
    const parentPath = path.slice(0, -1)
    const key = path[path.length - 1]!
    if (value === undefined) {
      const parent = this.collectionAt(parentPath, false)
      if (isMap(parent)) parent.delete(key)
      else if (isSeq(parent) && typeof key === 'number') parent.items.splice(key, 1)
      return
    }
    const parent = this.collectionAt(parentPath, true, typeof key === 'number' ? 'seq' : 'map')
    const node = this.createNode(path, value)
    if (isSeq(parent)) {
      if (typeof key !== 'number' || key > parent.items.length) throw new Error(`bad sequence index ${String(key)}`)
      if (key === parent.items.length) parent.items.push(node)
      else replaceItem(parent, key, node)
      return
    }
    setOrdered(this.yamlDocument, parent as YAMLMap, String(key), node, this.keyOrder(parentPath))
  }

  private appendChecked(path: YamlPath, value: unknown): number {
    this.materialize()
    const seq = this.collectionAt(path, true, 'seq') as YAMLSeq
    const index = seq.items.length
    this.place([...path, index], value)
    return index
  }

  /** Sets one field of the assessment block, e.g. `['entity', 'legal_name']` or `['date']`. */
  setAssessmentField(path: YamlPath, value: unknown): void {
    this.set(['assessment', ...path], value)
  }

  /** Sets one scoping fact of the profile. */
  setProfileFact(fact: string, value: unknown): void {
    this.set(['profile', fact], value)
  }

  /** Index in the inventory of the terminal with this serial, or -1. */
  deviceIndex(serial: string): number {
    const inventory = this.get(['inventory'])
    if (!Array.isArray(inventory)) return -1
    return inventory.findIndex((d) => d !== null && typeof d === 'object' && String((d as Device).serial) === serial)
  }

  /** Sets one field of the terminal with this serial, adding the terminal if it is not listed yet. */
  setDeviceField(serial: string, field: keyof Device, value: unknown): void {
    let index = this.deviceIndex(serial)
    if (index < 0) index = this.append(['inventory'], {serial})
    this.set(['inventory', index, field], value)
  }

  /**
   * Merges terminals by serial: a listed one has the given fields replaced (fields not given are
   * kept, fields given as undefined are removed), a new one is appended. `replace` drops every
   * terminal first.
   */
  mergeInventory(devices: readonly Partial<Device>[], options: {replace?: boolean} = {}): InventoryMerge {
    // All or nothing: a refused value must not leave half a merge behind.
    devices.forEach((device, index) => refuseCardNumbers(['inventory', index], device))
    if (options.replace) this.set(['inventory'], [])
    // One pass: index the listed serials once instead of searching the inventory for every row.
    const listed = new Map<string, number>()
    const inventory = this.get(['inventory'])
    if (Array.isArray(inventory)) {
      inventory.forEach((d, index) => {
        const serial = d !== null && typeof d === 'object' ? String((d as Device).serial) : undefined
        if (serial !== undefined && !listed.has(serial)) listed.set(serial, index)
      })
    }
    let added = 0
    let updated = 0
    for (const device of devices) {
      const serial = String(device.serial)
      const index = listed.get(serial) ?? -1
      if (index < 0) {
        listed.set(serial, this.appendDevice(device))
        added++
      } else {
        for (const [field, value] of Object.entries(device)) {
          if (field !== 'serial') this.place(['inventory', index, field], value)
        }
        updated++
      }
    }
    const contents = this.yamlDocument.contents
    const merged = isMap(contents) ? contents.get('inventory', true) : undefined
    return {added, updated, total: (isSeq(merged) ? merged.items.length : 0) + this.pending.length}
  }

  /**
   * Appends a terminal already checked for card numbers; its undefined fields are left out. A terminal of strings
   * and lists of strings (any CSV row) is built node by node, the same nodes `createNode` would make (a string is a
   * Scalar, a list a flow YAMLSeq of them: markFlowLists), without its generic per-value work.
   */
  private appendDevice(device: Partial<Device>): number {
    const entries = Object.entries(device).filter(([, v]) => v !== undefined)
    const simple = entries.every(([key, v]) => (FLOW_LISTS.has(key) ? isStringList(v) : typeof v === 'string'))
    if (!simple) return this.appendChecked(['inventory'], Object.fromEntries(entries))
    // The list must exist (made as createNode would) before terminals wait to be added to it.
    const seq = this.collectionAt(['inventory'], true, 'seq') as YAMLSeq
    this.pending.push(Object.fromEntries(entries) as PlainDevice)
    return seq.items.length + this.pending.length - 1
  }

  /** Sets one field of a control's answer (status, notes, owner, ...). */
  setControlField(id: string, field: keyof Answer, value: unknown): void {
    this.set(['controls', id, field], value)
  }

  /** Replaces a control's whole answer; fields the new answer lacks are removed, the others keep their comments. */
  setControlAnswer(id: string, answer: Answer): void {
    const current = this.get(['controls', id])
    if (current !== null && typeof current === 'object') {
      for (const field of Object.keys(current)) {
        if (!(field in answer)) this.set(['controls', id, field], undefined)
      }
    }
    for (const [field, value] of Object.entries(answer)) this.set(['controls', id, field], value)
  }

  toString(): string {
    const options = {lineWidth: 0, flowCollectionPadding: false} as const
    // A long inventory is written beside yaml's stringifier, to the same bytes (see documentText).
    const text = documentText(this.yamlDocument, options, this.pending, (device) => deviceNode(this.yamlDocument, device))
    return text ?? this.document.toString(options)
  }

  /** Writes the file atomically: a crash mid-write leaves the previous version. */
  async save(): Promise<void> {
    await writeOutputFile(this.file, this.toString())
  }

  /** The collection at a path; with `create`, missing or empty (null) ones are made as block collections. */
  private collectionAt(path: YamlPath, create: boolean, kind: 'map' | 'seq' = 'map'): YAMLMap | YAMLSeq | undefined {
    if (this.yamlDocument.contents === null || this.yamlDocument.contents === undefined) {
      if (!create) return undefined
      this.yamlDocument.contents = new YAMLMap() as any
    }
    let node: unknown = this.yamlDocument.contents
    for (const [depth, segment] of path.entries()) {
      const here = path.slice(0, depth)
      const childKind = depth === path.length - 1 ? kind : typeof path[depth + 1] === 'number' ? 'seq' : 'map'
      let child: unknown
      if (isMap(node)) child = node.get(segment, true)
      else if (isSeq(node) && typeof segment === 'number') child = node.items[segment]
      else throw this.shapeError(here, node)
      if (child === undefined || (isScalar(child) && (child.value === null || child.value === undefined))) {
        if (!create) return undefined
        const made = childKind === 'seq' ? new YAMLSeq() : new YAMLMap()
        if (isMap(node)) setOrdered(this.yamlDocument, node, String(segment), made, this.keyOrder(here))
        else replaceItem(node as YAMLSeq, segment as number, made)
        child = made
      }
      node = child
    }
    if (isMap(node) || isSeq(node)) {
      // `{}` and `[]` from a template would otherwise print the answers on one line.
      if (create && node.items.length === 0) node.flow = false
      return node
    }
    throw this.shapeError(path, node)
  }

  private shapeError(path: YamlPath, node: unknown): UserError {
    const range = (node as Node | undefined)?.range
    const where = range ? this.position(range[0]) : this.file
    return new UserError('not-a-container', `${where}: ${path.join('.') || 'the file'} must be a mapping or a list; cannot add answers to it`)
  }

  private position(offset: number): string {
    const text = sourceText.get(this.yamlDocument) ?? ''
    const head = text.slice(0, offset)
    const line = head.split('\n').length
    const column = offset - head.lastIndexOf('\n')
    return formatLocation({file: this.file, line, column})
  }

  private createNode(path: YamlPath, value: unknown): Node {
    const node = this.yamlDocument.createNode(value) as Node
    markFlowLists(node, path)
    return node
  }

  private keyOrder(path: YamlPath): readonly string[] {
    if (path.length === 1 && path[0] === 'controls') return this.controlOrder
    return schemaKeyOrder(path)
  }
}

/** Opens an answers file for editing; an absent or empty file gives a new document with just `schema_version`. */
export async function openAnswersDocument(file: string): Promise<AnswersDocument> {
  let bytes: Buffer | undefined
  try {
    bytes = await readFile(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw fileError(file, error)
  }
  if (bytes === undefined || bytes.toString('utf8').trim() === '') {
    const document = new Document({schema_version: 1})
    document.commentBefore = NEW_FILE_COMMENT
    return new AnswersDocument(file, document as Document, true)
  }
  const source = parseYamlSource(file, bytes)
  const first = source.diagnostics[0]
  if (first) throw new UserError(first.rule, `${formatLocation(first)}: ${first.message}`)
  sourceText.set(source.document, source.text)
  const contents = source.document.contents
  const created = contents === null || (isScalar(contents) && contents.value === null)
  if (!created && !isMap(contents)) {
    const at = source.positionOf(contents!.range?.[0] ?? 0)
    throw new UserError('not-a-mapping', `${formatLocation({file, ...at})}: an answers file must be a mapping (key: value lines)`)
  }
  const doc = new AnswersDocument(file, source.document as Document, created)
  if (created) {
    // A file holding only comments: keep them, start the data below.
    source.document.contents = source.document.createNode({schema_version: 1}) as any
  } else {
    for (const [section, kind] of [
      ['assessment', 'map'],
      ['profile', 'map'],
      ['inventory', 'seq'],
      ['controls', 'map'],
    ] as const) {
      const node = (contents as YAMLMap).get(section, true) as Node | undefined
      if (node === undefined || (isScalar(node) && node.value === null)) continue
      if (kind === 'map' ? !isMap(node) : !isSeq(node)) {
        const at = source.locate([section])
        throw new UserError(
          'wrong-section-type',
          `${formatLocation({file, ...at})}: ${section} must be ${kind === 'map' ? 'a mapping' : 'a list'}`,
        )
      }
    }
  }
  return doc
}

// The text each parsed document came from, for positions in shape errors.
const sourceText = new WeakMap<Document, string>()

/** A card number in any string of a value stops the edit: it must never reach the file. */
function refuseCardNumbers(path: YamlPath, value: unknown): void {
  const found = findCardNumberIn(value, isIdentifierField, [...path])
  if (found) {
    throw new UserError('card-number', `${found.path.join('.')}: holds what looks like a card number (${found.match.masked}); card numbers are never stored`)
  }
}

/**
 * Puts a new `key` right after the last existing key the order puts before it (else before the first
 * one it puts after it), so a hand-ordered file is not reshuffled; a replaced value keeps its comments.
 */
function setOrdered(document: Document, map: YAMLMap, key: string, node: Node, order: readonly string[]): void {
  const existing = map.items.find((p) => keyOf(p) === key)
  if (existing) {
    const previous = existing.value as Node | null
    if (isScalar(previous) && isScalar(node)) {
      // Same node, new value: its comments and quoting style stay.
      // A quoting style only carries over from string to string (a quoted placeholder becomes a plain `true`).
      if (typeof previous.value !== 'string' || typeof node.value !== 'string' || previous.type === Scalar.PLAIN) delete previous.type
      previous.value = node.value
      return
    }
    if (previous && typeof previous === 'object') {
      node.commentBefore = previous.commentBefore
      node.comment = previous.comment
      node.spaceBefore = previous.spaceBefore
    }
    existing.value = node
    return
  }
  const rank = order.indexOf(key)
  let at = map.items.length
  if (rank >= 0) {
    const ranks = map.items.map((p) => order.indexOf(keyOf(p)))
    const lastBefore = ranks.reduce((found, r, i) => (r >= 0 && r < rank ? i : found), -1)
    const firstAfter = ranks.findIndex((r) => r > rank)
    if (lastBefore >= 0) at = lastBefore + 1
    else if (firstAfter >= 0) at = firstAfter
  }
  map.items.splice(at, 0, document.createPair(key, node))
}

function replaceItem(seq: YAMLSeq, index: number, node: Node): void {
  const previous = seq.items[index] as Node | undefined
  if (previous && typeof previous === 'object') {
    node.commentBefore = previous.commentBefore
    node.comment = previous.comment
  }
  seq.items[index] = node
}

/** A terminal of strings and, under the FLOW_LISTS keys, lists of strings: any CSV row. */
type PlainDevice = Record<string, string | string[]>

/**
 * The nodes `createNode` and markFlowLists make of a PlainDevice (a Scalar per string, a flow YAMLSeq per list),
 * built directly, without createNode's generic per-value work.
 */
function deviceNode(document: Document, device: PlainDevice): YAMLMap {
  const map = new YAMLMap(document.schema)
  for (const [key, value] of Object.entries(device)) {
    let node: Node
    if (typeof value === 'string') node = new Scalar(value)
    else {
      const list = new YAMLSeq(document.schema)
      for (const item of value) list.items.push(new Scalar(item))
      list.flow = true
      node = list
    }
    map.items.push(new Pair(new Scalar(key), node))
  }
  return map
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
}

/** Lists of short tokens: one line (`[S-1, S-2]`, `[ip, wifi]`) reads better than one per line. */
const FLOW_LISTS = new Set(['seal_ids', 'terminal_connections'])

function markFlowLists(node: Node, path: YamlPath): void {
  const last = path[path.length - 1]
  if (typeof last === 'string' && FLOW_LISTS.has(last) && isSeq(node)) {
    node.flow = true
    return
  }
  if (isMap(node)) {
    for (const key of FLOW_LISTS) {
      const list = node.get(key, true)
      if (isSeq(list)) list.flow = true
    }
  } else if (isSeq(node)) {
    for (const item of node.items) if (isMap(item)) markFlowLists(item, [...path, 0])
  }
}

let answersSchema: Record<string, any> | undefined

/** The keys of the mapping at a path, in the order the answers schema lists them. */
export function schemaKeyOrder(path: YamlPath): string[] {
  answersSchema ??= schemaDocument('answers')
  const resolve = (schema: any): any => {
    let current = schema
    while (current?.$ref) current = answersSchema!.$defs[String(current.$ref).replace('#/$defs/', '')]
    return current
  }
  let schema: any = answersSchema
  for (const segment of path) {
    schema = resolve(schema)
    if (typeof segment === 'number') schema = schema?.items
    else schema = schema?.properties?.[segment] ?? (typeof schema?.additionalProperties === 'object' ? schema.additionalProperties : undefined)
  }
  schema = resolve(schema)
  return Object.keys(schema?.properties ?? {})
}
