/**
 * Lays text blocks out once, as boxes placed relative to the block's top-left corner, from the style table; the
 * result is then either measured (`measureLaidOut`) or painted (`PdfLayout`), so the height a card's body is
 * measured at is the height it is drawn at. Nothing here touches pdfkit: the height of a run of text is asked
 * of the caller.
 */
import {BLOCK_STYLES, FIELD_STYLE, GAP_STYLE, type BlockStyle, type Keep, type MarkerStyle, type RuleStyle, type TextStyle} from './pdf-style.js'
import type {TextBlock} from './text-blocks.js'

/** Wrapped text at `dx`, `dy` from the row's top-left corner, `width` wide. */
export interface TextRun {
  text: string
  dx: number
  dy: number
  width: number
  style: TextStyle
  align?: 'left' | 'right' | 'center'
}

/** Drawn in the indent beside the first line of a row; takes no height of its own. */
export type Marker = {kind: 'glyph'; text: string; width: number; style: TextStyle} | {kind: 'square'; size: number; dy: number; color: string}

export type LaidOutRow =
  /** Runs side by side; the row is as tall as the tallest, then `after`. */
  | {kind: 'text'; runs: TextRun[]; marker?: Marker; after: number}
  /** A line across the column, `width` long. */
  | ({kind: 'rule'; width: number} & RuleStyle)

export type LaidOutBlock =
  | {
      kind: 'block'
      /** Space above; dropped at the top of a page. */
      before: number
      keep?: RoomToKeep
      outline?: {level: 'section' | 'subsection'; title: string}
      /** Moves up this much first (a note tucked under its bullet). */
      rise: number
      rows: LaidOutRow[]
    }
  /** A layout element drawn by code; it counts as nothing when measured. */
  | {kind: 'directive'; name: string; args: string[]}

/** Room to keep below before a block starts: points, or lines of text in the block's size. */
export type RoomToKeep = {points: number} | {lines: number; size: number}

/** The height of a run of text, every line and its line gap included. */
export type RunHeight = (run: TextRun) => number

/** Lays out blocks in a column `width` wide. */
export function layoutBlocks(blocks: readonly TextBlock[], width: number): LaidOutBlock[] {
  const laid: LaidOutBlock[] = []
  let previous: TextBlock | undefined
  /** Whether the previous block hangs under a bullet, so a run of notes under a bullet stays aligned. */
  let hanging = false
  for (const block of blocks) {
    let hangs = false
    switch (block.kind) {
      case 'directive':
        laid.push({kind: 'directive', name: block.name, args: block.args})
        break
      case 'gap':
        laid.push({kind: 'block', before: GAP_STYLE.before, rise: 0, rows: []})
        break
      case 'field':
        laid.push(layoutField(block.label, block.value, width))
        break
      default: {
        const style = BLOCK_STYLES[block.kind]
        const underBullet: boolean = previous?.kind === 'bullet' || (previous?.kind === block.kind && hanging)
        const hang: BlockStyle['underBullet'] = underBullet ? style.underBullet : undefined
        hangs = hang !== undefined
        const indent = style.indent + (hang?.indent ?? 0)
        const rise = previous?.kind === 'bullet' ? (hang?.rise ?? 0) : 0
        const run: TextRun = {text: block.text, dx: indent, dy: 0, width: width - indent, style: style.text}
        const rows: LaidOutRow[] = [{kind: 'text', runs: [run], marker: marker(style.marker, block, indent), after: style.after}]
        if (style.rule) rows.push({kind: 'rule', width, ...style.rule})
        laid.push({
          kind: 'block',
          before: style.before,
          keep: style.keep && roomToKeep(style.keep, style.text.size),
          outline: style.outline && {level: style.outline, title: block.text},
          rise,
          rows,
        })
      }
    }
    hanging = hangs
    previous = block
  }
  return laid
}

/** A label in the left column and its value beside it. */
export function layoutField(label: string, value: string, width: number): LaidOutBlock {
  const labelWidth = Math.min(FIELD_STYLE.labelWidth, width * FIELD_STYLE.labelShare)
  return {
    kind: 'block',
    before: 0,
    keep: roomToKeep(FIELD_STYLE.keep, FIELD_STYLE.value.size),
    rise: 0,
    rows: [
      {
        kind: 'text',
        runs: [
          {text: label, dx: 0, dy: FIELD_STYLE.labelDrop, width: labelWidth - FIELD_STYLE.labelGap, style: FIELD_STYLE.label},
          {text: value === '' ? FIELD_STYLE.empty : value, dx: labelWidth, dy: 0, width: width - labelWidth, style: FIELD_STYLE.value},
        ],
        after: FIELD_STYLE.after,
      },
    ],
  }
}

/** A glyph marker fills the indent; a numbered item's glyph is its number and a full stop. */
function marker(style: MarkerStyle | undefined, block: TextBlock, width: number): Marker | undefined {
  if (style?.kind !== 'glyph') return style
  return {kind: 'glyph', text: style.text ?? `${block.kind === 'numbered' ? block.number : ''}.`, width, style: style.style}
}

function roomToKeep(keep: Keep, size: number): RoomToKeep {
  return 'points' in keep ? keep : {lines: keep.lines, size}
}

/** How far painting the blocks moves down, when no page breaks among them and none starts at the top of a page. */
export function measureLaidOut(laid: readonly LaidOutBlock[], runHeight: RunHeight): number {
  let height = 0
  for (const block of laid) {
    if (block.kind === 'directive') continue
    let blockHeight = block.before - block.rise
    for (const row of block.rows) blockHeight += rowHeight(row, runHeight)
    height += blockHeight
  }
  return height
}

function rowHeight(row: LaidOutRow, runHeight: RunHeight): number {
  if (row.kind === 'rule') return row.before + row.after
  return Math.max(...row.runs.map((run) => run.dy + runHeight(run))) + row.after
}
