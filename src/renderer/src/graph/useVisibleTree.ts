import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { Catalog } from '../../../shared/catalog/catalog'
import { matchLens, type Lens, type LensMatch } from '../../../shared/lens/match'
import type { OrgNode } from '../../../shared/tree/org-tree'
import { viewTree } from '../../../shared/tree/view-tree'
import { effectiveLens } from '../store/lens-slice'
import { useAppStore } from '../store/store'

export interface VisibleTree {
  /** The selection plus the technology under the pointer (effectiveLens). */
  lens: Lens
  match: LensMatch
  /** The same visible tree the export draws (viewTree), so screen and file cannot drift. */
  tree: OrgNode
}

/**
 * The tree the chart and the outline show, and the lens match they draw on it: one pipeline, so
 * the two views cannot disagree. `focus` applies the focused branch (the chart does; the outline
 * always lists the whole org).
 */
export function useVisibleTree(catalog: Catalog, options: { focus: boolean }): VisibleTree {
  const { focus } = options
  const view = useAppStore(
    useShallow((s) => ({
      lens: s.lens,
      preview: s.preview,
      hideNonMatches: s.hideNonMatches,
      collapsed: s.collapsed,
      focusId: focus ? s.focusId : undefined
    }))
  )
  const lens = useMemo(() => effectiveLens(view.lens, view.preview), [view.lens, view.preview])
  const match = useMemo(() => matchLens(catalog, lens), [catalog, lens])
  // Hiding changes which nodes exist, so only then does the lens reach the tree.
  const hideWith = view.hideNonMatches && match.active ? match : undefined
  const tree = useMemo(
    () =>
      viewTree(catalog, {
        collapsed: view.collapsed,
        focusId: view.focusId,
        hideNonMatches: hideWith
      }),
    [catalog, view.collapsed, view.focusId, hideWith]
  )
  return { lens, match, tree }
}
