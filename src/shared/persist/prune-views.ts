import type { Catalog } from '../catalog/catalog'
import { resolveTechnology } from '../lens/resolve-technology'
import { findEntity } from '../tree/lookup'
import type { SavedView } from './saved-views'

export interface PrunedViews {
  views: SavedView[]
  /** One line per view that lost something: what it lost, for the user. */
  notices: string[]
}

/**
 * The views as they apply to `catalog`: technologies resolved to today's canonical names (an
 * alias or a renamed-to-alias entry still finds its technology), and every technology, focus
 * and open team the catalog no longer has dropped, with a notice naming them.
 */
export function pruneViews(views: readonly SavedView[], catalog: Catalog): PrunedViews {
  const teamIds = new Set(catalog.divisions.flatMap((d) => d.teams.map((t) => `team:${t.id}`)))
  const notices: string[] = []
  const pruned = views.map((view) => {
    const dropped: string[] = []
    const technologies: string[] = []
    for (const name of view.lens.technologies) {
      const resolved = resolveTechnology(catalog, name)
      if (!resolved.ok) dropped.push(name)
      else if (!technologies.includes(resolved.name)) technologies.push(resolved.name)
    }
    let focusId = view.focusId
    if (focusId !== undefined && !findEntity(catalog, focusId)) {
      dropped.push(`focus on ${focusId}`)
      focusId = undefined
    }
    const expanded = view.expanded.filter((id) => teamIds.has(id))
    const lostTeams = view.expanded.filter((id) => !teamIds.has(id))
    dropped.push(...lostTeams)
    if (dropped.length > 0) {
      notices.push(`“${view.name}”: dropped ${dropped.join(', ')} (not in this catalog)`)
    }
    const next: SavedView = { ...view, lens: { ...view.lens, technologies }, expanded }
    if (focusId === undefined) delete next.focusId
    return next
  })
  return { views: pruned, notices }
}
