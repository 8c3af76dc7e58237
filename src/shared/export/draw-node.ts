import type { Catalog } from '../catalog/catalog'
import type { PositionedNode } from '../layout/layout-tree'
import {
  CHIP,
  chipLabel,
  LINE_HEIGHT,
  NODE_STYLE,
  SUBTITLE_FONT,
  type ChipLayout
} from '../layout/node-box'
import { measureText } from '../layout/text-metrics'
import type { LensMatch } from '../lens/match'
import { CATEGORY_COLORS, textColorOn, THEMES, type ThemeName } from '../theme/palette'
import { baselineY } from './fonts'
import { LENS_STYLE, lensRingColor, selectedTechnologyColor } from './lens-style'
import { nodeAppearance, NODE_RADIUS, type NodeAppearance } from './node-appearance'
import { el, escapeXml, num } from './xml'

export interface DrawContext {
  theme: ThemeName
  lens: LensMatch
  /** Selected technologies in selection order (their index picks their colour). */
  selected: readonly string[]
  catalog: Catalog
}

/** The subtitle doubles as the expand/collapse toggle on screen: caret box + gap before text. */
const CARET = { box: 9, gap: 3, size: 4 }
/** `.chip { margin-left }` of the "+N" chip, as OrgNodeView places it. */
const OVERFLOW_GAP = 4

/**
 * One node as a group: card, text, chips and, under a lens, its marks and outline. The group
 * carries the node's id and kind, so the standalone HTML viewer can make it clickable.
 */
export function drawNode(item: PositionedNode, context: DrawContext): string {
  const { node, box, x, y } = item
  const look = nodeAppearance(node.kind, context.theme)
  const style = NODE_STYLE[node.kind]
  const ox = x + look.inset.left
  const oy = y + look.inset.top
  const lensState = lensStateOf(item, context)

  let body = card(item, look)
  if (lensState === 'hit') body = ring(item, context.theme) + body

  // Title lines, exactly as wrapped by nodeBox (the screen draws the same lines).
  const lineHeight = style.title.size * LINE_HEIGHT
  box.titleLines.forEach((line, i) => {
    body += text(
      line,
      ox + style.padding,
      baselineY(oy + style.padding + i * lineHeight, style.title.size, LINE_HEIGHT),
      {
        size: style.title.size,
        weight: style.title.weight,
        fill: look.title
      }
    )
  })

  if (box.subtitle) {
    const top = oy + style.padding + box.titleLines.length * lineHeight + 2
    const toggle = node.childCount > 0 && node.kind !== 'company'
    const textX = ox + style.padding + (toggle ? CARET.box + CARET.gap : 0)
    if (toggle)
      body += caret(
        ox + style.padding,
        top + (SUBTITLE_FONT.size * LINE_HEIGHT) / 2,
        node.collapsed,
        look.subtitle
      )
    body += text(box.subtitle, textX, baselineY(top, SUBTITLE_FONT.size, LINE_HEIGHT), {
      size: SUBTITLE_FONT.size,
      weight: SUBTITLE_FONT.weight ?? 400,
      fill: look.subtitle
    })
  }

  if (node.kind === 'team') body += marks(item, look, context)
  for (const chip of box.chips) body += drawChip(chip, ox, oy, context)
  if (box.overflow > 0) body += overflowChip(box.chips, box.overflow, ox, oy, context.theme)

  return el(
    'g',
    {
      'data-node-id': node.id,
      'data-kind': node.kind,
      opacity: lensState === 'dim' ? LENS_STYLE.dimOpacity : undefined
    },
    body
  )
}

/** As the screen's flow-elements matchState: no lens, a match ("hit"), or dimmed. */
type LensState = 'none' | 'hit' | 'dim'

/** Teams and projects take part in the lens; the company and divisions are the frame. */
export function lensStateOf(item: PositionedNode, context: Pick<DrawContext, 'lens'>): LensState {
  const { lens } = context
  if (!lens.active) return 'none'
  if (item.node.kind === 'team') return lens.teams.has(item.node.ref) ? 'hit' : 'dim'
  if (item.node.kind === 'project') return lens.projects.has(item.node.ref) ? 'hit' : 'dim'
  return 'none'
}

function card(item: PositionedNode, look: NodeAppearance): string {
  const { x, y, box } = item
  const { width: w, height: h } = box
  const r = NODE_RADIUS
  let out = ''
  if (look.shadow) {
    out += el('rect', {
      x,
      y: y + 1,
      width: w,
      height: h,
      rx: r,
      fill: '#000000',
      'fill-opacity': 0.06
    })
  }
  if (look.leftBand) {
    // CSS draws a 4px left border inside a rounded 1px border: fill the outer shape with the
    // border colour, the left rounded cap with the band colour, then the padding box (whose
    // corners CSS rounds by radius minus border width) with the card colour on top.
    const band = look.leftBand
    out += el('rect', { x, y, width: w, height: h, rx: r, fill: look.border })
    out += el('path', {
      d: `M${num(x + r)} ${num(y)}A${r} ${r} 0 0 0 ${num(x)} ${num(y + r)}V${num(y + h - r)}A${r} ${r} 0 0 0 ${num(x + r)} ${num(y + h)}Z`,
      fill: band.color
    })
    out += el('rect', {
      x: x + band.width,
      y: y + 1,
      width: w - band.width - 1,
      height: h - 2,
      rx: r - band.width,
      ry: r - 1,
      fill: look.fill
    })
    return out
  }
  // A 1px border drawn inside the box, like CSS's border-box: stroke centred half a pixel in.
  out += el('rect', {
    x: x + 0.5,
    y: y + 0.5,
    width: w - 1,
    height: h - 1,
    rx: r - 0.5,
    fill: look.fill,
    stroke: look.border,
    'stroke-width': look.border ? 1 : undefined,
    'stroke-dasharray': look.dashed ? '3 3' : undefined
  })
  return out
}

/** The 2px accent ring a matching node gets, hugging its border (CSS spread shadow). */
function ring(item: PositionedNode, theme: ThemeName): string {
  const { width } = LENS_STYLE.ring
  return el('rect', {
    x: item.x - width / 2,
    y: item.y - width / 2,
    width: item.box.width + width,
    height: item.box.height + width,
    rx: NODE_RADIUS + width / 2,
    fill: 'none',
    stroke: lensRingColor(theme),
    'stroke-width': width
  })
}

/** ▸ / ▾ as a path: the glyph is not in Inter, and a path looks the same in every renderer. */
function caret(left: number, centerY: number, collapsed: boolean, fill: string): string {
  const s = CARET.size
  const cx = left + CARET.box / 2
  const d = collapsed
    ? `M${num(cx - s / 2 + 0.5)} ${num(centerY - s / 2 - 0.5)}L${num(cx + s / 2 + 0.5)} ${num(centerY)}L${num(cx - s / 2 + 0.5)} ${num(centerY + s / 2 + 0.5)}Z`
    : `M${num(cx - s / 2 - 0.5)} ${num(centerY - s / 2 + 0.5)}L${num(cx + s / 2 + 0.5)} ${num(centerY - s / 2 + 0.5)}L${num(cx)} ${num(centerY + s / 2 + 0.5)}Z`
  return el('path', { d, fill })
}

/**
 * One dot per selected technology the team has, in selection order, in the node's top-right
 * corner inside the border, each with a halo of the surface colour (as `.org-node__mark`).
 */
function marks(item: PositionedNode, look: NodeAppearance, context: DrawContext): string {
  const names = context.lens.marks.get(item.node.ref) ?? []
  const { top, right, size, gap, halo } = LENS_STYLE.mark
  const r = size / 2
  const cy = item.y + look.inset.top + top + r
  const end = item.x + item.box.width - 1 - right
  const surface = THEMES[context.theme].surface
  return names
    .map((name, i) => {
      const cx = end - r - (names.length - 1 - i) * (size + gap)
      const color = selectedTechnologyColor(context.selected, name)
      return (
        el('circle', { cx, cy, r: r + halo, fill: surface }) +
        el('circle', { cx, cy, r, fill: color })
      )
    })
    .join('')
}

function drawChip(chip: ChipLayout, ox: number, oy: number, context: DrawContext): string {
  const selected = selectedTechnologyColor(context.selected, chip.name)
  const x = ox + chip.x
  const y = oy + chip.y
  const label = chipLabel(chip)
  const center = x + chip.width / 2
  if (selected && chip.kind === 'stack') {
    // `.chip--selected.chip--stack`: solid selection colour, black or white label, no ring.
    return (
      chipShape(x, y, chip.width, { fill: selected }) +
      chipText(label, center, y, textColorOn(selected))
    )
  }
  if (selected) {
    // `.chip--selected.chip--mention`: a 1.5px ring in the selection colour, bold label.
    return (
      chipShape(x, y, chip.width, { stroke: selected, strokeWidth: LENS_STYLE.mentionRing }) +
      chipText(label, center, y, selected, LENS_STYLE.mentionWeight)
    )
  }
  // `.chip--stack`: a 16% tint with a 45% inset ring; `.chip--mention`: the ring only, at 55%.
  const color = CATEGORY_COLORS[chip.category][context.theme]
  const stack = chip.kind === 'stack'
  return (
    chipShape(x, y, chip.width, {
      fill: stack ? color : undefined,
      fillOpacity: 0.16,
      stroke: color,
      strokeOpacity: stack ? 0.45 : 0.55
    }) + chipText(label, center, y, color)
  )
}

function overflowChip(
  chips: ChipLayout[],
  overflow: number,
  ox: number,
  oy: number,
  theme: ThemeName
): string {
  const last = chips.at(-1)
  const label = `+${overflow}`
  const width = measureText(label, CHIP.font) + 2 * CHIP.padX
  const x = ox + (last ? last.x + last.width + OVERFLOW_GAP : 0)
  const y = oy + (last?.y ?? 0)
  const colors = THEMES[theme]
  return (
    chipShape(x, y, width, { stroke: colors.border }) +
    chipText(label, x + width / 2, y, colors.muted)
  )
}

interface ChipPaint {
  fill?: string
  fillOpacity?: number
  stroke?: string
  strokeOpacity?: number
  strokeWidth?: number
}

/** A pill; its ring is drawn inside the edge, like the CSS inset box-shadow. */
function chipShape(x: number, y: number, width: number, paint: ChipPaint): string {
  const h = CHIP.height
  const inset = paint.stroke ? (paint.strokeWidth ?? 1) / 2 : 0
  return el('rect', {
    x: x + inset,
    y: y + inset,
    width: width - 2 * inset,
    height: h - 2 * inset,
    rx: h / 2 - inset,
    fill: paint.fill ?? 'none',
    'fill-opacity': paint.fill && paint.fillOpacity !== undefined ? paint.fillOpacity : undefined,
    stroke: paint.stroke,
    'stroke-opacity': paint.strokeOpacity,
    'stroke-width': paint.strokeWidth
  })
}

function chipText(
  label: string,
  centerX: number,
  top: number,
  fill: string,
  weight = CHIP.font.weight ?? 500
): string {
  return text(label, centerX, baselineY(top, CHIP.font.size, CHIP.height / CHIP.font.size), {
    size: CHIP.font.size,
    weight,
    fill,
    anchor: 'middle'
  })
}

/**
 * A line of text. Every text element states its weight: the PDF step maps weights to embedded
 * font files by this attribute (see pdf.ts).
 */
export function text(
  content: string,
  x: number,
  y: number,
  font: { size: number; weight: number; fill: string; anchor?: 'middle' | 'end' }
): string {
  return el(
    'text',
    {
      x,
      y,
      'font-size': font.size,
      'font-weight': font.weight,
      fill: font.fill,
      'text-anchor': font.anchor
    },
    escapeXml(content)
  )
}
