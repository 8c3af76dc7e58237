import { edgePath, outlinePath, sourcePoint, targetPoint, type Point } from '../layout/edge-path'
import { columnShift, type PositionedNode, type TreeLayout } from '../layout/layout-tree'
import { THEMES } from '../theme/palette'
import { RELATION_STYLE } from '../layout/relation-path'
import { CARD_OVERHANG, drawNode, text, type DrawContext } from './draw-node'
import { baselineY } from './fonts'
import { drawFrame } from './frame'
import { nodesIn } from './node-grid'
import {
  boxesMeet,
  type GroupShape,
  type PathShape,
  type Rect,
  type Scene,
  type Shape,
  unionOf
} from './scene'
import type { SvgPlan } from './export-plan'

const EDGE_WIDTH = 1.5

/**
 * The whole document of a plan as a scene: background, frame (title, legend, footer) and the
 * chart, moved to its place in the frame (and, for the window's view, clipped to it).
 */
export function chartScene(plan: SvgPlan): Scene {
  const { options, region, frame } = plan
  const { x: chartX, y: chartY } = frame.chartOrigin
  const clipped = options.scope === 'view'
  const visible = clipped ? nodesIn(plan.layout, region) : plan.layout.nodes
  return {
    width: round(frame.width),
    height: round(frame.height),
    background: background(plan),
    shapes: [
      ...drawFrame(frame, options.theme),
      {
        type: 'group',
        translate: { x: round(chartX - region.x), y: round(chartY - region.y) },
        clip: clipped ? region : undefined,
        children: drawChart(plan, visible)
      }
    ]
  }
}

/**
 * One piece of the chart alone, for a page of a tiled PDF: `crop` is a rectangle in layout
 * coordinates (the space of `plan.chart.region`), and only what reaches into it is drawn, so a
 * page of a large chart costs what its own nodes cost. `include` can leave out nodes that reach
 * in (a node cut by the page edge that another page shows whole). The frame (title, legend,
 * footer) is left to the overview page.
 */
export function tileScene(
  plan: SvgPlan,
  crop: Rect,
  include: (item: PositionedNode) => boolean = () => true
): Scene {
  const { options, region } = plan
  const shown = options.scope === 'view' ? intersection(region, crop) : crop
  const visible = shown ? nodesIn(plan.layout, shown, CARD_OVERHANG).filter(include) : []
  return {
    width: round(crop.width),
    height: round(crop.height),
    background: background(plan),
    shapes: [
      {
        type: 'group',
        translate: { x: round(-crop.x), y: round(-crop.y) },
        children: drawChart(plan, visible, shown)
      }
    ]
  }
}

function background(plan: SvgPlan): string | undefined {
  return plan.options.background === 'theme' ? THEMES[plan.options.theme].background : undefined
}

/** Edges, relations (under the cards, as on screen), then the nodes over them. */
function drawChart(plan: SvgPlan, visible: readonly PositionedNode[], crop?: Rect): Shape[] {
  const shapes: Shape[] = edges(plan.layout, visible, plan.context, crop)
  shapes.push(...relationShapes(plan, crop))
  const drawn = nodeDrawings(plan)
  for (const item of visible) {
    let group = drawn.get(item)
    if (!group) drawn.set(item, (group = drawNode(item, plan.context)))
    shapes.push(group)
  }
  return shapes
}

/**
 * Each relation as the screen's RelationEdge draws it: a dashed curve in the relation colour,
 * its arrowhead, and its kind on a pill. Within a `crop`, only those whose box meets it.
 */
function relationShapes(plan: SvgPlan, crop?: Rect): Shape[] {
  const colors = THEMES[plan.options.theme]
  const out: Shape[] = []
  for (const { geometry } of plan.relations) {
    if (crop && !boxesMeet(geometry.box, crop, 0)) continue
    const { label } = geometry
    const { font } = RELATION_STYLE.label
    const children: Shape[] = [
      {
        type: 'path',
        d: geometry.d,
        paint: {
          stroke: colors.relation,
          strokeWidth: RELATION_STYLE.width,
          dash: RELATION_STYLE.dash
        },
        bounds: geometry.box
      }
    ]
    if (geometry.arrow) {
      children.push({ type: 'path', d: geometry.arrow, paint: { fill: colors.relation } })
    }
    children.push(
      {
        type: 'rect',
        x: label.x,
        y: label.y,
        width: label.width,
        height: label.height,
        rx: label.height / 2,
        paint: { fill: colors.surface, stroke: colors.relation, strokeWidth: 1 }
      },
      text(
        label.text,
        label.x + label.width / 2,
        baselineY(label.y, font.size, label.height / font.size),
        { size: font.size, weight: font.weight ?? 600, fill: colors.relation, anchor: 'middle' }
      )
    )
    out.push({ type: 'group', children, bounds: geometry.box })
  }
  return out
}

/**
 * Each node's drawing, made once per plan: the pages of a tiled PDF show every node twice (on
 * the overview and on its tile), and the PDF writer reuses a drawing it has written before.
 * Scenes are never changed once made.
 */
const drawings = new WeakMap<SvgPlan, Map<PositionedNode, GroupShape>>()

function nodeDrawings(plan: SvgPlan): Map<PositionedNode, GroupShape> {
  let drawn = drawings.get(plan)
  if (!drawn) drawings.set(plan, (drawn = new Map()))
  return drawn
}

/**
 * Edges under the nodes. Like the screen's, they stay at full strength under a lens. An edge is
 * drawn when one of its ends is; within a `crop`, also when it only passes through (a long
 * outline spine crosses pages that hold neither end): every edge is an orthogonal path inside
 * the box of its two end points, so that box is what must meet the crop.
 */
function edges(
  layout: TreeLayout,
  visible: readonly PositionedNode[],
  context: DrawContext,
  crop?: Rect
): PathShape[] {
  const shown = new Set(visible.map((n) => n.node.id))
  const paint = { stroke: THEMES[context.theme].edge, strokeWidth: EDGE_WIDTH }
  const out: PathShape[] = []
  // An outline parent's drawn edges, one path for all of them (outlinePath).
  const outlines = new Map<string, EdgeGeometry[]>()
  for (const edge of edgeGeometry(layout)) {
    const drawn = crop
      ? boxesMeet(edge.box, crop, EDGE_WIDTH)
      : shown.has(edge.source) || shown.has(edge.target)
    if (!drawn) continue
    if (edge.outline) {
      const siblings = outlines.get(edge.source)
      if (siblings) siblings.push(edge)
      else outlines.set(edge.source, [edge])
      continue
    }
    out.push({ type: 'path', d: edge.d, paint, bounds: grow(edge.box, EDGE_WIDTH) })
  }
  for (const siblings of outlines.values()) {
    const d =
      siblings.length === 1
        ? siblings[0].d
        : outlinePath(
            siblings[0].from,
            siblings.map((edge) => ({ point: edge.to, shift: edge.shift }))
          )
    out.push({
      type: 'path',
      d,
      paint,
      bounds: grow(unionOf(siblings.map((e) => e.box)), EDGE_WIDTH)
    })
  }
  return out
}

interface EdgeGeometry {
  source: string
  target: string
  /** Down the parent's spine and into the child from the left: merged per parent (edges). */
  outline: boolean
  /** An outline edge's spine, right of its source's (a wrapped division's later column). */
  shift: number
  from: Point
  to: Point
  /** The path, and the box of its two end points (the path stays inside it). */
  d: string
  box: Rect
}

/**
 * Each edge's path and box, worked out once per layout: a tiled PDF draws hundreds of pages
 * from one layout, and redoing this for every page cost 6 s of 10 at 5,000 teams.
 */
const geometryByLayout = new WeakMap<TreeLayout, EdgeGeometry[]>()

function edgeGeometry(layout: TreeLayout): EdgeGeometry[] {
  let geometry = geometryByLayout.get(layout)
  if (geometry) return geometry
  const byId = new Map(layout.nodes.map((n) => [n.node.id, n]))
  geometry = layout.edges.map((edge) => {
    const source = byId.get(edge.source)!
    const target = byId.get(edge.target)!
    const from = sourcePoint(source)
    const to = targetPoint(target)
    const shift = columnShift(source, target)
    return {
      source: edge.source,
      target: edge.target,
      outline: target.targetSide === 'left' && source.sourceSide !== 'right',
      shift,
      from,
      to,
      d: edgePath(from, source.sourceSide, to, target.targetSide, shift),
      box: {
        x: Math.min(from.x, to.x),
        y: Math.min(from.y, to.y),
        width: Math.abs(from.x - to.x),
        height: Math.abs(from.y - to.y)
      }
    }
  })
  geometryByLayout.set(layout, geometry)
  return geometry
}

function grow(rect: Rect, by: number): Rect {
  return {
    x: rect.x - by,
    y: rect.y - by,
    width: rect.width + 2 * by,
    height: rect.height + 2 * by
  }
}

function intersection(a: Rect, b: Rect): Rect | undefined {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  const width = Math.min(a.x + a.width, b.x + b.width) - x
  const height = Math.min(a.y + a.height, b.y + b.height) - y
  return width > 0 && height > 0 ? { x, y, width, height } : undefined
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
