import { blend } from '../../../shared/export/node-appearance'
import { LENS_STYLE } from '../../../shared/export/lens-style'
import { LINE_HEIGHT, NODE_STYLE, CHIP, type NodeBox } from '../../../shared/layout/node-box'
import type { LensMatch } from '../../../shared/lens/match'
import {
  CATEGORY_COLORS,
  THEMES,
  selectionColor,
  type ThemeName
} from '../../../shared/theme/palette'
import { EDGE_STRIDE, type ChartGeometry } from './chart-geometry'

/**
 * The canvas overview of a big chart (see level-of-detail.ts): every team and project as a plain
 * card, its technology chips as colour bars, edges as thin lines, under the same lens as the DOM
 * nodes, and titles once they are big enough to read. Company and division cards stay DOM nodes
 * and are not drawn here.
 *
 * Cards are rasterized straight into the canvas's pixels (rasterizeOverview) rather than through
 * canvas paths: zoomed out, 25,000 cards of a few pixels each cost ~30 ms a frame as paths and a
 * few ms as row fills of a pixel array, and zoomed in the cost is bounded by the screen's area.
 * Every shape is an axis-aligned rectangle (cards, chips, elbow edges), so nothing is lost.
 */

/** Below this zoom chips are under 2 px tall: cards are drawn without them. */
export const CHIPS_FROM_ZOOM = 0.1
/** Below this zoom a card is a few pixels: no border, band or ring, one fill. */
export const CARD_DETAIL_FROM_ZOOM = 0.12
/** From this zoom team and project titles are drawn (their first line), about 4.5 px and up. */
export const TITLES_FROM_ZOOM = 0.3

/** How each team and project card is painted, decided once per layout, lens and selection. */
export interface OverviewStyle {
  /** Per node: 0 not drawn here (company, divisions), 1 normal, 2 dimmed by the lens. */
  state: Uint8Array
  /** Per node: 1 where the lens matches (a ring in the accent colour), 2 where selected. */
  ring: Uint8Array
  /** Chip rectangles, absolute layout coordinates, 4 numbers each. */
  chips: Float64Array
  /** Per chip, its colour as a pixel (normal, then dimmed at chips.length / 4 + c). */
  chipColor: Uint32Array
  /** Chips of node i are chipStart[i] ≤ c < chipStart[i + 1]. */
  chipStart: Int32Array
  /** Card colours as pixels: [normal, dimmed] for each role. */
  colors: Record<
    'edge' | 'border' | 'team' | 'project' | 'band' | 'accent' | 'focus',
    [number, number]
  >
  /** Title text colours (CSS), normal and dimmed. */
  text: [string, string]
}

export function overviewStyle(
  geometry: ChartGeometry,
  match: LensMatch,
  selectedTechnologies: readonly string[],
  selectedId: string | undefined,
  theme: ThemeName
): OverviewStyle {
  const { nodes } = geometry.layout
  const palette = THEMES[theme]
  const dim = (color: string) => blend(color, palette.background, LENS_STYLE.dimOpacity)
  const pair = (color: string): [number, number] => [pixel(color), pixel(dim(color))]
  const state = new Uint8Array(nodes.length)
  const ring = new Uint8Array(nodes.length)
  const chipStart = new Int32Array(nodes.length + 1)
  const drawn = (kind: string) => kind === 'team' || kind === 'project'
  let count = 0
  for (const item of nodes) if (drawn(item.node.kind)) count += item.box.chips.length
  const chipRects = new Float64Array(4 * count)
  // Per chip its colour, normal then (from `count` on) dimmed.
  const chipColor = new Uint32Array(2 * count)
  // A chip's colour is one of a few (its category's, by kind, or a selection colour): blend
  // each once, not once per chip (a 1,000-team chart has ~6,000 chips; blending each took
  // ~30 ms of opening it), found without building a key per chip (45,000 at 5,000 teams).
  const selection = new Map(selectedTechnologies.map((name, index) => [name, index]))
  const selectedColors = new Map<number, [number, number]>()
  const categoryColors = new Map<string, { stack?: [number, number]; mention?: [number, number] }>()
  const colorOf = (chip: NodeBox['chips'][number]): [number, number] => {
    const selected = selection.size > 0 ? selection.get(chip.name) : undefined
    if (selected !== undefined) {
      let color = selectedColors.get(selected)
      if (!color) selectedColors.set(selected, (color = pair(selectionColor(selected))))
      return color
    }
    let byKind = categoryColors.get(chip.category)
    if (!byKind) categoryColors.set(chip.category, (byKind = {}))
    const hue = CATEGORY_COLORS[chip.category][theme]
    return chip.kind === 'stack'
      ? (byKind.stack ??= pair(blend(hue, palette.team, 0.45)))
      : (byKind.mention ??= pair(blend(hue, palette.team, 0.2)))
  }
  let c = 0
  nodes.forEach((item, i) => {
    chipStart[i] = c
    const { node } = item
    if (!drawn(node.kind)) return
    const hit = node.kind === 'team' ? match.teams.has(node.ref) : match.projects.has(node.ref)
    state[i] = match.active && !hit ? 2 : 1
    ring[i] = node.id === selectedId ? 2 : match.active && hit ? 1 : 0
    for (const chip of item.box.chips) {
      chipRects[4 * c] = item.x + chip.x
      chipRects[4 * c + 1] = item.y + chip.y
      chipRects[4 * c + 2] = chip.width
      chipRects[4 * c + 3] = CHIP.height
      const [normal, dimmed] = colorOf(chip)
      chipColor[c] = normal
      chipColor[count + c] = dimmed
      c++
    }
  })
  chipStart[nodes.length] = c
  return {
    state,
    ring,
    chips: chipRects,
    chipColor,
    chipStart,
    colors: {
      edge: pair(palette.edge),
      border: pair(palette.border),
      team: pair(palette.team),
      project: pair(palette.project),
      band: pair(palette.division),
      accent: pair(palette.accent),
      focus: pair(palette.focus)
    },
    text: [palette.text, dim(palette.text)]
  }
}

/** #rrggbb as an opaque pixel of an ImageData's Uint32 view (bytes R, G, B, A in memory). */
export function pixel(hex: string): number {
  const r = parseInt(hex.slice(1, 3), 16)
  const g = parseInt(hex.slice(3, 5), 16)
  const b = parseInt(hex.slice(5, 7), 16)
  return ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0
}

/** A pixel buffer: an ImageData's data seen as one 32-bit word per pixel. */
export interface PixelTarget {
  pixels: Uint32Array
  width: number
  height: number
}

export interface OverviewView {
  /** React Flow's transform: translate x, y and zoom (in CSS pixels). */
  transform: readonly [number, number, number]
  pixelRatio: number
}

/**
 * Rasterizes the visible part of the overview into `target` (cleared first). Cost: a spatial
 * index query plus a row fill per card row on screen. Returns the indices of the cards drawn.
 */
export function rasterizeOverview(
  target: PixelTarget,
  geometry: ChartGeometry,
  style: OverviewStyle,
  view: OverviewView
): number[] {
  const { pixels, width, height } = target
  pixels.fill(0)
  const [tx, ty, zoom] = view.transform
  const ratio = view.pixelRatio
  const scale = zoom * ratio
  const shown: number[] = []
  geometry.index.forEachIn(
    { x: -tx / zoom, y: -ty / zoom, width: width / scale, height: height / scale },
    (i) => {
      if (style.state[i] !== 0) shown.push(i)
    }
  )
  const sx = (x: number) => Math.floor(x * scale + tx * ratio)
  const sy = (y: number) => Math.floor(y * scale + ty * ratio)
  const fill = (x0: number, y0: number, x1: number, y1: number, color: number) => {
    const left = Math.max(0, x0)
    const right = Math.min(width, Math.max(x1, x0 + 1))
    const top = Math.max(0, y0)
    const bottom = Math.min(height, Math.max(y1, y0 + 1))
    for (let y = top; y < bottom; y++) pixels.fill(color, y * width + left, y * width + right)
  }

  const { boxes, edges } = geometry
  const { colors } = style
  for (const i of shown) {
    const e = EDGE_STRIDE * i
    if (Number.isNaN(edges[e])) continue
    const dimmed = style.state[i] === 2 ? 1 : 0
    const color = colors.edge[dimmed]
    // Plain numbers, no arrays: the first frame runs before the code is optimized, and a few
    // arrays per edge were a third of drawing it at 5,000 teams.
    for (let s = 0; s < 3; s++) {
      const ax = sx(edges[e + 2 * s])
      const ay = sy(edges[e + 2 * s + 1])
      const bx = sx(edges[e + 2 * s + 2])
      const by = sy(edges[e + 2 * s + 3])
      fill(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx) + 1, Math.max(ay, by) + 1, color)
    }
  }

  const detailed = zoom >= CARD_DETAIL_FROM_ZOOM
  const chips = zoom >= CHIPS_FROM_ZOOM
  const dimChip = style.chips.length / 4
  const ring = Math.max(1, Math.round(2 * ratio))
  const band = Math.max(1, Math.round(4 * scale))
  for (const i of shown) {
    const d = style.state[i] === 2 ? 1 : 0
    const b = 4 * i
    const x0 = sx(boxes[b])
    const y0 = sy(boxes[b + 1])
    const x1 = sx(boxes[b] + boxes[b + 2])
    const y1 = sy(boxes[b + 1] + boxes[b + 3])
    const kind = geometry.layout.nodes[i].node.kind
    const ringColor =
      style.ring[i] === 2 ? colors.focus[d] : style.ring[i] === 1 ? colors.accent[d] : undefined
    if (!detailed) {
      fill(x0, y0, x1, y1, ringColor ?? colors.edge[d])
    } else {
      if (ringColor !== undefined) fill(x0 - ring, y0 - ring, x1 + ring, y1 + ring, ringColor)
      fill(x0, y0, x1, y1, colors.border[d])
      if (x1 - x0 > 2 && y1 - y0 > 2) {
        fill(x0 + 1, y0 + 1, x1 - 1, y1 - 1, (kind === 'team' ? colors.team : colors.project)[d])
      }
      if (kind === 'team') fill(x0, y0, x0 + band, y1, colors.band[d])
    }
    if (chips) {
      for (let c = style.chipStart[i]; c < style.chipStart[i + 1]; c++) {
        const r = 4 * c
        fill(
          sx(style.chips[r]),
          sy(style.chips[r + 1]),
          sx(style.chips[r] + style.chips[r + 2]),
          sy(style.chips[r + 1] + style.chips[r + 3]),
          style.chipColor[d ? dimChip + c : c]
        )
      }
    }
  }
  return shown
}

/** Titles of the cards drawn, once they are large enough to read (after the pixels are put). */
export function drawTitles(
  context: Pick<
    CanvasRenderingContext2D,
    'setTransform' | 'fillText' | 'font' | 'fillStyle' | 'textBaseline'
  >,
  geometry: ChartGeometry,
  style: OverviewStyle,
  shown: readonly number[],
  view: OverviewView
): void {
  const [tx, ty, zoom] = view.transform
  if (zoom < TITLES_FROM_ZOOM) return
  const ratio = view.pixelRatio
  context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * tx, ratio * ty)
  context.textBaseline = 'top'
  let fontOf: string | undefined
  for (const dimmed of [0, 1]) {
    context.fillStyle = style.text[dimmed]
    for (const i of shown) {
      if ((style.state[i] === 2 ? 1 : 0) !== dimmed) continue
      const item = geometry.layout.nodes[i]
      const font = NODE_STYLE[item.node.kind as 'team' | 'project']
      // Setting the font parses it: only when the kind of card changes.
      if (fontOf !== item.node.kind) {
        context.font = `${font.title.weight} ${font.title.size}px Inter, sans-serif`
        fontOf = item.node.kind
      }
      item.box.titleLines.forEach((line, n) =>
        context.fillText(
          line,
          item.x + font.padding + (item.node.kind === 'team' ? 3 : 0),
          item.y + font.padding + n * font.title.size * LINE_HEIGHT
        )
      )
    }
  }
  context.setTransform(1, 0, 0, 1, 0, 0)
}
