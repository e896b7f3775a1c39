import type {PdfLayout} from './pdf-layout.js'
import {CHART_STYLE, COLORS} from './pdf-style.js'

export interface BarChartItem {
  label: string
  /** null draws no bar, only `valueLabel`. */
  value: number | null
  valueLabel: string
  color: string
}

/** A horizontal bar chart of values from 0 to 100, with gridlines, tick labels and each value at its bar. */
export function drawBarChart(layout: PdfLayout, items: readonly BarChartItem[], axisLabel: string): void {
  const {doc} = layout
  const s = CHART_STYLE
  const plotX = layout.left + s.labelWidth
  const plotWidth = layout.width - s.labelWidth - s.valueWidth
  layout.ensureSpace(items.length * s.rowHeight + s.foot)
  const top = doc.y + s.top
  const plotBottom = top + items.length * s.rowHeight

  for (const tick of s.ticks) {
    const x = plotX + (plotWidth * tick) / 100
    const line = tick === 0 ? s.axis : s.grid
    doc.moveTo(x, top).lineTo(x, plotBottom).lineWidth(line.lineWidth).strokeColor(line.color)
    if (tick !== 0) doc.dash(s.grid.dash, {space: s.grid.dash})
    doc.stroke().undash()
    layout
      .font(s.tick.weight, s.tick.size, s.tick.color)
      .text(String(tick), x - s.tickLabel.width / 2, plotBottom + s.tickLabel.dy, {width: s.tickLabel.width, align: 'center', lineBreak: false})
  }
  doc.moveTo(plotX, plotBottom).lineTo(plotX + plotWidth, plotBottom).lineWidth(s.axis.lineWidth).strokeColor(s.axis.color).stroke()
  layout
    .font(s.tick.weight, s.tick.size, s.tick.color)
    .text(axisLabel, plotX, plotBottom + s.axisLabelDy, {width: plotWidth, align: 'center', lineBreak: false})

  for (const [i, item] of items.entries()) {
    const y = top + i * s.rowHeight + (s.rowHeight - s.barHeight) / 2
    layout.font(s.label.weight, s.label.size, s.label.color).text(item.label, layout.left, y + 1, {
      width: s.labelWidth - s.labelGap,
      align: 'right',
      height: s.barHeight + 2,
      ellipsis: true,
    })
    let valueX = plotX + s.valueGap
    if (item.value !== null) {
      const barWidth = Math.max((plotWidth * item.value) / 100, s.minBarWidth)
      doc.rect(plotX, y, barWidth, s.barHeight).fill(item.color)
      valueX = plotX + barWidth + s.valueGap
    }
    layout.font(s.value.weight, s.value.size, item.value === null ? COLORS.muted : item.color).text(item.valueLabel, valueX, y + 1, {
      width: layout.left + layout.width - valueX,
      lineBreak: false,
    })
  }
  doc.y = plotBottom + s.after
}
