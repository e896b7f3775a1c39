import type {ReportFonts} from './fonts.js'
import type {TextBlock} from './text-blocks.js'

/** A4 with room for the running header above and the page footer below the text. */
export const PAGE_MARGINS = {top: 64, bottom: 60, left: 56, right: 56}

export const COLORS = {
  ink: '#1d2939',
  muted: '#667085',
  rule: '#d0d5dd',
  navy: '#1f3a5f',
  green: '#1a7f37',
  teal: '#0e7490',
  amber: '#b54708',
  orange: '#c4320a',
  red: '#b42318',
  grey: '#667085',
  headerFill: '#e9eef5',
  zebra: '#f7f9fc',
  redTint: '#fdeceb',
  amberTint: '#fef4e6',
  greenTint: '#eaf6ee',
} as const

const SIZE = {title: 24, h1: 17, h2: 12.5, h3: 10, body: 9.5, small: 8, table: 7.5}
const LINE_GAP = 2
const BULLET_INDENT = 12
const FIELD_LABEL_WIDTH = 112

export type FontWeight = 'regular' | 'bold'

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

export interface BarChartItem {
  label: string
  /** null draws no bar, only `valueLabel`. */
  value: number | null
  valueLabel: string
  color: string
}

export type DirectiveHandler = (args: string[]) => void

/**
 * Places text blocks, tables and charts on pdfkit pages. It knows nothing of assessments: the renderer feeds
 * it blocks from the templates and calls the drawing helpers for the parts the templates name by directive.
 */
export class PdfLayout {
  /** The outline entry of the current section, parent of its subsections. */
  private section: PDFKit.PDFOutline | undefined
  private pagesAdded = 0
  /** How far the last note was indented, so a run of notes under a bullet stays aligned. */
  private noteInset = 0

  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly fonts: ReportFonts,
  ) {
    doc.on('pageAdded', () => this.pagesAdded++)
  }

  get left(): number {
    return this.doc.page.margins.left
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom
  }

  get top(): number {
    return this.doc.page.margins.top
  }

  font(weight: FontWeight, size: number, color: string = COLORS.ink): PDFKit.PDFDocument {
    return this.doc.font(weight === 'bold' ? this.fonts.bold : this.fonts.regular).fontSize(size).fillColor(color)
  }

  newPage(): void {
    this.doc.addPage()
  }

  /** Starts a new page unless `height` still fits below the current position. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage()
  }

  gap(points: number): void {
    // A gap at the top of a page would only push the text down.
    if (this.doc.y > this.top + 1) this.doc.y = Math.min(this.doc.y + points, this.bottom)
  }

  /** Adds a top-level outline entry for the current page. */
  outline(title: string): void {
    this.section = this.doc.outline.addItem(title)
  }

  /** Draws blocks from a template; `directives` draw the named layout elements. */
  blocks(blocks: readonly TextBlock[], directives: Record<string, DirectiveHandler> = {}, indent = 0): void {
    const x = this.left + indent
    const width = this.width - indent
    let previous: TextBlock | undefined
    for (const block of blocks) {
      switch (block.kind) {
        case 'title':
          this.outline(block.text)
          this.text(block.text, x, width, 'bold', SIZE.title, COLORS.navy, {after: 6})
          break
        case 'h1': {
          // Break first, so the outline entry points at the page the heading lands on.
          this.ensureSpace(90)
          this.outline(block.text)
          this.text(block.text, x, width, 'bold', SIZE.h1, COLORS.navy, {after: 2})
          const y = this.doc.y + 1
          this.doc.moveTo(x, y).lineTo(x + width, y).lineWidth(1).strokeColor(COLORS.navy).stroke()
          this.doc.y = y + 10
          break
        }
        case 'h2':
          this.gap(6)
          // Keep a subsection heading with the start of what follows (often a card or a chart).
          this.ensureSpace(120)
          this.section?.addItem(block.text)
          this.text(block.text, x, width, 'bold', SIZE.h2, COLORS.navy, {after: 4})
          break
        case 'h3':
          this.gap(3)
          this.ensureSpace(40)
          this.text(block.text, x, width, 'bold', SIZE.h3, COLORS.ink, {after: 2})
          break
        case 'paragraph':
          this.text(block.text, x, width, 'regular', SIZE.body, COLORS.ink, {after: 4})
          break
        case 'bullet':
        case 'numbered': {
          const marker = block.kind === 'numbered' ? `${block.number}.` : '•'
          const markerWidth = block.kind === 'bullet' ? BULLET_INDENT : BULLET_INDENT + 6
          this.ensureSpace(this.lineHeight(SIZE.body) * 2)
          const y = this.doc.y
          this.font(block.kind === 'bullet' ? 'regular' : 'bold', SIZE.body, COLORS.navy).text(marker, x, y, {width: markerWidth, lineBreak: false})
          this.doc.y = y
          this.text(block.text, x + markerWidth, width - markerWidth, 'regular', SIZE.body, COLORS.ink, {after: 3})
          break
        }
        case 'note': {
          // A note right under a bullet belongs to it (e.g. the SHA-256 under an evidence item).
          const inset = previous?.kind === 'bullet' || (previous?.kind === 'note' && this.noteInset > 0) ? BULLET_INDENT : 0
          this.noteInset = inset
          if (previous?.kind === 'bullet') this.doc.y -= 2
          this.text(block.text, x + inset, width - inset, 'regular', SIZE.small, COLORS.muted, {after: 4})
          break
        }
        case 'warning': {
          this.ensureSpace(this.lineHeight(SIZE.body) * 2)
          const y = this.doc.y
          this.doc.rect(x, y + 3, 4, 4).fill(COLORS.red)
          this.text(block.text, x + BULLET_INDENT, width - BULLET_INDENT, 'regular', SIZE.body, COLORS.red, {after: 3})
          break
        }
        case 'field':
          this.field(block.label, block.value, x, width)
          break
        case 'gap':
          this.gap(5)
          break
        case 'directive': {
          const handler = directives[block.name]
          if (!handler) throw new Error(`template names an unknown layout element @${block.name}`)
          handler(block.args)
          break
        }
      }
      if (block.kind !== 'note') this.noteInset = 0
      previous = block
    }
  }

  /** About how tall `blocks()` would draw these blocks (directives count as nothing): used to keep cards whole. */
  measureBlocks(blocks: readonly TextBlock[], indent = 0): number {
    const width = this.width - indent
    let height = 0
    for (const block of blocks) {
      switch (block.kind) {
        case 'title':
          height += this.measure(block.text, width, 'bold', SIZE.title) + 6
          break
        case 'h1':
          height += this.measure(block.text, width, 'bold', SIZE.h1) + 13
          break
        case 'h2':
          height += this.measure(block.text, width, 'bold', SIZE.h2) + 10
          break
        case 'h3':
          height += this.measure(block.text, width, 'bold', SIZE.h3) + 5
          break
        case 'paragraph':
          height += this.measure(block.text, width, 'regular', SIZE.body) + 4
          break
        case 'bullet':
        case 'numbered':
        case 'warning':
          height += this.measure(block.text, width - BULLET_INDENT - 6, 'regular', SIZE.body) + 3
          break
        case 'note':
          height += this.measure(block.text, width - BULLET_INDENT, 'regular', SIZE.small) + 4
          break
        case 'field': {
          const labelWidth = Math.min(FIELD_LABEL_WIDTH, width / 3)
          height +=
            Math.max(
              this.measure(block.label, labelWidth - 8, 'bold', SIZE.small),
              this.measure(block.value || '—', width - labelWidth, 'regular', SIZE.body),
            ) + 3
          break
        }
        case 'gap':
          height += 5
          break
        case 'directive':
          break
      }
    }
    return height
  }

  /** The height of wrapped text, line breaks included. */
  measure(text: string, width: number, weight: FontWeight, size: number): number {
    this.font(weight, size)
    return text.split('\n').reduce((sum, line) => sum + this.doc.heightOfString(line === '' ? ' ' : line, {width, lineGap: LINE_GAP}), 0)
  }

  lineHeight(size: number): number {
    this.font('regular', size)
    return this.doc.currentLineHeight(true) + LINE_GAP
  }

  /** Wrapped text at x, continuing on new pages as needed; leaves doc.y below it. */
  text(
    text: string,
    x: number,
    width: number,
    weight: FontWeight,
    size: number,
    color: string,
    options: {after?: number; align?: 'left' | 'right' | 'center'} = {},
  ): void {
    this.font(weight, size, color)
    // Keep at least the first line with whatever is drawn beside it.
    if (this.doc.y + this.doc.currentLineHeight(true) > this.bottom) this.newPage()
    // pdfkit measures a "\n" as a glyph, which can wrap a line that fits: draw each line on its own instead.
    for (const line of text === '' ? [] : text.split('\n')) {
      this.doc.text(line === '' ? ' ' : line, x, this.doc.y, {width, lineGap: LINE_GAP, align: options.align ?? 'left'})
    }
    this.doc.y += options.after ?? 0
  }

  /** A label in the left column and its value beside it; the value may run onto the next page. */
  field(label: string, value: string, x: number = this.left, width: number = this.width): void {
    const labelWidth = Math.min(FIELD_LABEL_WIDTH, width / 3)
    this.font('regular', SIZE.body)
    this.ensureSpace(this.doc.currentLineHeight(true) + LINE_GAP)
    const y = this.doc.y
    const pagesBefore = this.pagesAdded
    this.font('bold', SIZE.small, COLORS.muted).text(label, x, y + 1, {width: labelWidth - 8, lineGap: LINE_GAP})
    const labelBottom = this.doc.y
    this.doc.y = y
    this.text(value === '' ? '—' : value, x + labelWidth, width - labelWidth, 'regular', SIZE.body, COLORS.ink)
    if (this.pagesAdded === pagesBefore) this.doc.y = Math.max(this.doc.y, labelBottom)
    this.doc.y += 3
  }

  /** A small filled label such as a status; returns its width. Draws nothing when `draw` is false. */
  badge(text: string, rightX: number, y: number, color: string, options: {outline?: boolean; draw?: boolean} = {}): number {
    this.font('bold', SIZE.table)
    const width = this.doc.widthOfString(text) + 10
    if (options.draw === false) return width
    const x = rightX - width
    if (options.outline) {
      this.doc.roundedRect(x, y, width, 13, 3).lineWidth(0.8).strokeColor(color).stroke()
      this.font('bold', SIZE.table, color)
    } else {
      this.doc.roundedRect(x, y, width, 13, 3).fill(color)
      this.font('bold', SIZE.table, '#ffffff')
    }
    this.doc.text(text, x, y + 2, {width, align: 'center', lineBreak: false})
    return width
  }

  /**
   * A card's header: a tinted band holding a bold title and badges on the right. The body follows under it,
   * drawn by the caller, so a card can run over a page break without a frame to cut.
   */
  cardHeader(
    title: string,
    badges: {text: string; color: string; outline?: boolean}[],
    options: {tint: string; stripe: string; bodyHeight: number},
  ): void {
    const padding = 5
    const badgeWidths = badges.map((b) => this.badge(b.text, 0, 0, b.color, {draw: false}))
    const badgesWidth = badgeWidths.reduce((sum, w) => sum + w + 4, 0)
    const titleWidth = this.width - badgesWidth - 2 * padding - 8
    this.font('bold', SIZE.h3)
    const titleHeight = this.doc.heightOfString(title, {width: titleWidth, lineGap: LINE_GAP})
    const height = Math.max(titleHeight, 13) + 2 * padding
    // A card up to half a page long moves whole to the next page; a longer one keeps at least a few lines.
    const keep = options.bodyHeight <= (this.bottom - this.top) / 2 ? options.bodyHeight : 60
    this.ensureSpace(height + 5 + keep)
    const y = this.doc.y
    this.doc.rect(this.left, y, this.width, height).fill(options.tint)
    this.doc.rect(this.left, y, 3, height).fill(options.stripe)
    let right = this.left + this.width - padding
    for (const [i, b] of badges.entries()) {
      this.badge(b.text, right, y + padding + (titleHeight > 16 ? 0 : (titleHeight - 13) / 2), b.color, {outline: b.outline})
      right -= badgeWidths[i]! + 4
    }
    this.font('bold', SIZE.h3, COLORS.ink).text(title, this.left + padding + 5, y + padding, {width: titleWidth, lineGap: LINE_GAP})
    this.doc.y = y + height + 5
  }

  /** A thin line across the text width, ending a card. */
  rule(after = 8): void {
    const y = this.doc.y + 2
    this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.5).strokeColor(COLORS.rule).stroke()
    this.doc.y = y + after
  }

  /**
   * A table whose rows break across pages, repeating the header row at the top of each new page. A row taller
   * than a whole page is cut with an ellipsis rather than split.
   */
  table(columns: readonly TableColumn[], rows: readonly TableRow[], options: {size?: number} = {}): void {
    const size = options.size ?? SIZE.table
    const padding = 3
    const fixed = columns.reduce((sum, c) => sum + c.width, 0)
    const widths = columns.map((c) => (c.width === 0 ? Math.max(this.width - fixed, 40) : c.width))
    const cell = (c: string | TableCell): TableCell => (typeof c === 'string' ? {text: c} : c)
    const heightOf = (cells: readonly TableCell[], weight?: FontWeight) =>
      Math.max(
        ...cells.map((c, i) => {
          this.font(weight ?? c.weight ?? 'regular', size)
          return c.text
            .split('\n')
            .reduce((sum, line) => sum + this.doc.heightOfString(line === '' ? ' ' : line, {width: widths[i]! - 2 * padding, lineGap: 1}), 0)
        }),
      ) +
      2 * padding

    const headerCells = columns.map((c) => ({text: c.header, weight: 'bold' as const}))
    const headerHeight = heightOf(headerCells, 'bold')
    const drawRow = (cells: readonly TableCell[], height: number, fill: string | undefined, clip: boolean) => {
      const y = this.doc.y
      if (fill) this.doc.rect(this.left, y, this.width, height).fill(fill)
      let x = this.left
      for (const [i, c] of cells.entries()) {
        this.font(c.weight ?? 'regular', size, c.color ?? COLORS.ink)
        const options = {width: widths[i]! - 2 * padding, lineGap: 1, align: columns[i]!.align ?? 'left'}
        if (clip) {
          this.doc.text(c.text.replaceAll('\n', ' '), x + padding, y + padding, {...options, height: height - 2 * padding, ellipsis: true})
        } else if (c.text !== '') {
          this.doc.y = y + padding
          for (const line of c.text.split('\n')) this.doc.text(line === '' ? ' ' : line, x + padding, this.doc.y, options)
        }
        x += widths[i]!
      }
      this.doc.moveTo(this.left, y + height).lineTo(this.left + this.width, y + height).lineWidth(0.4).strokeColor(COLORS.rule).stroke()
      this.doc.y = y + height
    }
    const drawHeader = () => drawRow(headerCells, headerHeight, COLORS.headerFill, false)

    const firstRowHeight = rows[0] ? heightOf(rows[0].cells.map(cell)) : 0
    this.ensureSpace(headerHeight + Math.min(firstRowHeight, 60))
    drawHeader()
    const maxRow = this.bottom - this.top - headerHeight
    for (const [index, row] of rows.entries()) {
      const cells = row.cells.map(cell)
      let height = heightOf(cells)
      const clip = height > maxRow
      if (clip) height = maxRow
      if (this.doc.y + height > this.bottom) {
        this.newPage()
        drawHeader()
      }
      drawRow(cells, height, row.fill ?? (index % 2 === 1 ? COLORS.zebra : undefined), clip)
    }
    this.doc.y += 6
  }

  /** A horizontal bar chart of values from 0 to 100, with gridlines, tick labels and each value at its bar. */
  barChart(items: readonly BarChartItem[], axisLabel: string): void {
    const labelWidth = 150
    const valueWidth = 46
    const rowHeight = 19
    const barHeight = 11
    const plotX = this.left + labelWidth
    const plotWidth = this.width - labelWidth - valueWidth
    const height = items.length * rowHeight + 34
    this.ensureSpace(height)
    const top = this.doc.y + 4
    const plotBottom = top + items.length * rowHeight

    for (const tick of [0, 25, 50, 75, 100]) {
      const x = plotX + (plotWidth * tick) / 100
      this.doc.moveTo(x, top).lineTo(x, plotBottom).lineWidth(tick === 0 ? 0.8 : 0.4).strokeColor(tick === 0 ? COLORS.ink : COLORS.rule)
      if (tick !== 0) this.doc.dash(2, {space: 2})
      this.doc.stroke().undash()
      this.font('regular', SIZE.table, COLORS.muted).text(String(tick), x - 15, plotBottom + 3, {width: 30, align: 'center', lineBreak: false})
    }
    this.doc.moveTo(plotX, plotBottom).lineTo(plotX + plotWidth, plotBottom).lineWidth(0.8).strokeColor(COLORS.ink).stroke()
    this.font('regular', SIZE.table, COLORS.muted).text(axisLabel, plotX, plotBottom + 14, {width: plotWidth, align: 'center', lineBreak: false})

    for (const [i, item] of items.entries()) {
      const y = top + i * rowHeight + (rowHeight - barHeight) / 2
      this.font('regular', SIZE.small, COLORS.ink).text(item.label, this.left, y + 1, {
        width: labelWidth - 8,
        align: 'right',
        height: barHeight + 2,
        ellipsis: true,
      })
      let valueX = plotX + 4
      if (item.value !== null) {
        const barWidth = Math.max((plotWidth * item.value) / 100, 1)
        this.doc.rect(plotX, y, barWidth, barHeight).fill(item.color)
        valueX = plotX + barWidth + 4
      }
      this.font('bold', SIZE.small, item.value === null ? COLORS.muted : item.color).text(item.valueLabel, valueX, y + 1, {
        width: this.left + this.width - valueX,
        lineBreak: false,
      })
    }
    this.doc.y = plotBottom + 32
  }

  /**
   * The running header and the page footer on every buffered page; written last because the page count is only
   * known at the end. The first page (the cover) gets no header.
   */
  runningHeadersAndFooters(header: string, footer: (page: number, pages: number) => string): void {
    const range = this.doc.bufferedPageRange()
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i)
      const {margins} = this.doc.page
      const saved = {...margins}
      // Writing outside the margins must not trigger pdfkit's automatic page break.
      this.doc.page.margins = {...margins, top: 0, bottom: 0}
      const x = saved.left
      const width = this.doc.page.width - saved.left - saved.right
      if (i > range.start) {
        this.font('regular', SIZE.small, COLORS.muted).text(header, x, 30, {width, lineBreak: false, height: 12, ellipsis: true})
        this.doc.moveTo(x, 44).lineTo(x + width, 44).lineWidth(0.5).strokeColor(COLORS.rule).stroke()
      }
      const footerY = this.doc.page.height - 38
      this.doc.moveTo(x, footerY - 6).lineTo(x + width, footerY - 6).lineWidth(0.5).strokeColor(COLORS.rule).stroke()
      this.font('regular', SIZE.small, COLORS.muted).text(footer(i - range.start + 1, range.count), x, footerY, {
        width,
        align: 'center',
        lineBreak: false,
      })
      this.doc.page.margins = saved
    }
  }
}
