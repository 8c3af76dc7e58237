/**
 * The drawing list every export is made from: the chart as plain shapes in document pixels,
 * worked out once from the layout (text already wrapped, colours and fonts resolved). The SVG
 * writer serializes it, a canvas draws it (PNG, in Node and in the browser) and the PDF writer
 * turns it into page content, so the three cannot drift apart and none re-parses another's
 * output. A new kind of node only adds shapes here; no backend knows about node kinds.
 */
export type Shape = RectShape | CircleShape | PathShape | TextShape | LogoShape | GroupShape

/** SVG's painting model, which canvas and PDF can both follow exactly. */
export interface Paint {
  /** No fill when absent (SVG's fill="none"). */
  fill?: string
  fillOpacity?: number
  stroke?: string
  strokeOpacity?: number
  /** 1 when absent, as in SVG. */
  strokeWidth?: number
  dash?: readonly number[]
}

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface RectShape extends Rect {
  type: 'rect'
  /** Corner radii; `ry` defaults to `rx`, as in SVG. */
  rx?: number
  ry?: number
  paint: Paint
}

export interface CircleShape {
  type: 'circle'
  cx: number
  cy: number
  r: number
  paint: Paint
}

export interface PathShape {
  type: 'path'
  /** SVG path data, absolute commands only (M, L, H, V, Q, C, A, Z): see path-data.ts. */
  d: string
  paint: Paint
  /** Where the path lies (with its stroke), so a backend drawing a piece can skip it. */
  bounds?: Rect
}

export interface TextShape {
  type: 'text'
  text: string
  /** The baseline's start (or middle, or end: see `anchor`). */
  x: number
  y: number
  size: number
  /** A CSS font weight; backends draw it with the nearest of FONT_WEIGHTS. */
  weight: number
  fill: string
  anchor?: 'middle' | 'end'
}

/** Where a text `width` wide starts, given where its anchor puts it. */
export function textStart(shape: Pick<TextShape, 'x' | 'anchor'>, width: number): number {
  if (shape.anchor === 'middle') return shape.x - width / 2
  if (shape.anchor === 'end') return shape.x - width
  return shape.x
}

/**
 * A technology's logo: its path data in a 24×24 box (simple-icons), drawn filled with one colour
 * in the `size`×`size` square at (x, y). One logo is drawn many times (every chip of Go): the SVG
 * writer defines it once and uses it by `id`, the others keep what they made of `d` by `id`.
 */
export interface LogoShape {
  type: 'logo'
  id: string
  d: string
  x: number
  y: number
  size: number
  fill: string
}

export interface GroupShape {
  type: 'group'
  children: Shape[]
  /** Drawn as one layer at this opacity (SVG's group opacity, CSS's `opacity`). */
  opacity?: number
  /** Moves the children by this much. */
  translate?: { x: number; y: number }
  /** Only what lies inside this rectangle (in the children's coordinates) is drawn. */
  clip?: Rect
  /** The chart node this group draws: the SVG carries it for the HTML viewer. */
  node?: { id: string; kind: string }
  /** Where the children lie, in the group's parent's coordinates (before `translate`). */
  bounds?: Rect
}

/** A whole picture: its size in CSS pixels, its background, and what is drawn on it. */
export interface Scene {
  width: number
  height: number
  /** The theme's background colour; none for a transparent export. */
  background?: string
  shapes: Shape[]
}

/** The font weights a list of shapes draws text with. */
export function textWeights(shapes: readonly Shape[], into = new Set<number>()): Set<number> {
  for (const shape of shapes) {
    if (shape.type === 'text') into.add(shape.weight)
    else if (shape.type === 'group') textWeights(shape.children, into)
  }
  return into
}

/** How many shapes a list draws, those inside groups included (not the groups themselves). */
export function shapeCount(shapes: readonly Shape[]): number {
  let count = 0
  for (const shape of shapes) count += shape.type === 'group' ? shapeCount(shape.children) : 1
  return count
}

/** The smallest rectangle holding every one of `rects` (not empty). */
export function unionOf(rects: readonly Rect[]): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const r of rects) {
    x0 = Math.min(x0, r.x)
    y0 = Math.min(y0, r.y)
    x1 = Math.max(x1, r.x + r.width)
    y1 = Math.max(y1, r.y + r.height)
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
}

/** Whether two rectangles overlap once `a` is grown by `margin` on every side. */
export function boxesMeet(a: Rect, b: Rect, margin = 0): boolean {
  return (
    a.x - margin < b.x + b.width &&
    a.x + a.width + margin > b.x &&
    a.y - margin < b.y + b.height &&
    a.y + a.height + margin > b.y
  )
}
