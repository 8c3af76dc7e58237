import type { Position } from './markdown-blocks'
import { nodeName, nodeNote } from './chart-node-label'

/** A node of a mermaid flowchart org chart, with the nodes its edges point to. */
export interface ChartNode {
  id: string
  label: string
  at: Position
  children: ChartNode[]
  /** Its label was written (`A[Label]`), not taken from its id. */
  named?: boolean
  /**
   * What its label says beside the name, a piece each ("Lead: Carla Diaz" and "AWS, Terraform"
   * for "Infrastructure team (Lead: Carla Diaz) — AWS, Terraform"): the team's description.
   */
  note?: string[]
}

/** `A --> B[Label]`, `A --- B("Label")`: the edge's two ends, each an id with an optional label. */
const EDGE =
  /^\s*([\w-]+)\s*(?:\[\s*"?([^\]"]*)"?\s*\]|\(\s*"?([^)"]*)"?\s*\))?\s*-{2,}>?\s*([\w-]+)\s*(?:\[\s*"?([^\]"]*)"?\s*\]|\(\s*"?([^)"]*)"?\s*\))?\s*;?\s*$/u
const NODE = /^\s*([\w-]+)\s*(?:\[\s*"?([^\]"]*)"?\s*\]|\(\s*"?([^)"]*)"?\s*\))\s*;?\s*$/u

/**
 * The tree a mermaid flowchart draws (GitLab's handbook draws its org charts so): the roots and
 * their children. A node id written again with another label is another node (charts reuse
 * short ids); an edge from a bare id goes from its first node. Nodes reached twice keep their
 * first parent, so a cycle cannot loop.
 */
export function readMermaidChart(text: string, at: Position): ChartNode[] {
  const lines = text.split('\n')
  if (!/^mermaid\b/u.test(lines[0] ?? '') || !/^\s*(?:flowchart|graph)\b/u.test(lines[1] ?? ''))
    return []
  const byId = new Map<string, ChartNode>()
  const nodes: ChartNode[] = []
  const parentOf = new Map<ChartNode, ChartNode>()
  const node = (id: string, label: string | undefined, line: number): ChartNode => {
    const known = byId.get(id)
    if (known && (label === undefined || label === known.label)) return known
    // `OG[Omnibus GitLab]` after edges that wrote only `OG`: the declaration names that node.
    if (known && label !== undefined && label.trim() && !known.named) {
      known.label = label.trim()
      known.named = true
      return known
    }
    // "WEB[Web team - React]": the label's name, and its note as a text tree's node has it.
    const written = (label ?? id).trim() || id
    const note = label?.trim() ? nodeNote(written) : []
    const made: ChartNode = {
      id,
      label: (label?.trim() ? nodeName(written) : written) || written,
      at: { line: at.line + line, column: 1 },
      children: [],
      ...(note.length > 0 ? { note } : {})
    }
    if (label?.trim()) made.named = true
    if (!known) byId.set(id, made)
    nodes.push(made)
    return made
  }
  lines.slice(2).forEach((line, i) => {
    const edge = EDGE.exec(line)
    if (edge) {
      const from = node(edge[1], edge[2] ?? edge[3], i + 2)
      const to = node(edge[4], edge[5] ?? edge[6], i + 2)
      if (to !== from && !parentOf.has(to) && !isAncestor(to, from, parentOf)) {
        parentOf.set(to, from)
        from.children.push(to)
      }
      return
    }
    const single = NODE.exec(line)
    if (single) node(single[1], single[2] ?? single[3], i + 2)
  })
  return nodes.filter((n) => !parentOf.has(n) && n.children.length > 0)
}

function isAncestor(
  candidate: ChartNode,
  of: ChartNode,
  parentOf: Map<ChartNode, ChartNode>
): boolean {
  for (let n: ChartNode | undefined = of; n; n = parentOf.get(n)) if (n === candidate) return true
  return false
}
