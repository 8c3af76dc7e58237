import { create } from 'zustand'
import type { CatalogResult } from '../../../shared/ipc/contract'
import type { LayoutKind } from '../../../shared/layout/layout-kind'
import type { Lens } from '../../../shared/lens/match'
import { DEFAULT_SETTINGS, ThemePreference, type MainView } from '../../../shared/persist/settings'
import type { ThemeName } from '../../../shared/theme/palette'
import { findEntity } from '../../../shared/tree/lookup'
import { nodeId, teamNodeIds } from '../../../shared/tree/org-tree'
import type { Catalog } from '../../../shared/catalog/catalog'
import type { PaneFraming } from '../graph/pane-framing'
import { sourceKey, viewAfterLoad } from './view-after-load'

/**
 * View state, in one store (as in React Flow's state-management example). The catalog result is
 * held here once, as received from the app; everything drawn is derived from it.
 */
export interface ViewState {
  result?: CatalogResult
  /** A catalog that failed to load while another stays on screen: shown as a banner. */
  failed?: Extract<CatalogResult, { ok: false }>
  selectedId?: string
  collapsed: ReadonlySet<string>
  layoutKind: LayoutKind
  theme: ThemePreference
  /** What the OS prefers; followed while `theme` is "system". */
  systemTheme: ThemeName
  lens: Lens
  /** A technology under the pointer in the lens panel: highlighted without being selected. */
  preview?: string
  hideNonMatches: boolean
  /** Draw links between the teams that share each selected technology. */
  connect: boolean
  view: MainView
  /** Show only this division's or team's branch (with a breadcrumb back). */
  focusId?: string
  /** A request for the graph to centre on a node; the counter makes repeats distinct. */
  zoomRequest?: { id: string; n: number }
  searchOpen: boolean
  /** The technology panel beside the chart. */
  lensOpen: boolean
  /** A request for the graph to fit these nodes (and their children) in view, animated. */
  fitRequest?: { ids: readonly string[]; n: number }
  /** What the left panel shows: the technology lens, or "find your team" for candidates. */
  sidebar: 'lens' | 'fit'
  /** A candidate's choices in "find your team". */
  fit: { technologies: readonly string[]; interests: readonly string[] }
  /** Presentation mode: full screen, no chrome, a guided tour. */
  presenting: boolean
  /** The tour stop on screen while presenting. */
  tourIndex: number
  /** Screen blanked (B), as presenters do to pull the room's attention back. */
  blanked: boolean
  /** The view as it was before presenting: put back on leaving (see `setPresenting`). */
  beforePresenting?: ViewBeforePresenting
  /**
   * What the camera last framed on request (a tour stop, a saved view's camera), for the pane
   * size it was framed for: framed again when the pane changes size while presenting.
   */
  framed?: PaneFraming

  setResult(result: CatalogResult): void
  select(id: string | undefined): void
  toggleCollapsed(id: string): void
  expandAll(): void
  collapseAll(): void
  setLayoutKind(kind: LayoutKind): void
  cycleTheme(): void
  setSystemTheme(theme: ThemeName): void
  dismissFailure(): void
  toggleTechnology(name: string): void
  setLens(lens: Partial<Lens>): void
  clearLens(): void
  setPreview(name: string | undefined): void
  setHideNonMatches(hide: boolean): void
  setConnect(connect: boolean): void
  setView(view: MainView): void
  focus(id: string | undefined): void
  /** Select a node, reveal it (expand its team, leave a focus that hides it) and centre on it. */
  reveal(id: string): void
  setSearchOpen(open: boolean): void
  setLensOpen(open: boolean): void
  /** Fit the given nodes (with their children) in view; `['*']` fits everything. */
  fitTo(ids: readonly string[]): void
  setSidebar(sidebar: 'lens' | 'fit'): void
  toggleFitTechnology(name: string): void
  toggleFitInterest(id: string): void
  clearFit(): void
  /**
   * Start or leave presenting. Leaving puts back the view the presentation changed (lens, focus,
   * open teams, selection, layout, main view), as a slideshow returns to its editor; the
   * presentation puts the camera back itself (Presentation.tsx).
   */
  setPresenting(presenting: boolean): void
  /** Show tour stop `index` (of `stepIds`): expand the team it is, collapse the others. */
  goToStop(index: number, stepIds: readonly string[]): void
  setBlanked(blanked: boolean): void
  setFramed(framed: PaneFraming | undefined): void
}

/** What a presentation changes as it goes, kept to be put back; `result` is the catalog then. */
type ViewBeforePresenting = Pick<
  ViewState,
  | 'result'
  | 'lens'
  | 'hideNonMatches'
  | 'connect'
  | 'focusId'
  | 'collapsed'
  | 'selectedId'
  | 'view'
  | 'layoutKind'
>

const THEME_ORDER = ThemePreference.options

/** The team node a project node belongs to ("project:team-id/3" → "team:team-id"). */
export function teamOfProject(id: string): string | undefined {
  return id.startsWith('project:') ? `team:${id.slice('project:'.length).split('/')[0]}` : undefined
}

export const useViewStore = create<ViewState>()((set, get) => ({
  collapsed: new Set(),
  // What a fresh install shows is what "Reset view" goes back to: one set of defaults.
  layoutKind: DEFAULT_SETTINGS.layoutKind,
  theme: DEFAULT_SETTINGS.theme,
  systemTheme: 'light',
  lens: DEFAULT_SETTINGS.lens,
  hideNonMatches: DEFAULT_SETTINGS.hideNonMatches,
  connect: false,
  view: DEFAULT_SETTINGS.view,
  searchOpen: false,
  lensOpen: DEFAULT_SETTINGS.lensOpen,
  sidebar: 'lens',
  fit: { technologies: [], interests: [] },
  presenting: false,
  tourIndex: 0,
  blanked: false,

  setResult: (result) => {
    const state = get()
    if (!result.ok) {
      // Keep the last good chart on screen; show what went wrong beside it.
      if (state.result?.ok) set({ failed: result })
      else set({ result, failed: undefined })
      return
    }
    // A new version of the file on screen (live reload) keeps the view; another file starts
    // fresh, with the org at a glance (teams collapsed). See view-after-load.ts.
    set({ result, failed: undefined, ...viewAfterLoad(state, result) })
  },
  select: (selectedId) =>
    set(({ collapsed }) => {
      // Selecting a project (e.g. from the details panel) reveals it: expand its team.
      const team = selectedId ? teamOfProject(selectedId) : undefined
      if (!team || !collapsed.has(team)) return { selectedId }
      const next = new Set(collapsed)
      next.delete(team)
      return { selectedId, collapsed: next }
    }),
  toggleCollapsed: (id) =>
    set(({ collapsed }) => {
      const next = new Set(collapsed)
      if (!next.delete(id)) next.add(id)
      return { collapsed: next }
    }),
  expandAll: () => set({ collapsed: new Set() }),
  collapseAll: () => {
    const { result } = get()
    set({ collapsed: new Set(result?.ok ? teamNodeIds(result.catalog) : []) })
  },
  setLayoutKind: (layoutKind) => set({ layoutKind }),
  cycleTheme: () =>
    set(({ theme }) => ({
      theme: THEME_ORDER[(THEME_ORDER.indexOf(theme) + 1) % THEME_ORDER.length]
    })),
  setSystemTheme: (systemTheme) => set({ systemTheme }),
  dismissFailure: () => set({ failed: undefined }),

  toggleTechnology: (name) =>
    set(({ lens }) => ({ lens: { ...lens, technologies: toggled(lens.technologies, name) } })),
  setLens: (partial) => set(({ lens }) => ({ lens: { ...lens, ...partial } })),
  clearLens: () => set(({ lens }) => ({ lens: { ...lens, technologies: [] }, preview: undefined })),
  setPreview: (preview) => set({ preview }),
  setHideNonMatches: (hideNonMatches) => set({ hideNonMatches }),
  setConnect: (connect) => set({ connect }),
  setView: (view) => set({ view }),
  focus: (focusId) =>
    set(({ collapsed }) => {
      // Focusing a team is asking to see its work: open its projects.
      if (!focusId?.startsWith('team:') || !collapsed.has(focusId)) return { focusId }
      const next = new Set(collapsed)
      next.delete(focusId)
      return { focusId, collapsed: next }
    }),
  reveal: (id) => {
    const { focusId, zoomRequest, result } = get()
    const keepFocus =
      focusId !== undefined && result?.ok === true && isInBranch(result.catalog, id, focusId)
    get().select(id)
    set({
      view: 'graph',
      focusId: keepFocus ? focusId : undefined,
      zoomRequest: { id, n: (zoomRequest?.n ?? 0) + 1 }
    })
  },
  setSearchOpen: (searchOpen) => set({ searchOpen }),
  setLensOpen: (lensOpen) => set({ lensOpen }),
  fitTo: (ids) => set(({ fitRequest }) => ({ fitRequest: { ids, n: (fitRequest?.n ?? 0) + 1 } })),
  setSidebar: (sidebar) => set({ sidebar }),
  toggleFitTechnology: (name) =>
    set(({ fit }) => ({ fit: { ...fit, technologies: toggled(fit.technologies, name) } })),
  toggleFitInterest: (id) =>
    set(({ fit }) => ({ fit: { ...fit, interests: toggled(fit.interests, id) } })),
  clearFit: () => set({ fit: { technologies: [], interests: [] } }),
  setPresenting: (presenting) => {
    const state = get()
    if (presenting === state.presenting) return
    const common = { presenting, blanked: false, searchOpen: false, framed: undefined }
    if (presenting) {
      const beforePresenting: ViewBeforePresenting = {
        result: state.result,
        lens: state.lens,
        hideNonMatches: state.hideNonMatches,
        connect: state.connect,
        focusId: state.focusId,
        collapsed: state.collapsed,
        selectedId: state.selectedId,
        view: state.view,
        layoutKind: state.layoutKind
      }
      set({ ...common, selectedId: undefined, beforePresenting })
    } else {
      set({
        ...common,
        selectedId: undefined,
        beforePresenting: undefined,
        ...viewAfterPresenting(state.beforePresenting, state.result)
      })
    }
  },
  goToStop: (index, stepIds) => {
    const { result, fitRequest } = get()
    const id = stepIds[index]
    if (!id || !result?.ok) return
    // One team open at a time: the one being presented, with its projects.
    const collapsed = new Set(teamNodeIds(result.catalog))
    collapsed.delete(id)
    set({
      tourIndex: index,
      // The stop is outlined as the selection (the details panel is hidden while presenting).
      selectedId: id,
      collapsed,
      focusId: undefined,
      view: 'graph',
      fitRequest: { ids: [id === 'company' ? '*' : id], n: (fitRequest?.n ?? 0) + 1 }
    })
  },
  setBlanked: (blanked) => set({ blanked }),
  setFramed: (framed) => set({ framed })
}))

/**
 * The view to put back on leaving a presentation: the one from before it, as far as the catalog
 * on screen still has it. Edited while presenting (live reload), what the edit removed is left
 * out, as after any reload; another file opened meanwhile started fresh, and stays so.
 */
function viewAfterPresenting(
  before: ViewBeforePresenting | undefined,
  result: CatalogResult | undefined
): Partial<ViewState> {
  if (!before || !result?.ok) return {}
  const { result: then, ...view } = before
  if (then === result) return view
  if (sourceKey(then) !== sourceKey(result)) return {}
  return { ...view, ...viewAfterLoad({ ...view, result: then }, result) }
}

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item]
}

/** The theme actually drawn. */
export const selectTheme = (s: ViewState): ThemeName =>
  s.theme === 'system' ? s.systemTheme : s.theme

/** The lens as drawn: the selection plus the technology being previewed, if any. */
export function effectiveLens(lens: Lens, preview: string | undefined): Lens {
  return preview && !lens.technologies.includes(preview)
    ? { ...lens, technologies: [...lens.technologies, preview] }
    : lens
}

/** Whether node `id` is `branchId` or lies below it. */
function isInBranch(catalog: Catalog, id: string, branchId: string): boolean {
  if (id === branchId) return true
  const entity = findEntity(catalog, id)
  if (!entity || entity.kind === 'company' || entity.kind === 'division') return false
  return (
    nodeId.division(entity.division) === branchId ||
    (entity.kind === 'project' && nodeId.team(entity.team) === branchId)
  )
}
