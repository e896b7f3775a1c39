/**
 * Every number that places something on a page of the report or the portfolio summary: fonts, sizes, colours,
 * the space before and after each kind of block, indents, line gaps, and the measures of cards, badges, tables,
 * charts and the running header and footer. The block layout reads `BLOCK_STYLES` and `FIELD_STYLE` both to
 * measure a block and to draw it, so the two cannot disagree: change a spacing here and both follow.
 */
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

export type FontWeight = 'regular' | 'bold'

export const FONT_SIZE = {title: 24, h1: 17, h2: 12.5, h3: 10, body: 9.5, small: 8, table: 7.5} as const

/** Space under every line of running text (tables set their own). */
export const LINE_GAP = 2

/** How a run of text is set. */
export interface TextStyle {
  weight: FontWeight
  size: number
  color: string
  /** Space under each line. */
  lineGap: number
}

const textStyle = (weight: FontWeight, size: number, color: string = COLORS.ink): TextStyle => ({weight, size, color, lineGap: LINE_GAP})

/** Room to keep below the current position before a block starts, or it starts on a new page. */
export type Keep = {points: number} | {lines: number}

/** A thin line across the block's width: `before` above it, `after` below it. */
export interface RuleStyle {
  before: number
  after: number
  lineWidth: number
  color: string
}

/** What stands in a block's indent, left of its first line. */
export type MarkerStyle =
  /** A glyph: `text`, or the block's number followed by a full stop. */
  | {kind: 'glyph'; text?: string; style: TextStyle}
  /** A filled square `size` points wide, `dy` below the top of the first line. */
  | {kind: 'square'; size: number; dy: number; color: string}

export interface BlockStyle {
  text: TextStyle
  /** Space above; none at the top of a page. */
  before: number
  keep?: Keep
  /** Space below the text. */
  after: number
  /** How far the text starts right of the block's left edge; the marker stands in this indent. */
  indent: number
  marker?: MarkerStyle
  /** An outline (bookmark) entry: at the top level, or under the last top-level one. */
  outline?: 'section' | 'subsection'
  /** A rule under the text (after its `after`). */
  rule?: RuleStyle
  /** A block of this kind right under a bullet belongs to it, as do the ones of its kind that follow. */
  underBullet?: {indent: number; rise: number}
}

/** The kinds of block that are one run of text. */
export type TextBlockKind = Exclude<TextBlock['kind'], 'field' | 'gap' | 'directive'>

const BULLET_INDENT = 12

export const BLOCK_STYLES: Record<TextBlockKind, BlockStyle> = {
  title: {text: textStyle('bold', FONT_SIZE.title, COLORS.navy), before: 0, after: 6, indent: 0, outline: 'section'},
  h1: {
    text: textStyle('bold', FONT_SIZE.h1, COLORS.navy),
    before: 0,
    // Kept with what follows, so the outline entry points at the page the heading lands on.
    keep: {points: 90},
    after: 2,
    indent: 0,
    outline: 'section',
    rule: {before: 1, after: 10, lineWidth: 1, color: COLORS.navy},
  },
  // A subsection heading stays with the start of what follows (often a card or a chart).
  h2: {text: textStyle('bold', FONT_SIZE.h2, COLORS.navy), before: 6, keep: {points: 120}, after: 4, indent: 0, outline: 'subsection'},
  h3: {text: textStyle('bold', FONT_SIZE.h3), before: 3, keep: {points: 40}, after: 2, indent: 0},
  paragraph: {text: textStyle('regular', FONT_SIZE.body), before: 0, after: 4, indent: 0},
  bullet: {
    text: textStyle('regular', FONT_SIZE.body),
    before: 0,
    keep: {lines: 2},
    after: 3,
    indent: BULLET_INDENT,
    marker: {kind: 'glyph', text: '•', style: textStyle('regular', FONT_SIZE.body, COLORS.navy)},
  },
  numbered: {
    text: textStyle('regular', FONT_SIZE.body),
    before: 0,
    keep: {lines: 2},
    after: 3,
    indent: BULLET_INDENT + 6,
    marker: {kind: 'glyph', style: textStyle('bold', FONT_SIZE.body, COLORS.navy)},
  },
  // E.g. the SHA-256 under an evidence item.
  note: {text: textStyle('regular', FONT_SIZE.small, COLORS.muted), before: 0, after: 4, indent: 0, underBullet: {indent: BULLET_INDENT, rise: 2}},
  warning: {
    text: textStyle('regular', FONT_SIZE.body, COLORS.red),
    before: 0,
    keep: {lines: 2},
    after: 3,
    indent: BULLET_INDENT,
    marker: {kind: 'square', size: 4, dy: 3, color: COLORS.red},
  },
}

/** A label in a narrow left column and its value beside it. */
export const FIELD_STYLE = {
  label: textStyle('bold', FONT_SIZE.small, COLORS.muted),
  value: textStyle('regular', FONT_SIZE.body),
  /** The label column: this wide, but never more than a third of the width. */
  labelWidth: 112,
  labelShare: 1 / 3,
  /** Space between the label and the value. */
  labelGap: 8,
  /** The label sits this far below the top of the value. */
  labelDrop: 1,
  /** What an empty value shows. */
  empty: '—',
  keep: {lines: 1} as Keep,
  after: 3,
}

/** A paragraph gap (a blank template line). */
export const GAP_STYLE = {before: 5}

export const BADGE_STYLE = {weight: 'bold' as FontWeight, size: FONT_SIZE.table, height: 13, radius: 3, padding: 5, textDrop: 2, outlineWidth: 0.8}

/** A card: a tinted header band with a title and badges, its body indented under it, a rule at its end. */
export const CARD_STYLE = {
  title: textStyle('bold', FONT_SIZE.h3),
  padding: 5,
  /** The coloured stripe at the band's left edge, and how far right of the padding the title starts. */
  stripeWidth: 3,
  titleInset: 5,
  /** Between badges, and between the title and the first badge. */
  badgeGap: 4,
  titleGap: 8,
  /** A title taller than this is not one line: the badges then align with its top instead of its middle. */
  oneLineTitle: 16,
  /** Space between the band and the body. */
  after: 5,
  /** A body up to this share of the text height moves whole to the next page; a longer one keeps `keepLonger` points. */
  keepWhole: 1 / 2,
  keepLonger: 60,
  /** The body sits a little right of the stripe. */
  bodyIndent: 10,
  end: {before: 2, after: 8, lineWidth: 0.5, color: COLORS.rule} satisfies RuleStyle,
}

export const TABLE_STYLE = {
  size: FONT_SIZE.table,
  padding: 3,
  lineGap: 1,
  /** The width-0 column takes what is left, but at least this. */
  minFlexWidth: 40,
  /** The header row starts a page only with this much of the first row under it (or all of a shorter row). */
  keepFirstRow: 60,
  headerFill: COLORS.headerFill,
  zebra: COLORS.zebra,
  rowRule: {lineWidth: 0.4, color: COLORS.rule},
  after: 6,
}

export const CHART_STYLE = {
  labelWidth: 150,
  labelGap: 8,
  valueWidth: 46,
  valueGap: 4,
  rowHeight: 19,
  barHeight: 11,
  minBarWidth: 1,
  top: 4,
  /** Room for the tick labels and the axis label under the rows. */
  foot: 34,
  after: 32,
  ticks: [0, 25, 50, 75, 100],
  tickLabel: {dy: 3, width: 30},
  axisLabelDy: 14,
  axis: {lineWidth: 0.8, color: COLORS.ink},
  grid: {lineWidth: 0.4, color: COLORS.rule, dash: 2},
  label: textStyle('regular', FONT_SIZE.small),
  value: textStyle('bold', FONT_SIZE.small),
  tick: textStyle('regular', FONT_SIZE.table, COLORS.muted),
}

/** The running header (not on the first page) and the page footer, placed from the top and the bottom edge. */
export const PAGE_STYLE = {
  text: textStyle('regular', FONT_SIZE.small, COLORS.muted),
  header: {y: 30, height: 12, ruleY: 44},
  footer: {fromBottom: 38, ruleAbove: 6},
  rule: {lineWidth: 0.5, color: COLORS.rule},
}

/**
 * The report's three tables: each column in order with its width in points (0: what is left). The keys are the
 * labels' keys in templates/LANG/labels.json, so one table here says both what a column is and how wide.
 */
export const REPORT_TABLE_COLUMNS = {
  inventory: [['serial', 58], ['model', 64], ['pts', 44], ['expiry', 50], ['location', 0], ['seals', 50], ['inspected', 48], ['firmware', 58], ['state', 36]],
  remediation: [['priority', 44], ['control', 50], ['title', 0], ['owner', 110], ['due', 58]],
  answers: [['control', 46], ['status', 66], ['result', 34], ['evidence', 60], ['owner', 86], ['notes', 0]],
  aoc: [['requirement', 34], ['description', 150], ['compliant', 50], ['remediation', 0]],
  /** A summarised inventory: one table per grouping (model, site or state) in the first column. */
  inventoryGroups: [['group', 0], ['terminals', 60], ['in_use', 60], ['with_findings', 70]],
  inventoryFlagged: [['serial', 90], ['model', 100], ['site', 0], ['state', 50], ['findings', 120]],
} as const
