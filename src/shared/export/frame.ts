import { ellipsize, measureText, type Font } from '../layout/text-metrics'
import type { Lens } from '../lens/match'
import { THEMES, type ThemeName } from '../theme/palette'
import { text } from './draw-node'
import { baselineY } from './fonts'
import { selectedTechnologyColor } from './lens-style'
import type { Shape } from './scene'

/**
 * What surrounds the chart in an export: margin, optional title, the lens legend and the date
 * footer. `frameLayout` decides the geometry (so the document size is known before drawing),
 * `drawFrame` draws it.
 */
export const MARGIN = 32
const LINE = 1.3
const TITLE_FONT = { size: 22, weight: 700 } as const
const LEGEND_FONT = { size: 12, weight: 500 } as const
const LEGEND_LABEL_FONT = { size: 12, weight: 400 } as const
const FOOTER_FONT = { size: 11, weight: 400 } as const
const LEGEND_ROW = 22
const LEGEND_DOT = 5
const LEGEND_ITEM_GAP = 16
const SECTION_GAP = { title: 10, legend: 16, footer: 18 }

export interface FrameInput {
  chart: { width: number; height: number }
  title?: string
  legend?: { lens: Lens }
  footer?: string
  theme: ThemeName
}

interface LegendItem {
  label: string
  color?: string
  x: number
  row: number
  font: Font
}

export interface FrameLayout {
  width: number
  height: number
  /** Where the chart's top-left corner goes in the document. */
  chartOrigin: { x: number; y: number }
  title?: { text: string; top: number }
  legend?: { top: number; items: LegendItem[] }
  footer?: { text: string; top: number }
}

export function frameLayout(input: FrameInput): FrameLayout {
  const width = Math.ceil(input.chart.width + 2 * MARGIN)
  const contentWidth = width - 2 * MARGIN
  let y = MARGIN
  const layout: Omit<FrameLayout, 'height'> = { width, chartOrigin: { x: MARGIN, y } }

  if (input.title) {
    layout.title = { text: ellipsize(input.title, contentWidth, TITLE_FONT), top: y }
    y += TITLE_FONT.size * LINE + SECTION_GAP.title
  }
  if (input.legend && input.legend.lens.technologies.length > 0) {
    const items = legendItems(input.legend.lens, contentWidth)
    const rows = Math.max(...items.map((item) => item.row)) + 1
    layout.legend = { top: y, items }
    y += rows * LEGEND_ROW + SECTION_GAP.legend
  } else if (layout.title) {
    y += SECTION_GAP.legend - SECTION_GAP.title
  }
  layout.chartOrigin = { x: MARGIN, y }
  y += input.chart.height
  if (input.footer) {
    y += SECTION_GAP.footer
    layout.footer = { text: ellipsize(input.footer, contentWidth, FOOTER_FONT), top: y }
    y += FOOTER_FONT.size * LINE
  }
  return { ...layout, height: Math.ceil(y + MARGIN) }
}

/** "Teams with any of:" then one coloured dot + name per technology, wrapped to the width. */
function legendItems(lens: Lens, maxWidth: number): LegendItem[] {
  const label = `Teams with ${lens.mode === 'all' ? 'all' : 'any'} of${lens.includeMentions ? ' (stack or mentions)' : ''}:`
  const items: LegendItem[] = [{ label, x: 0, row: 0, font: LEGEND_LABEL_FONT }]
  let x = measureText(label, LEGEND_LABEL_FONT) + LEGEND_ITEM_GAP
  let row = 0
  for (const name of lens.technologies) {
    const width = 2 * LEGEND_DOT + 6 + measureText(name, LEGEND_FONT)
    if (x > 0 && x + width > maxWidth) {
      row++
      x = 0
    }
    items.push({
      label: ellipsize(name, maxWidth - 2 * LEGEND_DOT - 6, LEGEND_FONT),
      color: selectedTechnologyColor(lens.technologies, name),
      x,
      row,
      font: LEGEND_FONT
    })
    x += width + LEGEND_ITEM_GAP
  }
  return items
}

export function drawFrame(layout: FrameLayout, theme: ThemeName): Shape[] {
  const colors = THEMES[theme]
  const out: Shape[] = []
  if (layout.title) {
    out.push(
      text(layout.title.text, MARGIN, baselineY(layout.title.top, TITLE_FONT.size, LINE), {
        ...TITLE_FONT,
        fill: colors.text
      })
    )
  }
  if (layout.legend) {
    for (const item of layout.legend.items) {
      const top = layout.legend.top + item.row * LEGEND_ROW
      const centerY = top + LEGEND_ROW / 2
      let x = MARGIN + item.x
      if (item.color) {
        out.push({
          type: 'circle',
          cx: x + LEGEND_DOT,
          cy: centerY,
          r: LEGEND_DOT,
          paint: { fill: item.color }
        })
        x += 2 * LEGEND_DOT + 6
      }
      const size = item.font.size
      out.push(
        text(item.label, x, baselineY(centerY - (size * LINE) / 2, size, LINE), {
          size,
          weight: item.font.weight ?? 400,
          fill: item.color ? colors.text : colors.muted
        })
      )
    }
  }
  if (layout.footer) {
    out.push(
      text(layout.footer.text, MARGIN, baselineY(layout.footer.top, FOOTER_FONT.size, LINE), {
        ...FOOTER_FONT,
        fill: colors.muted
      })
    )
  }
  return out
}
