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
    tree = pruneTree(tree, (node) =>
      node.kind === 'team'
        ? hide.teams.has(node.ref)
        : node.kind === 'project' && hide.projects.has(node.ref)
    )
  }
  return tree
}
