import type {ReportFonts} from './fonts.js'
import {layoutBlocks, layoutField, measureLaidOut, type LaidOutBlock, type LaidOutRow, type Marker, type TextRun} from './pdf-block-layout.js'
import {drawBarChart, type BarChartItem} from './pdf-chart.js'
import {BADGE_STYLE, CARD_STYLE, COLORS, LINE_GAP, PAGE_STYLE, type FontWeight} from './pdf-style.js'
import {drawTable, type TableColumn, type TableRow} from './pdf-table.js'
import type {TextBlock} from './text-blocks.js'

export {COLORS, PAGE_MARGINS, type FontWeight} from './pdf-style.js'
export type {BarChartItem} from './pdf-chart.js'
export type {TableCell, TableColumn, TableRow} from './pdf-table.js'

export type DirectiveHandler = (args: string[]) => void

/** A card's header band: its title, the badges on the right, the band's tint and the stripe's colour. */
export interface CardHeader {
  title: string
  badges: {text: string; color: string; outline?: boolean}[]
  tint: string
  stripe: string
}

/**
 * Places text blocks, cards, tables and charts on pdfkit pages. It knows nothing of assessments: the renderer
 * feeds it blocks from the templates and calls the drawing helpers for the parts the templates name by
 * directive. Blocks are laid out once (pdf-block-layout.ts, from the style table in pdf-style.ts), then measured
 * or painted here; painting adds the page breaks, which measuring leaves out.
 */
export class PdfLayout {
  /** The outline entry of the current section, parent of its subsections. */
  private section: PDFKit.PDFOutline | undefined
  private pagesAdded = 0
  /** Wrapped line counts of measured text (see heightOfLine). */
  private readonly wrappedLines = new Map<string, number>()

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
    this.paint(layoutBlocks(blocks, this.width - indent), this.left + indent, directives)
  }

  /** How far `blocks()` moves down drawing these blocks with no page break among them (directives count as nothing). */
  measureBlocks(blocks: readonly TextBlock[], indent = 0): number {
    return this.measure(layoutBlocks(blocks, this.width - indent))
  }

  /** Wrapped text at x, continuing on new pages as needed; leaves doc.y `after` points below it. */
  text(
    text: string,
    x: number,
    width: number,
    weight: FontWeight,
    size: number,
    color: string,
    options: {after?: number; align?: 'left' | 'right' | 'center'} = {},
  ): void {
    this.drawRun({text, dx: 0, dy: 0, width, style: {weight, size, color, lineGap: LINE_GAP}, align: options.align}, x)
    this.doc.y += options.after ?? 0
  }

  /** A label in the left column and its value beside it; the value may run onto the next page. */
  field(label: string, value: string, x: number = this.left, width: number = this.width): void {
    this.paint([layoutField(label, value, width)], x, {})
  }

  /**
   * A card: a tinted header band holding a bold title and badges on the right, the body under it, a rule at its
   * end. The card has no frame, so it can run over a page break; one whose body is short moves whole to the next
   * page instead.
   */
  card(header: CardHeader, body: readonly TextBlock[]): void {
    const indent = CARD_STYLE.bodyIndent
    const laid = layoutBlocks(body, this.width - indent)
    this.cardHeader(header, this.measure(laid))
    this.paint(laid, this.left + indent, {})
    this.paintRow({kind: 'rule', width: this.width, ...CARD_STYLE.end}, this.left)
  }

  /** The height of a run of text, every line and its line gap included; an empty run is no height. */
  measureRun(run: TextRun): number {
    // The fill colour is set to ink, not to the run's: pdfkit writes it into the page at once, and every
    // report's bytes have always been written so.
    this.font(run.style.weight, run.style.size)
    if (run.text === '') return 0
    const options = {width: run.width, lineGap: run.style.lineGap}
    return run.text.split('\n').reduce((sum, line) => sum + this.heightOfLine(line === '' ? ' ' : line, run, options), 0)
  }

  /**
   * pdfkit's heightOfString of one line of text in the current font, wrapped at the run's width. Wrapping is
   * what measuring costs, and tables measure the same cell texts again and again (models, dates, states), so
   * the number of wrapped lines is kept per font, size, width and text. The height is then added up line by
   * line from the current y exactly as heightOfString adds it, so it is the same number to the last bit.
   */
  private heightOfLine(text: string, run: TextRun, options: {width: number; lineGap: number}): number {
    const key = `${run.style.weight}\u0000${run.style.size}\u0000${run.width}\u0000${run.style.lineGap}\u0000${text}`
    const step = this.doc.currentLineHeight(true) + (options.lineGap || 0)
    let lines = this.wrappedLines.get(key)
    if (lines === undefined) {
      const height = this.doc.heightOfString(text, options)
      lines = Math.round(height / step)
      this.wrappedLines.set(key, lines)
      return height
    }
    const top = this.doc.y
    let y = top
    for (let i = 0; i < lines; i++) y += step
    return y - top
  }

  /** Draws a run of text with its top-left corner at x + dx and the current y, continuing on new pages as needed. */
  drawRun(run: TextRun, x: number): void {
    this.font(run.style.weight, run.style.size, run.style.color)
    // Keep at least the first line with whatever is drawn beside it.
    if (this.doc.y + this.doc.currentLineHeight(true) > this.bottom) this.newPage()
    // pdfkit measures a "\n" as a glyph, which can wrap a line that fits: draw each line on its own instead.
    for (const line of run.text === '' ? [] : run.text.split('\n')) {
      this.doc.text(line === '' ? ' ' : line, x + run.dx, this.doc.y, {width: run.width, lineGap: run.style.lineGap, align: run.align ?? 'left'})
    }
  }

  table(columns: readonly TableColumn[], rows: readonly TableRow[], options: {size?: number} = {}): void {
    drawTable(this, columns, rows, options)
  }

  barChart(items: readonly BarChartItem[], axisLabel: string): void {
    drawBarChart(this, items, axisLabel)
  }

  /**
   * The running header and the page footer on every buffered page; written last because the page count is only
   * known at the end. The first page (the cover) gets no header.
   */
  runningHeadersAndFooters(header: string, footer: (page: number, pages: number) => string): void {
    const {text, rule} = PAGE_STYLE
    const range = this.doc.bufferedPageRange()
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i)
      const {margins} = this.doc.page
      const saved = {...margins}
      // Writing outside the margins must not trigger pdfkit's automatic page break.
      this.doc.page.margins = {...margins, top: 0, bottom: 0}
      const x = saved.left
      const width = this.doc.page.width - saved.left - saved.right
      const line = (y: number) => this.doc.moveTo(x, y).lineTo(x + width, y).lineWidth(rule.lineWidth).strokeColor(rule.color).stroke()
      if (i > range.start) {
        this.font(text.weight, text.size, text.color)
        this.doc.text(header, x, PAGE_STYLE.header.y, {width, lineBreak: false, height: PAGE_STYLE.header.height, ellipsis: true})
        line(PAGE_STYLE.header.ruleY)
      }
      const footerY = this.doc.page.height - PAGE_STYLE.footer.fromBottom
      line(footerY - PAGE_STYLE.footer.ruleAbove)
      this.font(text.weight, text.size, text.color)
      this.doc.text(footer(i - range.start + 1, range.count), x, footerY, {width, align: 'center', lineBreak: false})
      this.doc.page.margins = saved
    }
  }

  private measure(laid: readonly LaidOutBlock[]): number {
    return measureLaidOut(laid, (run) => this.measureRun(run))
  }

  private paint(laid: readonly LaidOutBlock[], x: number, directives: Record<string, DirectiveHandler>): void {
    for (const block of laid) {
      if (block.kind === 'directive') {
        const handler = directives[block.name]
        if (!handler) throw new Error(`template names an unknown layout element @${block.name}`)
        handler(block.args)
        continue
      }
      if (block.before > 0) this.gap(block.before)
      if (block.keep) this.ensureSpace('points' in block.keep ? block.keep.points : this.lineHeight(block.keep.size) * block.keep.lines)
      if (block.outline?.level === 'section') this.outline(block.outline.title)
      else if (block.outline?.level === 'subsection') this.section?.addItem(block.outline.title)
      if (block.rise > 0) this.doc.y -= block.rise
      for (const row of block.rows) this.paintRow(row, x)
    }
  }

  private paintRow(row: LaidOutRow, x: number): void {
    const {doc} = this
    if (row.kind === 'rule') {
      const y = doc.y + row.before
      doc.moveTo(x, y).lineTo(x + row.width, y).lineWidth(row.lineWidth).strokeColor(row.color).stroke()
      doc.y = y + row.after
      return
    }
    const y = doc.y
    if (row.marker) this.paintMarker(row.marker, x, y)
    // Runs side by side: the row ends under the longest, unless one ran onto a new page (then under that one).
    const pagesBefore = this.pagesAdded
    let bottom = -Infinity
    for (const run of row.runs) {
      doc.y = y + run.dy
      this.drawRun(run, x)
      bottom = Math.max(bottom, doc.y)
    }
    if (this.pagesAdded === pagesBefore) doc.y = bottom
    doc.y += row.after
  }

  private paintMarker(marker: Marker, x: number, y: number): void {
    if (marker.kind === 'square') {
      this.doc.rect(x, y + marker.dy, marker.size, marker.size).fill(marker.color)
      return
    }
    this.font(marker.style.weight, marker.style.size, marker.style.color).text(marker.text, x, y, {width: marker.width, lineBreak: false})
    this.doc.y = y
  }

  /** One line of regular text in `size`, its line gap included. */
  private lineHeight(size: number): number {
    this.font('regular', size)
    return this.doc.currentLineHeight(true) + LINE_GAP
  }

  private cardHeader(header: CardHeader, bodyHeight: number): void {
    const s = CARD_STYLE
    const badgeWidths = header.badges.map((b) => this.badgeWidth(b.text))
    const badgesWidth = badgeWidths.reduce((sum, w) => sum + w + s.badgeGap, 0)
    const titleWidth = this.width - badgesWidth - 2 * s.padding - s.titleGap
    const title: TextRun = {text: header.title, dx: s.padding + s.titleInset, dy: s.padding, width: titleWidth, style: s.title}
    const titleHeight = this.measureRun(title)
    const height = Math.max(titleHeight, BADGE_STYLE.height) + 2 * s.padding
    // A card up to half a page long moves whole to the next page; a longer one keeps at least a few lines.
    const keep = bodyHeight <= (this.bottom - this.top) * s.keepWhole ? bodyHeight : s.keepLonger
    this.ensureSpace(height + s.after + keep)
    const y = this.doc.y
    this.doc.rect(this.left, y, this.width, height).fill(header.tint)
    this.doc.rect(this.left, y, s.stripeWidth, height).fill(header.stripe)
    let right = this.left + this.width - s.padding
    for (const [i, b] of header.badges.entries()) {
      this.badge(b.text, right, y + s.padding + (titleHeight > s.oneLineTitle ? 0 : (titleHeight - BADGE_STYLE.height) / 2), b.color, b.outline)
      right -= badgeWidths[i]! + s.badgeGap
    }
    this.doc.y = y + title.dy
    this.drawRun(title, this.left)
    this.doc.y = y + height + s.after
  }

  private badgeWidth(text: string): number {
    this.font(BADGE_STYLE.weight, BADGE_STYLE.size)
    return this.doc.widthOfString(text) + 2 * BADGE_STYLE.padding
  }

  /** A small filled (or outlined) label such as a status, its right edge at `rightX`. */
  private badge(text: string, rightX: number, y: number, color: string, outline = false): void {
    const s = BADGE_STYLE
    const width = this.badgeWidth(text)
    const x = rightX - width
    if (outline) {
      this.doc.roundedRect(x, y, width, s.height, s.radius).lineWidth(s.outlineWidth).strokeColor(color).stroke()
      this.font(s.weight, s.size, color)
    } else {
      this.doc.roundedRect(x, y, width, s.height, s.radius).fill(color)
      this.font(s.weight, s.size, '#ffffff')
    }
    this.doc.text(text, x, y + s.textDrop, {width, align: 'center', lineBreak: false})
  }
}
