import type { CatalogResult } from '../../../shared/ipc/contract'
import type { Lens } from '../../../shared/lens/lens'
import { findEntity } from '../../../shared/tree/lookup'
import { teamNodeIds } from '../../../shared/tree/org-tree'

type Loaded = Extract<CatalogResult, { ok: true }>

/** The view state a newly loaded catalog decides about. */
export interface LoadView {
  selectedId?: string
  focusId?: string
  collapsed: ReadonlySet<string>
  lens: Lens
  preview?: string
}

/**
 * The view to show with a catalog that just loaded, given the one on screen.
 *
 * A new version of the SAME file (live reload after an edit, or opening it again) keeps the view:
 * what a catalog owner is looking at while editing must not jump. Selection, focus, collapsed
 * nodes and selected technologies survive when their ids still exist; teams added by the edit
 * start collapsed, like every team on a first view. (The viewport stays because the graph only
 * re-fits when the source changes.)
 *
 * A DIFFERENT file, or the first catalog, starts fresh: nothing selected, every team collapsed
 * (the org at a glance). The selected technologies stay where the new catalog knows them:
 * technology names are a vocabulary shared across catalogs (as in the URL hash).
 */
export function viewAfterLoad(
  shown: { result?: CatalogResult } & LoadView,
  loaded: Loaded
): LoadView {
  const previous = shown.result?.ok ? shown.result.catalog : undefined
  const sameSource = previous !== undefined && isSameSource(shown.result, loaded)
  const catalog = loaded.catalog
  const technologies = new Set(catalog.technologies.map((t) => t.name))
  const lens = {
    lens: {
      ...shown.lens,
      technologies: shown.lens.technologies.filter((name) => technologies.has(name))
    },
    preview: shown.preview && technologies.has(shown.preview) ? shown.preview : undefined
  }
  if (!previous || !sameSource) {
    return {
      selectedId: undefined,
      focusId: undefined,
      collapsed: new Set(teamNodeIds(catalog)),
      ...lens
    }
  }
  const exists = (id: string | undefined) =>
    id !== undefined && findEntity(catalog, id) !== undefined ? id : undefined
  const hadTeams = new Set(teamNodeIds(previous))
  const addedTeams = teamNodeIds(catalog).filter((id) => !hadTeams.has(id))
  return {
    selectedId: exists(shown.selectedId),
    focusId: exists(shown.focusId),
    collapsed: new Set([...[...shown.collapsed].filter((id) => exists(id)), ...addedTeams]),
    ...lens
  }
}

function isSameSource(shown: CatalogResult | undefined, loaded: Loaded): boolean {
  const [a, b] = [shown?.source, loaded.source]
  return a !== undefined && a.path === b.path && a.bundled === b.bundled
}

/** For the graph: the file on screen, so it re-fits when the file changes and not on edits. */
export function sourceKey(result: CatalogResult | undefined): string {
  return result?.source ? `${result.source.bundled ? 'bundled' : 'file'}:${result.source.path}` : ''
}
