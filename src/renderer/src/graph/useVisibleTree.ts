import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { OrgNode } from '../../../shared/tree/org-tree'
import { viewTree } from '../../../shared/tree/view-tree'
import { useDrawnLens, type LensView } from '../store/derived-lens'
import { useAppStore, useCatalog } from '../store/store'

export interface VisibleTree {
  /** The lens as drawn: the selection plus the technology under the pointer. */
  lens: LensView
  /** The same visible tree the export draws (viewTree), so screen and file cannot drift. */
  tree: OrgNode
}

/**
 * The tree the chart and the outline show, and the lens match they draw on it: one pipeline, so
 * the two views cannot disagree. `focus` applies the focused branch (the chart does; the outline
 * always lists the whole org).
 */
export function useVisibleTree(options: { focus: boolean }): VisibleTree {
  const { focus } = options
  const catalog = useCatalog()
  const view = useAppStore(
    useShallow((s) => ({
      hideNonMatches: s.hideNonMatches,
      collapsed: s.collapsed,
      focusId: focus ? s.focusId : undefined
    }))
  )
  const lens = useDrawnLens()
  // Hiding changes which nodes exist, so only then does the lens reach the tree.
  const hideWith = view.hideNonMatches && lens.match.active ? lens.match : undefined
  const tree = useMemo(
    () =>
      viewTree(catalog, {
        collapsed: view.collapsed,
        focusId: view.focusId,
        hideNonMatches: hideWith
      }),
    [catalog, view.collapsed, view.focusId, hideWith]
  )
  return { lens, tree }
}
