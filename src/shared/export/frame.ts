import { RELATION_KINDS } from '../catalog/relation-kinds'
import { RELATION_LABEL, RELATION_STYLE } from '../layout/relation-path'
import { ellipsize, measureText, type Font } from '../layout/text-metrics'
import type { Lens } from '../lens/lens'
import { THEMES, type ThemeName } from '../theme/palette'
import { DIFF_STATUSES, type DiffStatus } from './compared-chart'
import { DIFF_BADGE, diffBadge, DIFF_WORDS } from './diff-badge'
import { text } from './draw-node'
import { baselineY } from './fonts'
import { selectedTechnologyColor } from './lens-style'
import type { Shape } from './scene'

/**
 * What surrounds the chart in an export: margin, optional title, the key to a comparison's
 * marks, the lens legend and the date footer. `frameLayout` decides the geometry (so the document size is known before drawing),
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
  /** The lens when one is on; `relations` when the chart draws them (a second legend row). */
  legend?: { lens?: Lens; relations?: boolean }
  /** A comparison: what the chart is compared with, and how many nodes each kind of change marks. */
  changes?: { label: string; counts: Record<DiffStatus, number> }
  footer?: string
  theme: ThemeName
}

interface LegendItem {
  label: string
  color?: string
  /** A relation's dashed line before the label (with an arrow for a directed kind). */
  line?: 'arrow' | 'plain'
  x: number
  row: number
  font: Font
  /** A change badge before the label, in a comparison's key. */
  badge?: DiffStatus
}

export interface FrameLayout {
  width: number
  height: number
  /** Where the chart's top-left corner goes in the document. */
  chartOrigin: { x: number; y: number }
  title?: { text: string; top: number }
  legend?: { top: number; items: LegendItem[] }
  changes?: { top: number; items: LegendItem[] }
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
  const { lens, relations } = input.legend ?? {}
  const lensShown = lens !== undefined && (lens.technologies.length > 0 || lens.hiring === true)
  if (input.changes) {
    const items = changeItems(input.changes, contentWidth)
    layout.changes = { top: y, items }
    // The lens legend, when there is one, follows as the next row of the same key.
    y += rowsOf(items) * LEGEND_ROW + (lensShown || relations ? 0 : SECTION_GAP.legend)
  }
  if (lensShown || relations) {
    const items = lensShown ? legendItems(lens, contentWidth) : []
    if (relations) {
      const first = items.length > 0 ? Math.max(...items.map((item) => item.row)) + 1 : 0
      items.push(...relationItems(first, input.theme))
    }
    const rows = Math.max(...items.map((item) => item.row)) + 1
    layout.legend = { top: y, items }
    y += rows * LEGEND_ROW + SECTION_GAP.legend
  } else if (layout.title && !layout.changes) {
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

function rowsOf(items: readonly LegendItem[]): number {
  return Math.max(...items.map((item) => item.row)) + 1
}

/** "Changes since v1.0.yaml:" then a badge + "Added 3" per kind of change, wrapped. */
function changeItems(changes: NonNullable<FrameInput['changes']>, maxWidth: number): LegendItem[] {
  const label = ellipsize(`Changes since ${changes.label}:`, maxWidth, LEGEND_LABEL_FONT)
  const items: LegendItem[] = [{ label, x: 0, row: 0, font: LEGEND_LABEL_FONT }]
  const badge = 2 * DIFF_BADGE.radius + 6
  let x = measureText(label, LEGEND_LABEL_FONT) + LEGEND_ITEM_GAP
  let row = 0
  for (const status of DIFF_STATUSES) {
    const name = `${DIFF_WORDS[status]} ${changes.counts[status]}`
    const width = badge + measureText(name, LEGEND_FONT)
    if (x > 0 && x + width > maxWidth) {
      row++
      x = 0
    }
    items.push({ label: name, x, row, font: LEGEND_FONT, badge: status })
    x += width + LEGEND_ITEM_GAP
  }
  return items
}

/** A relation legend item's line: its length, then the gap before its label. */
const LEGEND_LINE = { length: 24, gap: 6 }

/** "Relations:" then a dashed line and the words of each kind, as the chart draws them. */
function relationItems(row: number, theme: ThemeName): LegendItem[] {
  const label = 'Relations:'
  const items: LegendItem[] = [{ label, x: 0, row, font: LEGEND_LABEL_FONT }]
  let x = measureText(label, LEGEND_LABEL_FONT) + LEGEND_ITEM_GAP
  for (const kind of RELATION_KINDS) {
    const name = RELATION_LABEL[kind]
    items.push({
      label: name,
      color: THEMES[theme].relation,
      line: kind === 'collaborates' ? 'plain' : 'arrow',
      x,
      row,
      font: LEGEND_FONT
    })
    x += LEGEND_LINE.length + LEGEND_LINE.gap + measureText(name, LEGEND_FONT) + LEGEND_ITEM_GAP
  }
  return items
}

/**
 * "Teams with any of:" then one coloured dot + name per technology, wrapped to the width;
 * "Teams hiring now" (and "Teams hiring now with any of:") under the hiring filter.
 */
function legendItems(lens: Lens, maxWidth: number): LegendItem[] {
  const which = `${lens.mode === 'all' ? 'all' : 'any'} of${lens.includeMentions ? ' (stack or mentions)' : ''}:`
  const label = lens.hiring
    ? lens.technologies.length > 0
      ? `Teams hiring now with ${which}`
      : 'Teams hiring now'
    : `Teams with ${which}`
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
  for (const section of [layout.changes, layout.legend]) {
    if (!section) continue
    for (const item of section.items) {
      const top = section.top + item.row * LEGEND_ROW
      const centerY = top + LEGEND_ROW / 2
      let x = MARGIN + item.x
      if (item.badge) {
        out.push(...diffBadge(item.badge, x + DIFF_BADGE.radius, centerY, theme))
        x += 2 * DIFF_BADGE.radius + 6
      } else if (item.line && item.color) {
        const end = x + LEGEND_LINE.length
        out.push({
          type: 'path',
          d: `M${x} ${centerY}H${item.line === 'arrow' ? end - 4 : end}`,
          paint: {
            stroke: item.color,
            strokeWidth: RELATION_STYLE.width,
            dash: RELATION_STYLE.dash
          }
        })
        if (item.line === 'arrow') {
          out.push({
            type: 'path',
            d: `M${end} ${centerY}L${end - 7} ${centerY - 3.5}L${end - 7} ${centerY + 3.5}Z`,
            paint: { fill: item.color }
          })
        }
        x = end + LEGEND_LINE.gap
      } else if (item.color) {
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
          fill: item.color || item.badge ? colors.text : colors.muted
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
