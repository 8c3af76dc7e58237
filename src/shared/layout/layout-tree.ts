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

/**
 * How far right of its parent's spine the spine an outline child hangs from runs: 0, or, for a
 * child in a wrapped division's later column (compactLayout), the distance to that column's own
 * spine. From the layout, not from drawn handles, which sit a few pixels inside each card.
 */
export function columnShift(parent: PositionedNode, child: PositionedNode): number {
  if (child.targetSide !== 'left' || parent.sourceSide === 'right') return 0
  return Math.round(child.x - INDENT - parent.x)
}

/** How far below a wrapped division the line to its later columns runs: mid-gap. */
export const OUTLINE_BUS_DROP = ROW_GAP / 2

/**
 * A compact chart taller than this many times its width wraps its tallest divisions into more
 * columns: one division of 15 teams, the shape most imported guides give, was one column a
 * 1280×800 window fit only at 0.34 (team names 5 px tall), and 56,000 teams one line. A chart
 * of a few divisions side by side (the Teleport catalog's, about square) stays as it is.
 */
const WRAP_ABOVE_ASPECT = 1.5

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
  const wraps = divisionColumns(root, boxes)
  root.children.forEach((division, i) => {
    let nodes: PositionedNode[] = []
    if (wraps[i] > 1) nodes = wrappedOutline(division, boxes, wraps[i])
    else placeOutline(division, boxes, 0, 0, 1, undefined, nodes)
    let width = 0
    for (const n of nodes) width = Math.max(width, n.x + n.box.width)
    columns.set(division.id, { nodes, width })
  })
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

/**
 * How many columns each division's outline takes: one, unless the chart would be taller than
 * WRAP_ABOVE_ASPECT of its width; then the tallest division gets one more column at a time until
 * it is not. Measured by the division's units and teams, not its projects, so expanding a team
 * moves no team to another column.
 */
function divisionColumns(root: OrgNode, boxes: Map<string, NodeBox>): number[] {
  const divisions = root.children
  const tall = divisions.map((division) => rowsHeight(division, boxes) - rowHeight(division, boxes))
  const widths = divisions.map((division) => columnWidth(division, boxes))
  const columns = divisions.map(() => 1)
  // The company, and each division's card above its columns.
  const head = boxes.get(root.id)!.height + COMPACT_LEVEL_GAP
  const height = (i: number) => head + rowHeight(divisions[i], boxes) + tall[i] / columns[i]
  // The chart's width, kept as columns are added: each adds a column and a gap.
  let width = widths.reduce((sum, w) => sum + w, 0) + (divisions.length - 1) * COLUMN_GAP
  for (;;) {
    let tallest = 0
    for (let i = 1; i < divisions.length; i++) if (height(i) > height(tallest)) tallest = i
    const children = divisions[tallest]?.children.length ?? 0
    if (!children || columns[tallest] >= children) break
    if (height(tallest) <= WRAP_ABOVE_ASPECT * width) break
    columns[tallest]++
    width += widths[tallest] + COLUMN_GAP
  }
  return columns
}

/** How tall the rows of `node`'s outline are: its own, and its units' and teams' at any depth. */
function rowsHeight(node: OrgNode, boxes: Map<string, NodeBox>): number {
  let height = rowHeight(node, boxes)
  for (const child of node.children) {
    if (child.kind !== 'project') height += rowsHeight(child, boxes)
  }
  return height
}

function rowHeight(node: OrgNode, boxes: Map<string, NodeBox>): number {
  return boxes.get(node.id)!.height + ROW_GAP
}

/** A division's column width: its own card, or its children's one indent in, whichever is wider. */
function columnWidth(division: OrgNode, boxes: Map<string, NodeBox>): number {
  let width = boxes.get(division.id)!.width
  for (const child of division.children) {
    width = Math.max(width, INDENT + boxes.get(child.id)!.width)
  }
  return width
}

/**
 * A division's outline in `count` columns side by side: its children (each with everything under
 * it) cut in order into columns of about as many rows, each column hung from a spine of its own
 * that a line below the division joins to the division's (edgePath).
 */
function wrappedOutline(
  division: OrgNode,
  boxes: Map<string, NodeBox>,
  count: number
): PositionedNode[] {
  const box = boxes.get(division.id)!
  const result: PositionedNode[] = [
    {
      node: division,
      box,
      x: 0,
      y: 0,
      depth: 1,
      sourceSide: 'bottom-start',
      targetSide: 'left'
    }
  ]
  const weights = division.children.map((child) => rowsHeight(child, boxes))
  const total = weights.reduce((a, b) => a + b, 0)
  const columns: OrgNode[][] = Array.from({ length: count }, () => [])
  let before = 0
  division.children.forEach((child, i) => {
    // By each child's middle row, so that a large group goes where most of it falls.
    const column = Math.min(count - 1, Math.floor(((before + weights[i] / 2) * count) / total))
    columns[column].push(child)
    before += weights[i]
  })
  let left = 0
  for (const column of columns) {
    if (column.length === 0) continue
    let cursor = box.height + ROW_GAP
    let right = left
    for (const child of column) {
      const from = result.length
      cursor = placeOutline(child, boxes, left + INDENT, cursor, 2, division.id, result) + ROW_GAP
      for (let i = from; i < result.length; i++) {
        right = Math.max(right, result[i].x + result[i].box.width)
      }
    }
    left = right + COLUMN_GAP
  }
  return result
}

/**
 * An indented outline: children listed below their parent, one INDENT further right, appended to
 * `into`; returns where it ends below (its last row's bottom). No spread of a subtree's nodes (a
 * group of 100,000 teams would overflow the stack).
 */
function placeOutline(
  node: OrgNode,
  boxes: Map<string, NodeBox>,
  x: number,
  y: number,
  depth: number,
  parentId: string | undefined,
  into: PositionedNode[]
): number {
  const box = boxes.get(node.id)!
  into.push({ node, box, x, y, depth, parentId, sourceSide: 'bottom-start', targetSide: 'left' })
  let bottom = y + box.height
  for (const child of node.children) {
    bottom = placeOutline(child, boxes, x + INDENT, bottom + ROW_GAP, depth + 1, node.id, into)
  }
  return bottom
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
