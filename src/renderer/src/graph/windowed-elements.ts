import type { Edge } from '@xyflow/react'
import type { ChartGeometry } from './chart-geometry'
import type { EdgeList, NodeList, OrgFlowNode } from './flow-elements'
import type { Rect } from './spatial-index'

/** A viewport in React Flow's terms: translate (x, y) and zoom, plus the pane's size. */
export interface Viewport {
  x: number
  y: number
  zoom: number
  width: number
  height: number
}

/** Zoom steps of a quarter octave: the window is recomputed when the zoom leaves its step. */
const ZOOM_STEPS_PER_OCTAVE = 4

/**
 * The region of the chart whose nodes React Flow gets while zoomed in on a big chart: the
 * visible area plus one screenful on every side, snapped to half-screen cells so that it (and
 * `key`) change only every half screen of panning or quarter octave of zoom, not every frame.
 */
export function viewWindow(viewport: Viewport): { key: string; rect: Rect } {
  const step = Math.round(Math.log2(viewport.zoom) * ZOOM_STEPS_PER_OCTAVE)
  const stepZoom = 2 ** (step / ZOOM_STEPS_PER_OCTAVE)
  const cellW = Math.max(1, viewport.width) / stepZoom / 2
  const cellH = Math.max(1, viewport.height) / stepZoom / 2
  // Visible flow rectangle: screen (0, 0)-(width, height) mapped through the transform.
  const vx = -viewport.x / viewport.zoom
  const vy = -viewport.y / viewport.zoom
  const vw = viewport.width / viewport.zoom
  const vh = viewport.height / viewport.zoom
  const x0 = Math.floor((vx - vw) / cellW)
  const y0 = Math.floor((vy - vh) / cellH)
  const x1 = Math.ceil((vx + 2 * vw) / cellW)
  const y1 = Math.ceil((vy + 2 * vh) / cellH)
  return {
    key: `${step}:${x0}:${y0}:${x1}:${y1}`,
    rect: { x: x0 * cellW, y: y0 * cellH, width: (x1 - x0) * cellW, height: (y1 - y0) * cellH }
  }
}

/**
 * The part of the chart React Flow draws as DOM nodes: in the overview, the company and the
 * divisions (the canvas draws the rest); zoomed in, the nodes in `rect` and their ancestors (so
 * every edge into a drawn node has both ends). Edges whose ends are both drawn come along, the
 * tree's first, then `moreEdges` (relations, technology links).
 * Nodes keep their identity (they come from FlowNodeCache), so React Flow re-renders none of
 * those it already had.
 */
export function windowedElements(
  elements: { nodes: NodeList; edges: EdgeList; moreEdges?: readonly Edge[] },
  geometry: ChartGeometry,
  rect: Rect | 'overview'
): { nodes: OrgFlowNode[]; edges: Edge[] } {
  const keep = new Uint8Array(elements.nodes.length)
  const { layout, parents } = geometry
  if (rect === 'overview') {
    layout.nodes.forEach((item, i) => {
      if (item.depth <= 1) keep[i] = 1
    })
  } else {
    geometry.index.forEachIn(rect, (i) => {
      for (let a = i; a !== -1 && !keep[a]; a = parents[a]) keep[a] = 1
    })
  }
  // Only the kept nodes are asked for: FlowNodes builds no others.
  const nodes: OrgFlowNode[] = []
  keep.forEach((kept, i) => {
    if (kept) nodes.push(elements.nodes.at(i)!)
  })
  const kept = new Set(nodes.map((node) => node.id))
  const both = ({ source, target }: { source: string; target: string }) =>
    kept.has(source) && kept.has(target)
  const edges: Edge[] = []
  const ends = elements.edges.ends ?? (elements.edges as readonly Edge[])
  for (let i = 0; i < ends.length; i++) if (both(ends[i])) edges.push(elements.edges.at(i)!)
  for (const edge of elements.moreEdges ?? []) if (both(edge)) edges.push(edge)
  return { nodes, edges }
}

/** The id of the invisible node that spans a big chart (see boundsNode). */
export const CHART_BOUNDS_ID = 'chart-bounds'
const boundsNodes = new WeakMap<ChartGeometry, OrgFlowNode>()

/**
 * An invisible, inert node the size of the whole layout. React Flow fits the view to the nodes
 * it knows, and with a window of nodes (or only the headings, in the overview) that is not the
 * chart: this node makes every fitView (the fit button, a new catalog, the tour) fit the whole
 * chart without each caller knowing about windows. One object per layout, so it keeps identity.
 */
export function boundsNode(geometry: ChartGeometry): OrgFlowNode {
  let node = boundsNodes.get(geometry)
  if (!node) {
    const { bounds, nodes } = geometry.layout
    node = {
      id: CHART_BOUNDS_ID,
      type: 'bounds',
      position: { x: bounds.x, y: bounds.y },
      width: bounds.width,
      height: bounds.height,
      // Nothing to measure (it draws nothing): React Flow need not render it to find out.
      measured: { width: bounds.width, height: bounds.height },
      handles: [],
      // Unused by its view; the node type requires an item.
      data: { item: nodes[0] },
      selectable: false,
      focusable: false,
      draggable: false,
      connectable: false,
      zIndex: -1,
      style: { pointerEvents: 'none' }
    }
    boundsNodes.set(geometry, node)
  }
  return node
}
