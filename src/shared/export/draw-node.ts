import type { Catalog } from '../catalog/catalog'
import type { DiffMark } from '../diff/diff-marks'
import type { PositionedNode } from '../layout/layout-tree'
import {
  BADGE,
  CHIP,
  chipLabel,
  chipsShown,
  chipLogoWidth,
  LINE_HEIGHT,
  NODE_STYLE,
  SUBTITLE_FONT,
  type BadgeLayout,
  type ChipLayout
} from '../layout/node-box'
import { measureText } from '../layout/text-metrics'
import type { LensMatch } from '../lens/match'
import { badgeColors } from '../theme/badge-colors'
import { CATEGORY_COLORS, textColorOn, THEMES, type ThemeName } from '../theme/palette'
import type { OrgNodeKind } from '../tree/org-tree'
import { DIFF_BADGE, diffBadge, DIFF_COLORS } from './diff-badge'
import { baselineY } from './fonts'
import { LENS_STYLE, lensRingColor, selectedTechnologyColor } from './lens-style'
import { nodeAppearance, NODE_RADIUS, type NodeAppearance } from './node-appearance'
import type {
  CircleShape,
  GroupShape,
  Paint,
  PathShape,
  RectShape,
  Shape,
  TextShape
} from './scene'
import { num } from './xml'

export interface DrawContext {
  theme: ThemeName
  lens: LensMatch
  /** Selected technologies in selection order (their index picks their colour). */
  selected: readonly string[]
  catalog: Catalog
  /** Technology logos' path data by logo id: what the chips draw (none drawn without). */
  logos: ReadonlyMap<string, string>
  /** In a comparison: each changed node's mark, by node id (see diffMarks). */
  marks?: ReadonlyMap<string, DiffMark>
}

/** The subtitle doubles as the expand/collapse toggle on screen: caret box + gap before text. */
const CARET = { box: 9, gap: 3, size: 4 }
/** `.chip { margin-left }` of the "+N" chip, as OrgNodeView places it. */
const OVERFLOW_GAP = 4
/** How far a card's drawing reaches past its box: the 2px lens ring, the 1px shadow. */
export const CARD_OVERHANG = 3

/**
 * One node as a group: card, text, chips and, under a lens, its marks and outline. The group
 * carries the node's id and kind, so the standalone HTML viewer can make it clickable.
 */
export function drawNode(item: PositionedNode, context: DrawContext): GroupShape {
  const { node, box, x, y } = item
  const mark = context.marks?.get(node.id)
  const plain = nodeAppearance(node.kind, context.theme)
  // A removed node stays where it was, ghosted: dashed and faded, as the screen shows it.
  const look = mark?.status === 'removed' ? { ...plain, dashed: true } : plain
  const style = NODE_STYLE[node.kind]
  const ox = x + look.inset.left
  const oy = y + look.inset.top
  const lensState = lensStateOf(item, context)

  const body: Shape[] = []
  if (lensState === 'hit') body.push(ring(item, lensRingColor(context.theme)))
  else if (mark?.status === 'added' || mark?.status === 'moved') {
    body.push(ring(item, DIFF_COLORS[mark.status]))
  }
  body.push(...card(item, look))

  // Title lines, exactly as wrapped by nodeBox (the screen draws the same lines).
  const lineHeight = style.title.size * LINE_HEIGHT
  box.titleLines.forEach((line, i) => {
    body.push(
      text(
        line,
        ox + style.padding,
        baselineY(oy + style.padding + i * lineHeight, style.title.size, LINE_HEIGHT),
        {
          size: style.title.size,
          weight: style.title.weight,
          fill: look.title
        }
      )
    )
  })

  if (box.subtitle) {
    const top = oy + style.padding + box.titleLines.length * lineHeight + 2
    const toggle = node.childCount > 0 && node.kind !== 'company'
    const textX = ox + style.padding + (toggle ? CARET.box + CARET.gap : 0)
    if (toggle)
      body.push(
        caret(
          ox + style.padding,
          top + (SUBTITLE_FONT.size * LINE_HEIGHT) / 2,
          node.collapsed,
          look.subtitle
        )
      )
    body.push(
      text(box.subtitle, textX, baselineY(top, SUBTITLE_FONT.size, LINE_HEIGHT), {
        size: SUBTITLE_FONT.size,
        weight: SUBTITLE_FONT.weight ?? 400,
        fill: look.subtitle
      })
    )
  }

  for (const badge of box.badges) body.push(...drawBadge(badge, node.kind, ox, oy, context.theme))
  if (node.kind === 'team') body.push(...marks(item, look, context))
  // A lit technology hidden in "+N" comes first instead, as the screen shows it.
  const { chips, overflow } =
    context.selected.length > 0
      ? chipsShown(node, box, context.catalog, (name) => litChip(context, name))
      : box
  for (const chip of chips) body.push(...drawChip(chip, ox, oy, context))
  if (overflow > 0) body.push(...overflowChip(chips, overflow, ox, oy, context.theme))
  if (mark) body.push(...diffMarkShapes(item, mark, context.theme))

  const opacity =
    (lensState === 'dim' ? LENS_STYLE.dimOpacity : 1) * (mark?.status === 'removed' ? 0.5 : 1)
  // The badge sits on the top-right corner, half outside the card.
  const reach = mark ? DIFF_BADGE.radius + DIFF_BADGE.halo : CARD_OVERHANG
  return {
    type: 'group',
    children: body,
    node: { id: node.id, kind: node.kind },
    opacity: opacity < 1 ? opacity : undefined,
    bounds: {
      x: x - CARD_OVERHANG,
      y: y - reach,
      width: box.width + CARD_OVERHANG + reach,
      height: box.height + CARD_OVERHANG + reach
    }
  }
}

/** `.diff-notes`: 15px labels on the card's top edge, ending 14px from its right. */
const DIFF_NOTE = { height: 15, padX: 5, gap: 3, right: 14, top: -8, radius: 3 } as const
const DIFF_NOTE_FONT = { size: 10, weight: 400 } as const

/**
 * A comparison's mark on a node, as DiffMarkLayer draws it on screen: the badge on the top-right
 * corner and, left of it along the top edge, where a moved node came from and the stack's
 * technologies gained (+Name) and lost (struck-out −Name).
 */
function diffMarkShapes(item: PositionedNode, mark: DiffMark, theme: ThemeName): Shape[] {
  const { x, y, box } = item
  const from = mark.notes.find((note) => note.startsWith('moved from '))
  const notes = [
    ...(from ? [{ label: from, color: DIFF_COLORS.moved, struck: false }] : []),
    ...mark.stackAdded.map((name) => ({
      label: `+${name}`,
      color: DIFF_COLORS.added,
      struck: false
    })),
    ...mark.stackRemoved.map((name) => ({
      label: `−${name}`,
      color: DIFF_COLORS.removed,
      struck: true
    }))
  ].map((note) => ({
    ...note,
    width: measureText(note.label, DIFF_NOTE_FONT) + 2 * DIFF_NOTE.padX
  }))
  const out: Shape[] = []
  const top = y + DIFF_NOTE.top
  let right = x + box.width - DIFF_NOTE.right
  for (const note of [...notes].reverse()) {
    const left = right - note.width
    out.push(
      rect(left, top, note.width, DIFF_NOTE.height, { rx: DIFF_NOTE.radius }, { fill: note.color })
    )
    const baseline = baselineY(top, DIFF_NOTE_FONT.size, DIFF_NOTE.height / DIFF_NOTE_FONT.size)
    out.push(
      text(note.label, left + DIFF_NOTE.padX, baseline, { ...DIFF_NOTE_FONT, fill: '#ffffff' })
    )
    if (note.struck) {
      // `text-decoration: line-through`, at the middle of the lower-case letters.
      const strike = top + DIFF_NOTE.height / 2
      out.push(
        rect(
          left + DIFF_NOTE.padX,
          strike,
          note.width - 2 * DIFF_NOTE.padX,
          1,
          {},
          { fill: '#ffffff' }
        )
      )
    }
    right = left - DIFF_NOTE.gap
  }
  out.push(...diffBadge(mark.status, x + box.width - 1, y + 1, theme))
  return out
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

function card(item: PositionedNode, look: NodeAppearance): Shape[] {
  const { x, y, box } = item
  const { width: w, height: h } = box
  const r = NODE_RADIUS
  const out: Shape[] = []
  if (look.shadow) {
    out.push(rect(x, y + 1, w, h, { rx: r }, { fill: '#000000', fillOpacity: 0.06 }))
  }
  if (look.leftBand) {
    // CSS draws a 4px left border inside a rounded 1px border: fill the outer shape with the
    // border colour, the left rounded cap with the band colour, then the padding box (whose
    // corners CSS rounds by radius minus border width) with the card colour on top.
    const band = look.leftBand
    if (look.dashed) {
      // A removed team in a comparison: `border-style: dashed` around the card, band kept.
      out.push(
        insetBorder(x, y, w, h, r, { fill: look.fill, stroke: look.border, dash: DASH }),
        path(
          `M${num(x + r)} ${num(y)}A${r} ${r} 0 0 0 ${num(x)} ${num(y + r)}V${num(y + h - r)}A${r} ${r} 0 0 0 ${num(x + r)} ${num(y + h)}H${num(x + band.width)}V${num(y)}Z`,
          { fill: band.color }
        )
      )
      return out
    }
    out.push(rect(x, y, w, h, { rx: r }, { fill: look.border }))
    out.push(
      path(
        `M${num(x + r)} ${num(y)}A${r} ${r} 0 0 0 ${num(x)} ${num(y + r)}V${num(y + h - r)}A${r} ${r} 0 0 0 ${num(x + r)} ${num(y + h)}Z`,
        { fill: band.color }
      )
    )
    out.push(
      rect(
        x + band.width,
        y + 1,
        w - band.width - 1,
        h - 2,
        { rx: r - band.width, ry: r - 1 },
        { fill: look.fill }
      )
    )
    return out
  }
  out.push(
    insetBorder(x, y, w, h, r, {
      fill: look.fill,
      stroke: look.border,
      strokeWidth: look.border ? 1 : undefined,
      dash: look.dashed ? DASH : undefined
    })
  )
  return out
}

/**
 * The card's box with a 1px border drawn inside it, like CSS's border-box: the stroke is centred
 * half a pixel in, and its corners rounded half a pixel less.
 */
function insetBorder(
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
  paint: Paint
): RectShape {
  return rect(x + 0.5, y + 0.5, w - 1, h - 1, { rx: r - 0.5 }, paint)
}

/** The project card's dashed border (`border-style: dashed`, 1px: 3px dashes, 3px gaps). */
const DASH = [3, 3] as const

/**
 * The 2px ring a matching node (accent) or an added or moved one (its change's colour) gets,
 * hugging its border (CSS spread shadow).
 */
function ring(item: PositionedNode, color: string): RectShape {
  const { width } = LENS_STYLE.ring
  return rect(
    item.x - width / 2,
    item.y - width / 2,
    item.box.width + width,
    item.box.height + width,
    { rx: NODE_RADIUS + width / 2 },
    { stroke: color, strokeWidth: width }
  )
}

/** ▸ / ▾ as a path: the glyph is not in Inter, and a path looks the same in every renderer. */
function caret(left: number, centerY: number, collapsed: boolean, fill: string): PathShape {
  const s = CARET.size
  const cx = left + CARET.box / 2
  const d = collapsed
    ? `M${num(cx - s / 2 + 0.5)} ${num(centerY - s / 2 - 0.5)}L${num(cx + s / 2 + 0.5)} ${num(centerY)}L${num(cx - s / 2 + 0.5)} ${num(centerY + s / 2 + 0.5)}Z`
    : `M${num(cx - s / 2 - 0.5)} ${num(centerY - s / 2 + 0.5)}L${num(cx + s / 2 + 0.5)} ${num(centerY - s / 2 + 0.5)}L${num(cx)} ${num(centerY + s / 2 + 0.5)}Z`
  return path(d, { fill })
}

/**
 * One dot per selected technology the team has, in selection order, in the node's top-right
 * corner inside the border, each with a halo of the surface colour (as `.org-node__mark`).
 */
function marks(item: PositionedNode, look: NodeAppearance, context: DrawContext): Shape[] {
  const names = context.lens.marks.get(item.node.ref) ?? []
  const { top, right, size, gap, halo } = LENS_STYLE.mark
  const r = size / 2
  const cy = item.y + look.inset.top + top + r
  const end = item.x + item.box.width - 1 - right
  const surface = THEMES[context.theme].surface
  return names.flatMap((name, i) => {
    const cx = end - r - (names.length - 1 - i) * (size + gap)
    const color = selectedTechnologyColor(context.selected, name)
    return [circle(cx, cy, r + halo, surface), circle(cx, cy, r, color)]
  })
}

/**
 * The selection colour a chip lights in: its technology's, or, for a member of a selected
 * family (Amazon S3 while AWS is selected), the family's. Undefined for a chip not lit.
 */
function chipColor(context: DrawContext, name: string): string | undefined {
  const family = context.lens.via.get(name)
  return (
    selectedTechnologyColor(context.selected, name) ??
    (family === undefined ? undefined : selectedTechnologyColor(context.selected, family))
  )
}

const litChip = (context: DrawContext, name: string): boolean =>
  chipColor(context, name) !== undefined

function drawChip(chip: ChipLayout, ox: number, oy: number, context: DrawContext): Shape[] {
  const selected = chipColor(context, chip.name)
  const x = ox + chip.x
  const y = oy + chip.y
  const label = chipLabel(chip)
  // With a logo, the logo and the name are centred together, as the screen's chip centres them.
  const logoRoom = chip.icon === undefined ? 0 : chipLogoWidth()
  const content = logoRoom + measureText(label, CHIP.font)
  const start = x + (chip.width - content) / 2
  const center = start + logoRoom + (content - logoRoom) / 2
  const logo = (fill: string): Shape[] => {
    const d = chip.icon === undefined ? undefined : context.logos.get(chip.icon)
    if (d === undefined) return []
    const size = CHIP.logo.size
    return [
      { type: 'logo', id: chip.icon!, d, x: start, y: y + (CHIP.height - size) / 2, size, fill }
    ]
  }
  if (selected && chip.kind === 'stack') {
    // `.chip--selected.chip--stack`: solid selection colour, black or white label, no ring.
    const ink = textColorOn(selected)
    return [
      chipShape(x, y, chip.width, { fill: selected }),
      ...logo(ink),
      chipText(label, center, y, ink)
    ]
  }
  if (selected) {
    // `.chip--selected.chip--mention`: a 1.5px ring in the selection colour, bold label.
    return [
      chipShape(x, y, chip.width, { stroke: selected, strokeWidth: LENS_STYLE.mentionRing }),
      ...logo(selected),
      chipText(label, center, y, selected, LENS_STYLE.mentionWeight)
    ]
  }
  // `.chip--stack`: a 16% tint with a 45% inset ring; `.chip--mention`: the ring only, at 55%.
  const color = CATEGORY_COLORS[chip.category][context.theme]
  const stack = chip.kind === 'stack'
  return [
    chipShape(x, y, chip.width, {
      fill: stack ? color : undefined,
      fillOpacity: 0.16,
      stroke: color,
      strokeOpacity: stack ? 0.45 : 0.55
    }),
    ...logo(color),
    chipText(label, center, y, color)
  ]
}

/** A people or hiring badge, as OrgNodeView's `.node-badge` (colours from badge-colors.ts). */
function drawBadge(
  badge: BadgeLayout,
  kind: OrgNodeKind,
  ox: number,
  oy: number,
  theme: ThemeName
): Shape[] {
  const colors = badgeColors(badge.kind, kind, theme)
  const x = ox + badge.x
  const y = oy + badge.y
  const h = BADGE.height
  const shapes: Shape[] = []
  if (colors.fill) shapes.push(rect(x, y, badge.width, h, { rx: h / 2 }, { fill: colors.fill }))
  if (colors.ring) {
    shapes.push(
      rect(
        x + 0.5,
        y + 0.5,
        badge.width - 1,
        h - 1,
        { rx: h / 2 - 0.5 },
        { stroke: colors.ring.color, strokeOpacity: colors.ring.opacity }
      )
    )
  }
  shapes.push(
    text(badge.text, x + badge.width / 2, baselineY(y, BADGE.font.size, h / BADGE.font.size), {
      size: BADGE.font.size,
      weight: BADGE.font.weight ?? 600,
      fill: colors.text,
      anchor: 'middle'
    })
  )
  return shapes
}

function overflowChip(
  chips: ChipLayout[],
  overflow: number,
  ox: number,
  oy: number,
  theme: ThemeName
): Shape[] {
  const last = chips.at(-1)
  const label = `+${overflow}`
  const width = measureText(label, CHIP.font) + 2 * CHIP.padX
  const x = ox + (last ? last.x + last.width + OVERFLOW_GAP : 0)
  const y = oy + (last?.y ?? 0)
  const colors = THEMES[theme]
  return [
    chipShape(x, y, width, { stroke: colors.border }),
    chipText(label, x + width / 2, y, colors.muted)
  ]
}

/** A pill; its ring is drawn inside the edge, like the CSS inset box-shadow. */
function chipShape(x: number, y: number, width: number, paint: Paint): RectShape {
  const h = CHIP.height
  const inset = paint.stroke ? (paint.strokeWidth ?? 1) / 2 : 0
  return rect(
    x + inset,
    y + inset,
    width - 2 * inset,
    h - 2 * inset,
    { rx: h / 2 - inset },
    {
      ...paint,
      // A fill's opacity means nothing without a fill.
      fillOpacity: paint.fill ? paint.fillOpacity : undefined
    }
  )
}

function chipText(
  label: string,
  centerX: number,
  top: number,
  fill: string,
  weight = CHIP.font.weight ?? 500
): TextShape {
  return text(label, centerX, baselineY(top, CHIP.font.size, CHIP.height / CHIP.font.size), {
    size: CHIP.font.size,
    weight,
    fill,
    anchor: 'middle'
  })
}

/**
 * A line of text at its baseline, in Inter at a stated weight: each weight is its own font file
 * for Skia and in the PDF (see nearestWeight).
 */
export function text(
  content: string,
  x: number,
  y: number,
  font: { size: number; weight: number; fill: string; anchor?: 'middle' | 'end' }
): TextShape {
  return { type: 'text', text: content, x, y, ...font }
}

function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  corners: { rx?: number; ry?: number },
  paint: Paint
): RectShape {
  return { type: 'rect', x, y, width, height, ...corners, paint }
}

function path(d: string, paint: Paint): PathShape {
  return { type: 'path', d, paint }
}

function circle(cx: number, cy: number, r: number, fill: string | undefined): CircleShape {
  return { type: 'circle', cx, cy, r, paint: { fill } }
}
