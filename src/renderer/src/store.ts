import { create } from 'zustand'
import type { CatalogResult } from '../../shared/ipc/contract'
import type { LayoutKind } from '../../shared/layout/layout-tree'
import type { ThemeName } from '../../shared/theme/palette'
import { teamNodeIds } from '../../shared/tree/org-tree'

export type ThemePreference = 'system' | 'light' | 'dark'

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
  setResult(result: CatalogResult): void
  select(id: string | undefined): void
  toggleCollapsed(id: string): void
  expandAll(): void
  collapseAll(): void
  setLayoutKind(kind: LayoutKind): void
  cycleTheme(): void
  setSystemTheme(theme: ThemeName): void
  dismissFailure(): void
}

const THEME_ORDER: ThemePreference[] = ['system', 'light', 'dark']

export const useViewStore = create<ViewState>()((set, get) => ({
  collapsed: new Set(),
  layoutKind: 'compact',
  theme: 'system',
  systemTheme: 'light',
  setResult: (result) => {
    const current = get().result
    if (!result.ok && current?.ok) {
      // Keep the last good chart on screen; show what went wrong beside it.
      set({ failed: result })
      return
    }
    set({
      result,
      failed: undefined,
      selectedId: undefined,
      // First view: the org at a glance (teams collapsed); projects open on demand.
      collapsed: new Set(result.ok ? teamNodeIds(result.catalog) : [])
    })
  },
  select: (selectedId) =>
    set(({ collapsed }) => {
      // Selecting a project (e.g. from the details panel) reveals it: expand its team.
      const team = selectedId?.startsWith('project:')
        ? `team:${selectedId.slice('project:'.length).split('/')[0]}`
        : undefined
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
  dismissFailure: () => set({ failed: undefined })
}))

/** The theme actually drawn. */
export const selectTheme = (s: ViewState): ThemeName =>
  s.theme === 'system' ? s.systemTheme : s.theme
