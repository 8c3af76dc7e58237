import type { Catalog } from '../catalog/catalog'
import type { LensMatch } from '../lens/match'
import { buildOrgTree, focusBranch, pruneTree, type OrgNode } from './org-tree'

export interface TreeView {
  collapsed: ReadonlySet<string>
  /** Only this node's branch (its ancestors and everything below it). */
  focusId?: string
  /** With an active lens: leave out teams and projects it does not match (keeping ancestors). */
  hideNonMatches?: LensMatch
}

/**
 * The tree a view shows: collapsed nodes, the focused branch, and, when asked, only what the
 * lens matches. The same steps as the screen's OrgGraph, so an export shows what the window does.
 */
export function viewTree(catalog: Catalog, view: TreeView): OrgNode {
  let tree = buildOrgTree(catalog, view.collapsed)
  if (view.focusId) tree = focusBranch(tree, view.focusId)
  const hide = view.hideNonMatches
  if (hide?.active) {
    const before = shownCounts(tree)
    tree = pruneTree(tree, (node) =>
      node.kind === 'team'
        ? hide.teams.has(node.ref)
        : node.kind === 'project' && hide.projects.has(node.ref)
    )
    tree = withHiddenCounts(tree, before)
  }
  return tree
}

/** The kind of node a node's subtitle counts: a team's projects, anything else's teams. */
const countedKind = (node: OrgNode): OrgNode['kind'] => (node.kind === 'team' ? 'project' : 'team')

/** For each node, how many of the nodes its subtitle counts are shown under it. */
function shownCounts(root: OrgNode): Map<string, number> {
  const counts = new Map<string, number>()
  const walk = (node: OrgNode): { team: number; project: number } => {
    const sum = { team: 0, project: 0 }
    for (const child of node.children) {
      const below = walk(child)
      sum.team += below.team + (child.kind === 'team' ? 1 : 0)
      sum.project += below.project + (child.kind === 'project' ? 1 : 0)
    }
    counts.set(node.id, countedKind(node) === 'team' ? sum.team : sum.project)
    return sum
  }
  walk(root)
  return counts
}

/**
 * "▾ 4 projects" over none shown said the team's projects were there (QA): each node the lens
 * left with fewer shown than before says how many it hides.
 */
function withHiddenCounts(root: OrgNode, before: ReadonlyMap<string, number>): OrgNode {
  const after = shownCounts(root)
  const mark = (node: OrgNode): OrgNode => {
    const hidden = (before.get(node.id) ?? 0) - (after.get(node.id) ?? 0)
    const children = node.children.map(mark)
    return hidden > 0 ? { ...node, children, hidden } : { ...node, children }
  }
  return mark(root)
}
