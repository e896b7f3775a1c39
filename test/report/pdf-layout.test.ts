// Measuring and drawing agree: every kind of block is measured at exactly the height it moves down when drawn,
// because both read the one laid-out block (pdf-block-layout.ts) built from the style table (pdf-style.ts).
// Line heights of Noto Sans SC (ascender 1160, descender -288 per 1000) with the line gap of 2 points:
// body 9.5 pt 15.756, small 8 pt 13.584, h3 10 pt 16.48, h2 12.5 pt 20.1, h1 17 pt 26.616, title 24 pt 36.752.
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {layoutBlocks} from '../../src/report/pdf-block-layout.js'
import {openPdf, type OpenPdf} from '../../src/report/pdf-document.js'
import type {PdfLayout} from '../../src/report/pdf-layout.js'
import {CARD_STYLE} from '../../src/report/pdf-style.js'
import {parseTextBlocks, type TextBlock} from '../../src/report/text-blocks.js'

const BODY = 15.756
const SMALL = 13.584
/** Table lines: 7.5 pt with a line gap of 1. */
const TABLE_LINE = 11.86

const LONG =
  'The terminal inventory is updated by the store manager after every change and reconciled with the devices on site ' +
  'once a quarter; the reconciliation is signed and kept with the inspection log for twelve months.'

const FULL_LINE = 'Seals on every terminal in use are checked against the register at the start of each shift by the supervisor on'

let pdf: OpenPdf
let layout: PdfLayout
let pages: number

beforeEach(() => {
  pdf = openPdf({})
  layout = pdf.layout
  pages = 0
  pdf.doc.on('pageAdded', () => pages++)
})

afterEach(async () => {
  await pdf.finish()
})

/** Measures the blocks, then draws them from mid-page; returns both heights. */
function measureAndDraw(blocks: readonly TextBlock[], indent = 0): {measured: number; drawn: number} {
  layout.doc.y = 200
  const measured = layout.measureBlocks(blocks, indent)
  layout.blocks(blocks, {}, indent)
  expect(pages, 'no page break while drawing').toBe(0)
  return {measured, drawn: layout.doc.y - 200}
}

describe('a block is measured at the height it is drawn', () => {
  it.each<[string, TextBlock[], number]>([
    ['a title', [{kind: 'title', text: 'Self-assessment'}], 36.752 + 6],
    ['a section heading and its rule', [{kind: 'h1', text: '1. Summary'}], 26.616 + 2 + 1 + 10],
    ['a subsection heading', [{kind: 'h2', text: 'Scope'}], 6 + 20.1 + 4],
    ['a minor heading', [{kind: 'h3', text: 'Evidence'}], 3 + 16.48 + 2],
    ['a paragraph', [{kind: 'paragraph', text: 'One line.'}], BODY + 4],
    ['a paragraph with a line break', [{kind: 'paragraph', text: 'One\ntwo'}], 2 * BODY + 4],
    ['an empty paragraph', [{kind: 'paragraph', text: ''}], 4],
    ['a bullet', [{kind: 'bullet', text: 'An item'}], BODY + 3],
    ['a numbered item', [{kind: 'numbered', number: '12', text: 'A step'}], BODY + 3],
    // One line beside a bullet's 12-point indent; beside a number's 18 points it would wrap.
    ['a bullet that fills its line', [{kind: 'bullet', text: FULL_LINE}], BODY + 3],
    ['a numbered item as long', [{kind: 'numbered', number: '1', text: FULL_LINE}], 2 * BODY + 3],
    ['a note', [{kind: 'note', text: 'A muted note'}], SMALL + 4],
    ['a warning', [{kind: 'warning', text: 'A gap'}], BODY + 3],
    ['a field', [{kind: 'field', label: 'Owner', value: 'Store manager'}], BODY + 3],
    ['a field with an empty value', [{kind: 'field', label: 'Owner', value: ''}], BODY + 3],
    // The label sits 1 point below the value's top, so a taller label ends 1 point lower.
    ['a field whose label is taller', [{kind: 'field', label: 'One\ntwo\nthree', value: 'x'}], 1 + 3 * SMALL + 3],
    ['a gap', [{kind: 'paragraph', text: 'x'}, {kind: 'gap'}], BODY + 4 + 5],
    // Tucked 2 points up under its bullet, indented with it, and the next note stays in line.
    ['notes under a bullet', parseTextBlocks('- evidence/seals.pdf\n> SHA-256 abc\n> second note'), BODY + 3 - 2 + SMALL + 4 + SMALL + 4],
  ])('%s', (_name, blocks, expected) => {
    const {measured, drawn} = measureAndDraw(blocks)
    expect(drawn).toBeCloseTo(measured, 9)
    expect(measured).toBeCloseTo(expected, 9)
  })

  it('long text, measured at the width it wraps in', () => {
    // In a card (10 points in): 2 lines as a paragraph, 3 beside a marker, 2 in the small type of a note.
    const lines = {bullet: 3, numbered: 3, warning: 3, note: 2, paragraph: 2}
    for (const kind of ['bullet', 'numbered', 'warning', 'note', 'paragraph'] as const) {
      const block: TextBlock = kind === 'numbered' ? {kind, number: '3', text: LONG} : {kind, text: LONG}
      layout.newPage()
      pages = 0
      const {measured, drawn} = measureAndDraw([block], CARD_STYLE.bodyIndent)
      expect(drawn, kind).toBeCloseTo(measured, 9)
      const line = kind === 'note' ? SMALL : BODY
      const after = kind === 'note' || kind === 'paragraph' ? 4 : 3
      expect(measured, kind).toBeCloseTo(lines[kind] * line + after, 9)
    }
  })

  it('a card body as the control template writes it, indented in the card', () => {
    const body = parseTextBlocks(
      [
        '= Severity | High · PCI DSS 9.5.1',
        `= Notes | ${LONG}`,
        '= Compensating control | worksheet in section 5',
        '### Evidence',
        `- ${LONG}: evidence/inspection-log.pdf (dated 2026-03-10)`,
        '> SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
        '- evidence/seal-register.xlsx (dated 2026-03-01)',
        '### Why this is a gap',
        `! ${LONG}`,
        '> Terminals concerned: SN-0001, SN-0002',
      ].join('\n'),
    )
    const {measured, drawn} = measureAndDraw(body, CARD_STYLE.bodyIndent)
    expect(drawn).toBeCloseTo(measured, 9)
    // 3 fields (the notes on 3 lines), 2 minor headings, 2 bullets (the first on 3 lines) with a note under the
    // first, a warning on 3 lines and its note.
    const fields = 3 * (BODY + 3) + 2 * BODY
    const headings = 2 * (3 + 16.48 + 2)
    const bullets = 4 * BODY + 2 * 3 + (-2 + SMALL + 4)
    const warning = 3 * BODY + 3 + SMALL + 4
    expect(measured).toBeCloseTo(fields + headings + bullets + warning, 9)
  })
})

describe('a directive', () => {
  it('is measured as nothing and drawn by its handler', () => {
    const blocks = parseTextBlocks('@spacer\nafter it')
    layout.doc.y = 200
    expect(layout.measureBlocks(blocks)).toBeCloseTo(BODY + 4, 9)
    layout.blocks(blocks, {spacer: () => void (layout.doc.y += 30)})
    expect(layout.doc.y - 200).toBeCloseTo(30 + BODY + 4, 9)
  })
})

describe('field()', () => {
  it('draws as a field block does', () => {
    layout.doc.y = 200
    layout.field('Policy', 'Acquirer minimum')
    expect(layout.doc.y - 200).toBeCloseTo(layout.measureBlocks([{kind: 'field', label: 'Policy', value: 'Acquirer minimum'}]), 9)
  })
})

describe('card()', () => {
  const header = {title: 'SEAL-01  Tamper seals on every terminal', badges: [{text: 'In Place', color: '#1a7f37'}], tint: '#f7f9fc', stripe: '#1a7f37'}
  const body = parseTextBlocks('= Severity | High\n- evidence/seals.pdf\n> SHA-256 abc')
  /** The band of a one-line title (14.48 + 2, padded by 5 above and below) and the 5 points under it. */
  const band = 16.48 + 2 * 5 + 5

  it('keeps the header with the whole of a short body, by the body height measured', () => {
    const bodyHeight = layout.measureBlocks(body, CARD_STYLE.bodyIndent)
    expect(bodyHeight).toBeCloseTo(BODY + 3 + (BODY + 3) + (-2 + SMALL + 4), 9)
    // Exactly enough room: the card starts here.
    layout.doc.y = layout.bottom - band - bodyHeight
    const start = layout.doc.y
    layout.card(header, body)
    expect(pages).toBe(0)
    expect(layout.doc.y - start).toBeCloseTo(band + bodyHeight + 2 + 8, 9)
  })

  it('moves to the next page when the body would not fit whole', () => {
    const bodyHeight = layout.measureBlocks(body, CARD_STYLE.bodyIndent)
    layout.doc.y = layout.bottom - band - bodyHeight + 0.01
    layout.card(header, body)
    expect(pages).toBe(1)
    expect(layout.doc.y).toBeCloseTo(layout.top + band + bodyHeight + 2 + 8, 9)
  })
})

describe('table()', () => {
  it('gives each row the height of its tallest cell, padded by 3 above and below', () => {
    layout.doc.y = 200
    layout.table(
      [
        {header: 'Rule', width: 110},
        {header: 'What it checks', width: 0},
      ],
      [{cells: ['verdict', 'one line']}, {cells: ['score', 'two\nlines']}, {cells: ['', '']}],
    )
    // The header and three rows (an empty row is one line tall), then 6 points under the table.
    expect(layout.doc.y - 200).toBeCloseTo(TABLE_LINE + 6 + (TABLE_LINE + 6) + (2 * TABLE_LINE + 6) + (TABLE_LINE + 6) + 6, 9)
  })
})

describe('layoutBlocks', () => {
  it('places a bullet after its marker and the note under it in line with the bullet text', () => {
    const [bullet, note] = layoutBlocks(parseTextBlocks('- item\n> note'), 400)
    expect(bullet).toMatchObject({kind: 'block', rise: 0, keep: {lines: 2, size: 9.5}})
    expect(bullet).toMatchObject({rows: [{kind: 'text', marker: {kind: 'glyph', text: '•', width: 12}, runs: [{dx: 12, width: 388}], after: 3}]})
    expect(note).toMatchObject({kind: 'block', rise: 2, rows: [{kind: 'text', runs: [{dx: 12, width: 388}], after: 4}]})
  })

  it('gives a field a label column of at most a third of the width', () => {
    const [wide] = layoutBlocks([{kind: 'field', label: 'L', value: 'V'}], 483)
    const [narrow] = layoutBlocks([{kind: 'field', label: 'L', value: 'V'}], 300)
    expect(wide).toMatchObject({rows: [{runs: [{dx: 0, dy: 1, width: 104}, {dx: 112, dy: 0, width: 371}]}]})
    expect(narrow).toMatchObject({rows: [{runs: [{dx: 0, dy: 1, width: 92}, {dx: 100, dy: 0, width: 200}]}]})
  })
})
