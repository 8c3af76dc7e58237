import type { StateCreator } from 'zustand'
import type { Catalog } from '../../../shared/catalog/catalog'
import type { CatalogOpening, CatalogResult, OpenCatalogResult } from '../../../shared/ipc/contract'
import type { LayoutKind } from '../../../shared/layout/layout-kind'
import type { MainView, ThemePreference } from '../../../shared/persist/settings'
import { THEME_PREFERENCES } from '../../../shared/persist/setting-values'
import { DEFAULT_SETTINGS } from '../../../shared/persist/default-settings'
import type { ThemeName } from '../../../shared/theme/palette'
import { findEntity } from '../../../shared/tree/lookup'
import { nodeId, teamNodeIds } from '../../../shared/tree/org-tree'
import type { LensSlice } from './lens-slice'
import { viewAfterLoad } from './view-after-load'

export type SidebarTab = 'lens' | 'fit'

/**
 * The catalog on screen and how it is viewed. The catalog result is held here once, as received
 * from the app; everything drawn is derived from it.
 */
export interface ViewSlice {
  result?: CatalogResult
  /** A catalog that failed to load while another stays on screen: shown as a banner. */
  failed?: Extract<CatalogResult, { ok: false }>
  /** The file being opened, said on screen until its result (any result) comes. */
  opening?: CatalogOpening
  selectedId?: string
  collapsed: ReadonlySet<string>
  layoutKind: LayoutKind
  theme: ThemePreference
  /** What the OS prefers; followed while `theme` is "system". */
  systemTheme: ThemeName
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
  sidebar: SidebarTab
  /** Draw the relations between teams (catalog v2's dotted lines) over the chart. */
  showRelations: boolean

  setResult(result: CatalogResult): void
  /** An open's answer: the catalog (or its errors) as setResult; canceled changes nothing. */
  setOpened(opened: OpenCatalogResult): void
  /** The file being read now; undefined once the user canceled it. */
  setOpening(opening: CatalogOpening | undefined): void
  select(id: string | undefined): void
  toggleCollapsed(id: string): void
  expandAll(): void
  collapseAll(): void
  setLayoutKind(kind: LayoutKind): void
  cycleTheme(): void
  setSystemTheme(theme: ThemeName): void
  dismissFailure(): void
  setView(view: MainView): void
  focus(id: string | undefined): void
  /** Select a node, reveal it (expand its team, leave a focus that hides it) and centre on it. */
  reveal(id: string): void
  setSearchOpen(open: boolean): void
  setLensOpen(open: boolean): void
  /** Fit the given nodes (with their children) in view; `['*']` fits everything. */
  fitTo(ids: readonly string[]): void
  setSidebar(sidebar: SidebarTab): void
  setShowRelations(show: boolean): void
}

const THEME_ORDER = THEME_PREFERENCES

/** The team node a project node belongs to ("project:team-id/3" → "team:team-id"). */
export function teamOfProject(id: string): string | undefined {
  return id.startsWith('project:') ? `team:${id.slice('project:'.length).split('/')[0]}` : undefined
}

export const createViewSlice: StateCreator<ViewSlice & LensSlice, [], [], ViewSlice> = (
  set,
  get
) => ({
  collapsed: new Set(),
  // What a fresh install shows is what "Reset view" goes back to: one set of defaults.
  layoutKind: DEFAULT_SETTINGS.layoutKind,
  theme: DEFAULT_SETTINGS.theme,
  systemTheme: 'light',
  view: DEFAULT_SETTINGS.view,
  searchOpen: false,
  lensOpen: DEFAULT_SETTINGS.lensOpen,
  sidebar: 'lens',
  // Off at first: the tree is what a chart is read by, and on a big catalog thousands of curves
  // would cross it; one click shows them, and a team's details always list its relations.
  showRelations: false,

  setResult: (result) => {
    const state = get()
    if (!result.ok) {
      // Keep the last good chart on screen; show what went wrong beside it.
      if (state.result?.ok) set({ failed: result, opening: undefined })
      else set({ result, failed: undefined, opening: undefined })
      return
    }
    // A new version of the file on screen (live reload) keeps the view; another file starts
    // fresh, with the org at a glance (teams collapsed). See view-after-load.ts.
    set({ result, failed: undefined, opening: undefined, ...viewAfterLoad(state, result) })
  },
  setOpened: (opened) => {
    // Canceled in the dialog (nothing was opening), or with Cancel (which cleared the status
    // then): the status now, if any, is a newer open's.
    if (!('canceled' in opened)) get().setResult(opened)
  },
  setOpening: (opening) => set({ opening }),
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
  setShowRelations: (showRelations) => set({ showRelations })
})

/** Whether node `id` is `branchId` or lies below it (a division, a group at any depth, a team). */
function isInBranch(catalog: Catalog, id: string, branchId: string): boolean {
  if (id === branchId) return true
  const entity = findEntity(catalog, id)
  if (!entity || entity.kind === 'company' || entity.kind === 'division') return false
  if (nodeId.division(entity.division) === branchId) return true
  if (entity.kind === 'group') return entity.path.some((g) => nodeId.group(g) === branchId)
  const team = entity.team
  return (
    team.groupPath.some((group) => nodeId.group({ id: group }) === branchId) ||
    (entity.kind === 'project' && nodeId.team(team) === branchId)
  )
}
