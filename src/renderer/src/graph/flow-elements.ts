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
 *
 * Nodes and edges are built as they are asked for (FlowNodes, FlowEdges): a big chart hands
 * React Flow only its headings or a window of cards, and building all 5,000 nodes and edges of
 * its first view, the nodes' handles and the map remembering them, cost its first render for
 * the ~30 it drew.
 */
export class FlowNodeCache {
  private previous: ReadonlyMap<string, OrgFlowNode> = new Map()
  private edges?: FlowEdges

  toFlowElements(
    layout: TreeLayout,
    selectedId: string | undefined
  ): { nodes: FlowNodes; edges: FlowEdges } {
    const nodes = new FlowNodes(layout, selectedId, this.previous)
    this.previous = nodes.built
    // Edges follow the layout alone: keep them while the layout is the same.
    if (this.edges?.layout !== layout) this.edges = new FlowEdges(layout)
    return { nodes, edges: this.edges }
  }
}

/** What windowedElements reads nodes from: an array, or FlowNodes. */
export interface NodeList {
  readonly length: number
  at(index: number): OrgFlowNode | undefined
}

/** What windowedElements reads edges from: an array, or FlowEdges (`ends`: without building). */
export interface EdgeList {
  readonly length: number
  at(index: number): Edge | undefined
  /** Each edge's ends, in the same order; an array of edges is its own. */
  readonly ends?: readonly { source: string; target: string }[]
}

/**
 * A layout's React Flow nodes, in layout order, each built the first time it is asked for and
 * then the same object; one unchanged since `previous` (the last FlowNodes' built nodes) is
 * that object.
 */
export class FlowNodes implements NodeList {
  /** The nodes built so far, by id. */
  readonly built = new Map<string, OrgFlowNode>()
  private readonly byIndex: (OrgFlowNode | undefined)[] = []
  private everyNode?: OrgFlowNode[]

  constructor(
    private readonly layout: TreeLayout,
    private readonly selectedId: string | undefined,
    private readonly previous: ReadonlyMap<string, OrgFlowNode>
  ) {}

  get length(): number {
    return this.layout.nodes.length
  }

  at(index: number): OrgFlowNode | undefined {
    const item = this.layout.nodes[index]
    if (!item) return undefined
    let node = this.byIndex[index]
    if (!node) {
      node = flowNode(item, this.selectedId, this.previous)
      this.byIndex[index] = node
      this.built.set(node.id, node)
    }
    return node
  }

  /** Every node, as one array (the same array each time). */
  all(): OrgFlowNode[] {
    this.everyNode ??= this.layout.nodes.map((_, i) => this.at(i)!)
    return this.everyNode
  }
}

/** A layout's tree edges for React Flow, built as FlowNodes builds nodes: when asked for. */
export class FlowEdges implements EdgeList {
  private readonly byIndex: (Edge<OrgEdgeData> | undefined)[] = []
  private byId?: ReadonlyMap<string, PositionedNode>
  private everyEdge?: Edge<OrgEdgeData>[]

  constructor(readonly layout: TreeLayout) {}

  get length(): number {
    return this.layout.edges.length
  }

  get ends(): TreeLayout['edges'] {
    return this.layout.edges
  }

  at(index: number): Edge<OrgEdgeData> | undefined {
    const edge = this.layout.edges[index]
    if (!edge) return undefined
    this.byId ??= new Map(this.layout.nodes.map((item) => [item.node.id, item]))
    this.byIndex[index] ??= flowEdge(edge, this.byId)
    return this.byIndex[index]
  }

  /** Every edge, as one array (the same array each time). */
  all(): Edge<OrgEdgeData>[] {
    this.everyEdge ??= this.layout.edges.map((_, i) => this.at(i)!)
    return this.everyEdge
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
  return {
    nodes: layout.nodes.map((item) => flowNode(item, selectedId, previous)),
    edges: flowEdges(layout)
  }
}

function flowNode(
  item: PositionedNode,
  selectedId: string | undefined,
  previous: ReadonlyMap<string, OrgFlowNode>
): OrgFlowNode {
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
}

function flowEdges(layout: TreeLayout): Edge<OrgEdgeData>[] {
  const byId = new Map(layout.nodes.map((item) => [item.node.id, item]))
  return layout.edges.map((edge) => flowEdge(edge, byId))
}

function flowEdge(
  edge: TreeLayout['edges'][number],
  byId: ReadonlyMap<string, PositionedNode>
): Edge<OrgEdgeData> {
  return {
    ...edge,
    type: 'org',
    data: { source: byId.get(edge.source)!, target: byId.get(edge.target)! },
    focusable: false,
    selectable: false
  }
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
