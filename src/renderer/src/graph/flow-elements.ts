import type { Edge, Node } from '@xyflow/react'
import type { PositionedNode, TreeLayout } from '../../../shared/layout/layout-tree'
import type { LensView } from '../store/derived-lens'
import { nodeHandles } from './node-handles'
import type { OrgEdgeData } from './OrgEdge'

export type OrgFlowData = {
  item: PositionedNode
}
export type OrgFlowNode = Node<OrgFlowData>

/**
 * Remembers the last node objects so that unchanged nodes keep their identity: React Flow then
 * leaves them alone (no re-render, no re-measure), and selecting a node repaints two nodes, not
 * a thousand. The lens never changes node objects at all: each node reads its own lens state
 * from the derived lens (useNodeLens).
 */
export class FlowNodeCache {
  private previous: ReadonlyMap<string, OrgFlowNode> = new Map()
  private layout?: TreeLayout
  private edges?: Edge[]

  toFlowElements(
    layout: TreeLayout,
    selectedId: string | undefined
  ): { nodes: OrgFlowNode[]; edges: Edge[] } {
    const elements = toFlowElements(layout, selectedId, this.previous)
    this.previous = new Map(elements.nodes.map((node) => [node.id, node]))
    // Edges follow the layout alone: keep the array when the layout is the same.
    if (layout === this.layout && this.edges) return { ...elements, edges: this.edges }
    this.layout = layout
    this.edges = elements.edges
    return elements
  }
}

/**
 * Layout → React Flow elements. Positions come from the shared layout, never the DOM. Node
 * objects are reused from `previous` when nothing about them changed.
 */
export function toFlowElements(
  layout: TreeLayout,
  selectedId: string | undefined,
  previous: ReadonlyMap<string, OrgFlowNode>
): { nodes: OrgFlowNode[]; edges: Edge[] } {
  const byId = new Map(layout.nodes.map((item) => [item.node.id, item]))
  const nodes = layout.nodes.map((item): OrgFlowNode => {
    const { node } = item
    const selected = node.id === selectedId
    const old = previous.get(node.id)
    if (old && old.data.item === item && old.selected === selected) return old
    return {
      id: node.id,
      // React Flow has a built-in "group" type with styles of its own: ours is named apart.
      type: node.kind === 'group' ? 'org-group' : node.kind,
      position: { x: item.x, y: item.y },
      width: item.box.width,
      height: item.box.height,
      // Known from the layout, so React Flow need not render a node to measure it (see
      // node-handles.ts): its size as drawn, and its handles.
      measured: { width: item.box.width, height: item.box.height },
      handles: nodeHandles(item),
      data: { item },
      selected,
      draggable: false,
      connectable: false
    }
  })
  const edges = layout.edges.map((edge): Edge<OrgEdgeData> => ({
    ...edge,
    type: 'org',
    data: { source: byId.get(edge.source)!, target: byId.get(edge.target)! },
    focusable: false,
    selectable: false
  }))
  return { nodes, edges }
}

/**
 * The "connect" overlay: for each selected technology, a chain of links through the visible
 * teams that have it, in layout order, so a shared technology reads as one web across divisions.
 */
export function technologyLinks(layout: TreeLayout, lens: LensView): Edge<TechLinkData>[] {
  const { match, colorOf } = lens
  const teams = layout.nodes.filter((n) => n.node.kind === 'team')
  return lens.lens.technologies.flatMap((name, index) => {
    const holders = teams.filter((n) => match.marks.get(n.node.ref)?.includes(name))
    return holders.slice(1).map((target, i) => ({
      id: `tech:${name}:${holders[i].node.id}->${target.node.id}`,
      source: holders[i].node.id,
      target: target.node.id,
      type: 'tech',
      data: { source: holders[i], target, color: colorOf(name)!, technology: name, index },
      focusable: false,
      selectable: false,
      zIndex: 1
    }))
  })
}

export type TechLinkData = {
  source: PositionedNode
  target: PositionedNode
  color: string
  technology: string
  /** Position among the selected technologies: offsets parallel links so each stays visible. */
  index: number
}
