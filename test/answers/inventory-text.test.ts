import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseDocument, type Document} from 'yaml'
import {openAnswersDocument} from '../../src/answers/answers-document.js'
import {documentText} from '../../src/answers/inventory-text.js'
import type {Device} from '../../src/generated/answers.js'
import {tempDir} from '../helpers/run-cli.js'

type Terminal = Partial<Device> & {serial: string}

const OPTIONS = {lineWidth: 0, flowCollectionPadding: false} as const

/** What yaml itself writes: documentText must give exactly this, or undefined. */
function yamlText(document: Document): string {
  return document.toString(OPTIONS)
}

function terminals(count: number, value: (i: number) => Record<string, unknown> = () => ({})) {
  return Array.from({length: count}, (_, i) => ({
    serial: `TM${String(i).padStart(7, '0')}`,
    make: 'PAX',
    model: 'A920',
    location: `Store ${i % 7}`,
    seal_ids: [`S${i}A`, `S${i}B`],
    state: 'in-use',
    ...value(i),
  }))
}

function documentOf(text: string, inventory: unknown[]): Document {
  const document = parseDocument(text)
  for (const terminal of inventory) {
    const node = document.createNode(terminal)
    const seals = (node as any).get('seal_ids', true)
    if (seals) seals.flow = true
    ;(document.getIn(['inventory'], true) as any).items.push(node)
  }
  return document
}

const FILE = [
  '# answers of Acme',
  'schema_version: 1',
  'inventory:',
  '  # the counter terminal',
  '  - serial: "00123" # quoted: leading zeros',
  '    make: Verifone',
  '    model: V200c',
  '    seal_ids: [S-1]',
  '    state: in-use',
  '',
  '  - serial: A2',
  '    make: PAX',
  '    model: A80',
  '    state: spare',
  '',
  'controls:',
  '  CUS-01:',
  '    status: in_place',
  '',
].join('\n')

describe('documentText', () => {
  it('writes a long inventory to the bytes yaml writes, comments and blank lines of the listed terminals kept', () => {
    const document = documentOf(FILE, terminals(500))
    const text = documentText(document, OPTIONS)
    expect(text).toBeDefined()
    expect(text).toBe(yamlText(document))
    expect(text).toContain('  - serial: "00123" # quoted: leading zeros\n')
    expect(text).toContain('  - serial: TM0000499\n    make: PAX\n    model: A920\n    location: Store 2\n    seal_ids: [S499A, S499B]\n    state: in-use\n\ncontrols:')
    // The document is as it was: the placeholders are gone.
    expect(document.toJS().inventory).toHaveLength(502)
    expect(yamlText(document)).toBe(text)
  })

  it('leaves short inventories, and documents without a block inventory, to yaml', () => {
    expect(documentText(documentOf(FILE, terminals(10)), OPTIONS)).toBeUndefined()
    expect(documentText(parseDocument('inventory: [{serial: A}]\n'), OPTIONS)).toBeUndefined()
    expect(documentText(parseDocument('- a\n- b\n'), OPTIONS)).toBeUndefined()
  })

  it('hands every terminal with a value yaml would quote, or a comment, to yaml, in place among the others', () => {
    const awkward = ['42', '3.10', '1e5', 'true', 'Null', '~', '0x1F', '0o17', '.inf', 'a: b', 'a #b', '#x', '- x', '-', '?', 'x:', 'x ', ' x',
      "'q'", '"q"', '%x', '@x', '`x', '&a', '*a', '!t', '|', '>', 'a,b', '[a]', '{a}', 'a\nb', 'a\tb', '\u0085x', 'x\u0007', '---x', '...x',
      '', 'emoji 😀', '\ud800x', 'Café', '静安店 前台', '（移动终端）', 'x\u00a0', '2029-06-30', 'O\'Brien & Sons (1/2)']
    const inventory = terminals(awkward.length * 3, (i) => (i % 3 === 1 ? {model: awkward[Math.floor(i / 3)]} : {}))
    const document = documentOf(FILE, inventory)
    const commented = (document.getIn(['inventory', 40], true) as any)
    commented.commentBefore = ' moved to the back office'
    ;(document.getIn(['inventory', 41, 'make'], true) as any).comment = 'rebranded'
    ;(document.getIn(['inventory', 42], true) as any).spaceBefore = true
    const text = documentText(document, OPTIONS)
    expect(text).toBeDefined()
    expect(text).toBe(yamlText(document))
    expect(text).toContain('    model: "42"\n')
    expect(text).toContain('  # moved to the back office\n  - serial:')
  })

  it('quotes what a YAML 1.1 reader would take for another type, as yaml does', () => {
    const document = documentOf('%YAML 1.1\n---\ninventory:\n  - serial: A\n', terminals(400, (i) => ({state: ['yes', 'off', 'in-use', 'y'][i % 4], ...(i % 4 === 0 ? {last_inspection: '2026-10-01'} : {})})))
    const text = documentText(document, OPTIONS)
    expect(text).toBe(yamlText(document))
    expect(text).toContain('state: "yes"')
    expect(text).toContain('last_inspection: "2026-10-01"')
  })

  it('gives the same text as yaml for any strings', () => {
    const piece = fc.oneof(
      fc.constantFrom('a', 'Z', '0', '9', ' ', '  ', '.', '-', '_', '/', '+', '(', ')', '&', "'", '"', ':', '#', ',', '[', ']', '{', '}', '!', '%', '@', '`', '|', '>', '?', '*', '~', '=', '$', '^', ';'),
      fc.constantFrom('\n', '\t', '\r', '\u0000', '\u0085', '\u00a0', '\u2028', '\ufeff', 'é', '店', '😀', '\ud800', 'true', 'null', '0x', '1e', '.5', '---', '...'),
    )
    const value = fc.array(piece, {minLength: 0, maxLength: 6}).map((p) => p.join(''))
    fc.assert(
      fc.property(fc.array(value, {minLength: 70, maxLength: 90}), fc.array(value, {minLength: 1, maxLength: 3}), (values, seals) => {
        // Every other terminal is plain, so the text is always written here; the others hold the generated strings.
        const document = documentOf(
          FILE,
          terminals(values.length * 2, (i) => (i % 2 ? {make: values[(i - 1) / 2], seal_ids: i % 4 === 1 ? seals : [values[(i - 1) / 2]!]} : {})),
        )
        const text = documentText(document, OPTIONS)
        expect(text).toBeDefined()
        expect(text).toBe(yamlText(document))
      }),
      {numRuns: 150},
    )
  })
})

describe('AnswersDocument.mergeInventory of many terminals', () => {
  it('writes what yaml writes of the same terminals as nodes, before and after any other edit', async () => {
    const {dir, cleanup} = await tempDir()
    try {
      const file = path.join(dir, 'answers.yaml')
      await writeFile(file, FILE)
      const awkward = ['42', 'a: b', 'x ', '', 'true', '静安店']
      const devices = terminals(300, (i) => (i % 50 === 7 ? {model: awkward[(i / 50) | 0]!} : i % 61 === 3 ? {seal_ids: []} : {})) as Terminal[]
      const doc = await openAnswersDocument(file)
      expect(doc.mergeInventory(devices.slice(0, 200))).toEqual({added: 200, updated: 0, total: 202})
      expect(doc.mergeInventory([...devices.slice(150, 300), {serial: 'A2', make: 'PAX', model: 'A80', state: 'retired' as const}])).toEqual({
        added: 100,
        updated: 51,
        total: 302,
      })
      const written = doc.toString()
      // Reading the document makes every terminal a node; yaml alone then writes the same bytes.
      expect(doc.document.toString(OPTIONS)).toBe(written)
      expect(doc.toString()).toBe(written)
      expect(written).toContain('  - serial: A2\n    make: PAX\n    model: A80\n    state: retired\n')
      expect(written).toContain('    model: "42"\n')
      const copy = await openAnswersDocument(file)
      for (const device of devices) for (const [field, value] of Object.entries(device)) copy.setDeviceField(device.serial, field as never, value)
      copy.setDeviceField('A2', 'state', 'retired')
      expect(copy.toString()).toBe(written)
    } finally {
      await cleanup()
    }
  })
})
