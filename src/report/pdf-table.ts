import type {TextRun} from './pdf-block-layout.js'
import type {PdfLayout} from './pdf-layout.js'
import {COLORS, TABLE_STYLE, type FontWeight} from './pdf-style.js'

export interface TableColumn {
  header: string
  /** Points; the last column with width 0 takes what is left. */
  width: number
  align?: 'left' | 'right' | 'center'
}

export interface TableCell {
  text: string
  color?: string
  weight?: FontWeight
}

export interface TableRow {
  cells: (string | TableCell)[]
  fill?: string
}

/**
 * A table whose rows break across pages, repeating the header row at the top of each new page. A row taller
 * than a whole page is cut with an ellipsis rather than split. Each cell is one run of text, measured for the
 * row's height and drawn by the same runs.
 */
export function drawTable(layout: PdfLayout, columns: readonly TableColumn[], rows: readonly TableRow[], options: {size?: number} = {}): void {
  const {doc} = layout
  const size = options.size ?? TABLE_STYLE.size
  const {padding, lineGap} = TABLE_STYLE
  const fixed = columns.reduce((sum, c) => sum + c.width, 0)
  const widths = columns.map((c) => (c.width === 0 ? Math.max(layout.width - fixed, TABLE_STYLE.minFlexWidth) : c.width))
  const runs = (cells: readonly (string | TableCell)[], weight?: FontWeight): TextRun[] =>
    cells.map((c, i) => {
      const cell = typeof c === 'string' ? {text: c} : c
      return {
        text: cell.text,
        dx: padding,
        dy: padding,
        width: widths[i]! - 2 * padding,
        style: {weight: weight ?? cell.weight ?? 'regular', size, color: cell.color ?? COLORS.ink, lineGap},
        align: columns[i]!.align ?? 'left',
      }
    })
  // An empty cell is one line tall, so a row of empty cells keeps its height.
  const heightOf = (cells: readonly TextRun[]) =>
    Math.max(...cells.map((run) => layout.measureRun(run.text === '' ? {...run, text: ' '} : run))) + 2 * padding

  const drawRow = (cells: readonly TextRun[], height: number, fill: string | undefined, clip: boolean) => {
    const y = doc.y
    if (fill) doc.rect(layout.left, y, layout.width, height).fill(fill)
    let x = layout.left
    for (const [i, run] of cells.entries()) {
      if (clip) {
        layout.font(run.style.weight, size, run.style.color)
        doc.text(run.text.replaceAll('\n', ' '), x + run.dx, y + run.dy, {
          width: run.width,
          lineGap,
          align: run.align,
          height: height - 2 * padding,
          ellipsis: true,
        })
      } else {
        doc.y = y + run.dy
        layout.drawRun(run, x)
      }
      x += widths[i]!
    }
    doc
      .moveTo(layout.left, y + height)
      .lineTo(layout.left + layout.width, y + height)
      .lineWidth(TABLE_STYLE.rowRule.lineWidth)
      .strokeColor(TABLE_STYLE.rowRule.color)
      .stroke()
    doc.y = y + height
  }

  const header = runs(
    columns.map((c) => c.header),
    'bold',
  )
  const headerHeight = heightOf(header)
  const drawHeader = () => drawRow(header, headerHeight, TABLE_STYLE.headerFill, false)

  const firstRowHeight = rows[0] ? heightOf(runs(rows[0].cells)) : 0
  layout.ensureSpace(headerHeight + Math.min(firstRowHeight, TABLE_STYLE.keepFirstRow))
  drawHeader()
  const maxRow = layout.bottom - layout.top - headerHeight
  for (const [index, row] of rows.entries()) {
    const cells = runs(row.cells)
    let height = heightOf(cells)
    const clip = height > maxRow
    if (clip) height = maxRow
    if (doc.y + height > layout.bottom) {
      layout.newPage()
      drawHeader()
    }
    drawRow(cells, height, row.fill ?? (index % 2 === 1 ? TABLE_STYLE.zebra : undefined), clip)
  }
  doc.y += TABLE_STYLE.after
}
