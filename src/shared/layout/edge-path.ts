import {
  OUTLINE_BUS_DROP,
  SPINE_OFFSET,
  type PositionedNode,
  type SourceSide,
  type TargetSide
} from './layout-tree'

export interface Point {
  x: number
  y: number
}

const CORNER_RADIUS = 8

/** Where an edge leaves a node on the given side. */
export function sourcePoint(node: PositionedNode): Point {
  const { x, y, box } = node
  switch (node.sourceSide) {
    case 'right':
      return { x: x + box.width, y: y + box.height / 2 }
    case 'bottom':
      return { x: x + box.width / 2, y: y + box.height }
    case 'bottom-start':
      return { x: x + SPINE_OFFSET, y: y + box.height }
  }
}

/** Where an edge enters a node on the given side. */
export function targetPoint(node: PositionedNode): Point {
  const { x, y, box } = node
  return node.targetSide === 'top' ? { x: x + box.width / 2, y } : { x, y: y + box.height / 2 }
}

/**
 * The SVG path of an org-chart edge: orthogonal segments with rounded corners. One function for
 * the screen (a custom React Flow edge) and the SVG export, so both draw the same lines.
 */
export function edgePath(
  source: Point,
  sourceSide: SourceSide,
  target: Point,
  targetSide: TargetSide,
  /** An outline edge's: how far right of the source its spine runs (columnShift). */
  shift = 0
): string {
  let points: Point[]
  if (sourceSide === 'right') {
    // Out to the right, across at mid-gap, then in from the left.
    const midX = (source.x + target.x) / 2
    points = [source, { x: midX, y: source.y }, { x: midX, y: target.y }, target]
  } else if (targetSide === 'left') {
    // Outline: down the parent's spine, then right into the child; to a wrapped division's later
    // column, first across below the division to that column's spine.
    points = [source, ...spineTo(source, target, shift), target]
  } else {
    // Top-down tree: down to mid-gap, across, down into the child.
    const midY = (source.y + target.y) / 2
    points = [source, { x: source.x, y: midY }, { x: target.x, y: midY }, target]
  }
  return roundedPolyline(points, CORNER_RADIUS)
}

/**
 * The edges of an outline parent's children as one path: each spine drawn once, down to its last
 * child (the deepest child's edge whole), with a rounded branch into each other child: the lines
 * edgePath draws for each edge alone, which repeat the spine above every child (at 250 children,
 * ~30,000 times its length stroked, most of a large chart's rasterizing). A wrapped division has
 * a spine per column. `targets` in any order.
 */
export function outlinePath(
  source: Point,
  targets: readonly { point: Point; shift: number }[]
): string {
  const bySpine = new Map<number, Point[]>()
  for (const { point, shift } of targets) {
    const column = bySpine.get(shift)
    if (column) column.push(point)
    else bySpine.set(shift, [point])
  }
  let d = ''
  for (const [shift, column] of bySpine) {
    // Where the column's spine starts: the parent, or the line across to a later column.
    const start = shift === 0 ? source : { x: source.x + shift, y: source.y + OUTLINE_BUS_DROP }
    let deepest = column[0]
    for (const target of column) if (target.y > deepest.y) deepest = target
    d += ` ${roundedPolyline([source, ...spineTo(source, deepest, shift), deepest], CORNER_RADIUS)}`
    for (const target of column) {
      if (target === deepest) continue
      const corner = { x: start.x, y: target.y }
      const r = Math.min(CORNER_RADIUS, distance(start, corner) / 2, distance(corner, target) / 2)
      const a = toward(corner, start, r)
      const b = toward(corner, target, r)
      d += ` M${fmt(a.x)} ${fmt(a.y)} Q${fmt(corner.x)} ${fmt(corner.y)} ${fmt(b.x)} ${fmt(b.y)} L${fmt(target.x)} ${fmt(target.y)}`
    }
  }
  return d.trimStart()
}

/**
 * The corners of an outline edge between its source and its target: down the spine to the
 * target's row; or, for a target hung from a later column's spine `shift` to the right, down to
 * mid-gap below the source, across to that spine, then down it.
 */
function spineTo(source: Point, target: Point, shift: number): Point[] {
  if (shift === 0) return [{ x: source.x, y: target.y }]
  const across = source.y + OUTLINE_BUS_DROP
  const spine = source.x + shift
  return [
    { x: source.x, y: across },
    { x: spine, y: across },
    { x: spine, y: target.y }
  ]
}

function roundedPolyline(points: Point[], radius: number): string {
  const deduped = points.filter(
    (p, i) => i === 0 || Math.abs(p.x - points[i - 1].x) + Math.abs(p.y - points[i - 1].y) > 0.01
  )
  let d = `M${fmt(deduped[0].x)} ${fmt(deduped[0].y)}`
  for (let i = 1; i < deduped.length - 1; i++) {
    const [prev, corner, next] = [deduped[i - 1], deduped[i], deduped[i + 1]]
    const r = Math.min(radius, distance(prev, corner) / 2, distance(corner, next) / 2)
    const a = toward(corner, prev, r)
    const b = toward(corner, next, r)
    d += ` L${fmt(a.x)} ${fmt(a.y)} Q${fmt(corner.x)} ${fmt(corner.y)} ${fmt(b.x)} ${fmt(b.y)}`
  }
  const last = deduped[deduped.length - 1]
  return `${d} L${fmt(last.x)} ${fmt(last.y)}`
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y)
}

function toward(from: Point, to: Point, length: number): Point {
  const d = distance(from, to) || 1
  return { x: from.x + ((to.x - from.x) * length) / d, y: from.y + ((to.y - from.y) * length) / d }
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100)
}
