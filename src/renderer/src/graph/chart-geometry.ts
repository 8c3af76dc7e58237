import { columnShift, OUTLINE_BUS_DROP, type TreeLayout } from '../../../shared/layout/layout-tree'
import { sourcePoint, targetPoint } from '../../../shared/layout/edge-path'
import { SpatialIndex, type Rect } from './spatial-index'

/**
 * A layout as flat numbers, built once per layout for the big-chart paths (the canvas
 * overview, the minimap and the window of DOM nodes), so that nothing per frame walks objects.
 */
/** Numbers per edge in ChartGeometry.edges: four points. */
export const EDGE_STRIDE = 8

export interface ChartGeometry {
  layout: TreeLayout
  /** x, y, width, height of node i at 4i… */
  boxes: Float64Array
  /**
   * The edge into node i as three axis-aligned segments: from (x0, y0) on the parent's side,
   * through (x1, y1) and (x2, y2), to (x3, y3) on the node, at EDGE_STRIDE·i…; NaN for the root.
   * An elbow repeats its corner. An outline edge starts where the previous sibling's edge in the
   * same column left the spine, so a spine is drawn once, not once per child on top of itself;
   * the first child of a wrapped division's later column comes across below the division.
   */
  edges: Float64Array
  /** Index of each node's parent (-1 for the root). */
  parents: Int32Array
  /** Node index by node id. */
  indexOf: ReadonlyMap<string, number>
  /** Boxes extended by their incoming edge: "what must be drawn if this rectangle is seen". */
  index: SpatialIndex
}

export function chartGeometry(layout: TreeLayout): ChartGeometry {
  const n = layout.nodes.length
  const boxes = new Float64Array(4 * n)
  const edges = new Float64Array(EDGE_STRIDE * n).fill(Number.NaN)
  const parents = new Int32Array(n).fill(-1)
  const indexOf = new Map<string, number>()
  layout.nodes.forEach((item, i) => {
    indexOf.set(item.node.id, i)
    boxes.set([item.x, item.y, item.box.width, item.box.height], 4 * i)
  })
  /** Per parent, where its spine was last left (outline edges chain down the spine). */
  const spineEnd = new Map<number, number>()
  /** The same for a wrapped division's later columns, by parent and column. */
  const columnEnd = new Map<string, number>()
  const reach: Rect[] = []
  layout.nodes.forEach((item, i) => {
    const box = { x: item.x, y: item.y, width: item.box.width, height: item.box.height }
    const p = item.parentId === undefined ? undefined : indexOf.get(item.parentId)
    if (p === undefined) {
      reach.push(box)
      return
    }
    parents[i] = p
    const parent = layout.nodes[p]
    const from = sourcePoint(parent)
    const to = targetPoint(item)
    let corner: { x: number; y: number }
    let bend: { x: number; y: number } | undefined
    const shift = columnShift(parent, item)
    if (item.targetSide === 'left' && parent.sourceSide !== 'right' && shift === 0) {
      from.y = spineEnd.get(p) ?? from.y
      spineEnd.set(p, to.y)
      corner = { x: from.x, y: to.y }
    } else if (shift !== 0) {
      const spine = from.x + shift
      const column = `${p} ${shift}`
      const left = columnEnd.get(column)
      if (left === undefined) {
        // The column's first child: across below the parent to the column's spine, then down.
        from.y += OUTLINE_BUS_DROP
        bend = { x: spine, y: from.y }
      } else {
        from.x = spine
        from.y = left
      }
      columnEnd.set(column, to.y)
      corner = { x: spine, y: to.y }
    } else if (item.targetSide === 'left') {
      corner = { x: (from.x + to.x) / 2, y: to.y }
    } else {
      corner = { x: to.x, y: from.y }
    }
    const [p1, p2] = bend ? [bend, corner] : [corner, corner]
    edges.set([from.x, from.y, p1.x, p1.y, p2.x, p2.y, to.x, to.y], EDGE_STRIDE * i)
    const x0 = Math.min(box.x, from.x, corner.x)
    const y0 = Math.min(box.y, from.y, corner.y)
    const x1 = Math.max(box.x + box.width, from.x, corner.x)
    const y1 = Math.max(box.y + box.height, from.y, corner.y)
    reach.push({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 })
  })
  return { layout, boxes, edges, parents, indexOf, index: new SpatialIndex(reach) }
}

/** The node whose card (not edge) contains the point: the deepest one, for a click. */
export function nodeAt(geometry: ChartGeometry, x: number, y: number): number | undefined {
  let hit: number | undefined
  geometry.index.forEachIn({ x, y, width: 0, height: 0 }, (i) => {
    const b = geometry.boxes
    const inside =
      x >= b[4 * i] &&
      x <= b[4 * i] + b[4 * i + 2] &&
      y >= b[4 * i + 1] &&
      y <= b[4 * i + 1] + b[4 * i + 3]
    if (inside && (hit === undefined || i > hit)) hit = i
  })
  return hit
}
