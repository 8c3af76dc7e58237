import type { Edge, Node } from '@xyflow/react'
import type { PositionedNode, TreeLayout } from '../../../shared/layout/layout-tree'
import type { LensMatch } from '../../../shared/lens/match'
import type { OrgEdgeData } from './OrgEdge'

/** How the lens sees a node: no lens active, a match, or dimmed. */
export type MatchState = 'none' | 'hit' | 'dim'

export type OrgFlowData = {
  item: PositionedNode
  match: MatchState
  /** Selected technologies this team has, with their colours, in selection order. */
  marks: readonly { name: string; color: string }[]
}
export type OrgFlowNode = Node<OrgFlowData>

const NO_MARKS: OrgFlowData['marks'] = []

/**
 * Remembers the last node objects so that unchanged nodes keep their identity: React Flow's
 * memoized nodes then skip re-rendering, and selecting a technology repaints only the nodes it
 * touches (what keeps a 1,000-team chart responsive).
 */
export class FlowNodeCache {
  private previous: ReadonlyMap<string, OrgFlowNode> = new Map()

  toFlowElements(
    layout: TreeLayout,
    match: LensMatch,
    colorOf: (technology: string) => string,
    selectedId: string | undefined
  ): { nodes: OrgFlowNode[]; edges: Edge[] } {
    const elements = toFlowElements(layout, match, colorOf, selectedId, this.previous)
    this.previous = new Map(elements.nodes.map((node) => [node.id, node]))
    return elements
  }
}

/**
 * Layout + lens → React Flow elements. Positions come from the shared layout, never the DOM.
 * Node objects are reused from `previous` when nothing about them changed.
 */
export function toFlowElements(
  layout: TreeLayout,
  match: LensMatch,
  colorOf: (technology: string) => string,
  selectedId: string | undefined,
  previous: ReadonlyMap<string, OrgFlowNode>
): { nodes: OrgFlowNode[]; edges: Edge[] } {
  const byId = new Map(layout.nodes.map((item) => [item.node.id, item]))
  const nodes = layout.nodes.map((item): OrgFlowNode => {
    const { node } = item
    const state = matchState(node.kind, node.ref, match)
    const markNames = node.kind === 'team' ? match.marks.get(node.ref) : undefined
    const marks = markNames ? markNames.map((name) => ({ name, color: colorOf(name) })) : NO_MARKS
    const selected = node.id === selectedId
    const old = previous.get(node.id)
    if (
      old &&
      old.data.item === item &&
      old.data.match === state &&
      old.selected === selected &&
      sameMarks(old.data.marks, marks)
    ) {
      return old
    }
    return {
      id: node.id,
      type: node.kind,
      position: { x: item.x, y: item.y },
      width: item.box.width,
      height: item.box.height,
      data: { item, match: state, marks },
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

function matchState(kind: string, ref: string, match: LensMatch): MatchState {
  if (!match.active) return 'none'
  if (kind === 'team') return match.teams.has(ref) ? 'hit' : 'dim'
  if (kind === 'project') return match.projects.has(ref) ? 'hit' : 'dim'
  return 'none'
}

function sameMarks(a: OrgFlowData['marks'], b: OrgFlowData['marks']): boolean {
  return a.length === b.length && a.every((m, i) => m.name === b[i].name && m.color === b[i].color)
}

/**
 * The "connect" overlay: for each selected technology, a chain of links through the visible
 * teams that have it, in layout order, so a shared technology reads as one web across divisions.
 */
export function technologyLinks(
  layout: TreeLayout,
  match: LensMatch,
  technologies: readonly string[],
  colorOf: (technology: string) => string
): Edge<TechLinkData>[] {
  const teams = layout.nodes.filter((n) => n.node.kind === 'team')
  return technologies.flatMap((name, index) => {
    const holders = teams.filter((n) => match.marks.get(n.node.ref)?.includes(name))
    return holders.slice(1).map((target, i) => ({
      id: `tech:${name}:${holders[i].node.id}->${target.node.id}`,
      source: holders[i].node.id,
      target: target.node.id,
      type: 'tech',
      data: { source: holders[i], target, color: colorOf(name), technology: name, index },
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
