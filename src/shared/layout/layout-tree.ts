import { hierarchy, tree, type HierarchyNode } from 'd3-hierarchy'
import type { Catalog } from '../catalog/catalog'
import { walk, type OrgNode } from '../tree/org-tree'
import type { LayoutKind } from './layout-kind'
import { nodeBox, type NodeBox } from './node-box'

export interface LayoutOptions {
  kind: LayoutKind
}

/** Where an edge leaves its source and enters its target. */
export type SourceSide = 'bottom' | 'bottom-start' | 'right'
export type TargetSide = 'top' | 'left'

export interface PositionedNode {
  node: OrgNode
  box: NodeBox
  /** Top-left corner, the convention React Flow and SVG share. */
  x: number
  y: number
  depth: number
  parentId?: string
  sourceSide: SourceSide
  targetSide: TargetSide
}

export interface TreeLayout {
  nodes: PositionedNode[]
  edges: { id: string; source: string; target: string }[]
  bounds: { x: number; y: number; width: number; height: number }
  kind: LayoutKind
}

const SIBLING_GAP = 14
const COUSIN_GAP = 30
const LEVEL_GAP = { horizontal: 72, vertical: 56 }
/** Compact: indentation of an outline level, gap between rows, gap between columns. */
const INDENT = 28
const ROW_GAP = 10
const COLUMN_GAP = 48
const COMPACT_LEVEL_GAP = 44
/** x offset of the "bottom-start" handle from the node's left edge: the outline's spine. */
export const SPINE_OFFSET = 14

export function layoutTree(root: OrgNode, catalog: Catalog, options: LayoutOptions): TreeLayout {
  const boxes = new Map<string, NodeBox>()
  for (const node of walk(root)) boxes.set(node.id, nodeBox(node, catalog))
  const nodes =
    options.kind === 'compact' ? compactLayout(root, boxes) : tidyLayout(root, boxes, options.kind)

  const edges: TreeLayout['edges'] = []
  for (const n of nodes) {
    if (n.parentId !== undefined) {
      edges.push({ id: `${n.parentId}->${n.node.id}`, source: n.parentId, target: n.node.id })
    }
  }
  return { nodes, edges, bounds: boundsOf(nodes), kind: options.kind }
}

/** The rectangle around laid-out nodes: the whole chart's, or a part's (a tour stop's). */
export function boundsOf(nodes: readonly PositionedNode[]): TreeLayout['bounds'] {
  // Loops, not Math.min(...spread): a spread of 25,000 arguments is slow, and past ~100,000 it
  // overflows the stack.
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const n of nodes) {
    minX = Math.min(minX, n.x)
    minY = Math.min(minY, n.y)
    maxX = Math.max(maxX, n.x + n.box.width)
    maxY = Math.max(maxY, n.y + n.box.height)
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
}

/**
 * Tidy tree (d3-hierarchy's Reingold–Tilford) with nodes of different sizes. d3's `nodeSize`
 * assumes one size for all; we set the breadth unit to 1px and let `separation` return the real
 * distance between two neighbours' centres, which d3 applies along the whole contour, so big
 * nodes push whole subtrees apart rather than overlapping.
 */
function tidyLayout(
  root: OrgNode,
  boxes: Map<string, NodeBox>,
  kind: 'horizontal' | 'vertical'
): PositionedNode[] {
  const horizontal = kind === 'horizontal'
  const breadth = (id: string): number =>
    horizontal ? boxes.get(id)!.height : boxes.get(id)!.width
  const extent = (id: string): number => (horizontal ? boxes.get(id)!.width : boxes.get(id)!.height)

  const laidOut = tidy(
    hierarchy(root, (node) => node.children),
    breadth
  )
  const levelStart = levelOffsets(laidOut, extent, LEVEL_GAP[kind])
  const nodes: PositionedNode[] = []
  laidOut.each((n) => {
    // d3 gives the centre on the breadth axis; convert to the top-left corner here, once.
    const across = n.x - breadth(n.data.id) / 2
    const along = levelStart[n.depth]
    nodes.push({
      node: n.data,
      box: boxes.get(n.data.id)!,
      x: horizontal ? along : across,
      y: horizontal ? across : along,
      depth: n.depth,
      parentId: n.parent?.data.id,
      sourceSide: horizontal ? 'right' : 'bottom',
      targetSide: horizontal ? 'left' : 'top'
    })
  })
  return nodes
}

/**
 * Compact: the company and divisions as a tidy tree (top-down), each division heading a column
 * whose width is its whole outline, so columns never overlap.
 */
function compactLayout(root: OrgNode, boxes: Map<string, NodeBox>): PositionedNode[] {
  const columns = new Map<string, { nodes: PositionedNode[]; width: number }>()
  for (const division of root.children) {
    const nodes = outline(division, boxes, 0, 0, 1)
    const width = Math.max(...nodes.map((n) => n.x + n.box.width))
    columns.set(division.id, { nodes, width })
  }
  const breadth = (id: string): number => columns.get(id)?.width ?? boxes.get(id)!.width
  const top = hierarchy(root, (node) => (node.id === root.id ? node.children : []))
  const laidOut = tidy(top, breadth, COLUMN_GAP)
  const rootBox = boxes.get(root.id)!
  const columnTop = rootBox.height + COMPACT_LEVEL_GAP

  const nodes: PositionedNode[] = [
    {
      node: root,
      box: rootBox,
      x: laidOut.x - rootBox.width / 2,
      y: 0,
      depth: 0,
      sourceSide: 'bottom',
      targetSide: 'top'
    }
  ]
  for (const division of laidOut.children ?? []) {
    const column = columns.get(division.data.id)!
    // Left-align the column's outline under the centre d3 chose for the whole column.
    const left = division.x - column.width / 2
    for (const n of column.nodes) {
      nodes.push({
        ...n,
        x: n.x + left,
        y: n.y + columnTop,
        parentId: n.parentId ?? root.id,
        targetSide: n.depth === 1 ? 'top' : 'left'
      })
    }
  }
  return nodes
}

/** An indented outline: children listed below their parent, one INDENT further right. */
function outline(
  node: OrgNode,
  boxes: Map<string, NodeBox>,
  x: number,
  y: number,
  depth: number,
  parentId?: string
): PositionedNode[] {
  const box = boxes.get(node.id)!
  const result: PositionedNode[] = [
    { node, box, x, y, depth, parentId, sourceSide: 'bottom-start', targetSide: 'left' }
  ]
  let cursor = y + box.height + ROW_GAP
  for (const child of node.children) {
    const placed = outline(child, boxes, x + INDENT, cursor, depth + 1, node.id)
    result.push(...placed)
    cursor = Math.max(...placed.map((p) => p.y + p.box.height)) + ROW_GAP
  }
  return result
}

function tidy(
  root: HierarchyNode<OrgNode>,
  breadth: (id: string) => number,
  siblingGap = SIBLING_GAP
): ReturnType<ReturnType<typeof tree<OrgNode>>> {
  return tree<OrgNode>()
    .nodeSize([1, 1])
    .separation(
      (a, b) =>
        (breadth(a.data.id) + breadth(b.data.id)) / 2 +
        (a.parent === b.parent ? siblingGap : COUSIN_GAP)
    )(root)
}

/** Each level starts where the widest (or tallest) node of the level above ends. */
function levelOffsets(
  root: HierarchyNode<OrgNode>,
  extent: (id: string) => number,
  gap: number
): number[] {
  const levelExtent: number[] = []
  root.each((n) => {
    levelExtent[n.depth] = Math.max(levelExtent[n.depth] ?? 0, extent(n.data.id))
  })
  const start = [0]
  for (let d = 1; d < levelExtent.length; d++) start[d] = start[d - 1] + levelExtent[d - 1] + gap
  return start
}
