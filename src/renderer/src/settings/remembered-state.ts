import type { Catalog } from '../../../shared/catalog/catalog'
import type { OrgscopeApi } from '../../../shared/ipc/contract'
import type { SettingsPatch } from '../../../shared/persist/settings'
import { DEFAULT_SETTINGS } from '../../../shared/persist/default-settings'
import { notify } from '../notices/notify'
import { useAppStore, type AppState } from '../store/store'
import type { Viewport } from '../store/remembered-slice'

/**
 * Remembered state in the page: which parts of the view are kept between runs, putting them
 * back at start, and saving them (debounced) as they change. Main (or localStorage in the
 * browser build) does the storing; this side only decides what and when.
 */

/** The remembered part of the view state, as the patch the app stores. */
export function settingsOf(state: AppState): Required<Omit<SettingsPatch, 'viewport'>> {
  return {
    theme: state.theme,
    layoutKind: state.layoutKind,
    lens: {
      technologies: state.lens.technologies,
      mode: state.lens.mode,
      includeMentions: state.lens.includeMentions
    },
    hideNonMatches: state.hideNonMatches,
    lensOpen: state.lensOpen,
    view: state.view
  }
}

/** Whether a store change touched anything remembered (the lens by identity: it is replaced). */
export function rememberedChanged(state: AppState, previous: AppState): boolean {
  return (
    state.theme !== previous.theme ||
    state.layoutKind !== previous.layoutKind ||
    state.lens !== previous.lens ||
    state.hideNonMatches !== previous.hideNonMatches ||
    state.lensOpen !== previous.lensOpen ||
    state.view !== previous.view
  )
}

/** What applies before any catalog is there: theme first, so the page does not flash. */
export function applyGlobalSettings(settings: SettingsPatch): void {
  useAppStore.setState({
    ...(settings.theme && { theme: settings.theme }),
    ...(settings.layoutKind && { layoutKind: settings.layoutKind }),
    ...(settings.lensOpen !== undefined && { lensOpen: settings.lensOpen }),
    ...(settings.hideNonMatches !== undefined && { hideNonMatches: settings.hideNonMatches })
  })
}

/**
 * What needs the catalog: the lens (technologies it does not know are dropped) and the main
 * view, unless the URL hash named them (a shared or bookmarked link wins over memory); and the
 * camera, if it was saved for this same catalog and the same focus (a camera framing one branch
 * means nothing on the whole chart).
 */
export function applyCatalogSettings(
  settings: SettingsPatch,
  catalog: Catalog,
  { hashWins, catalogKey }: { hashWins: boolean; catalogKey: string | undefined }
): void {
  const store = useAppStore.getState()
  if (!hashWins) {
    if (settings.lens) {
      const known = new Set(catalog.technologies.map((t) => t.name))
      store.setLens({
        technologies: (settings.lens.technologies ?? []).filter(
          (name, i, all) => known.has(name) && all.indexOf(name) === i
        ),
        mode: settings.lens.mode ?? DEFAULT_SETTINGS.lens.mode,
        includeMentions: settings.lens.includeMentions ?? DEFAULT_SETTINGS.lens.includeMentions
      })
    }
    if (settings.view) store.setView(settings.view)
  }
  const { viewport } = settings
  const now = useAppStore.getState()
  if (
    viewport &&
    viewport.catalog === catalogKey &&
    viewport.focusId === now.focusId &&
    now.view === 'graph'
  ) {
    useAppStore.getState().requestViewport({ x: viewport.x, y: viewport.y, zoom: viewport.zoom })
  }
}

/**
 * Reset view: the default layout, lens, panels and main view, no focus, teams collapsed, and
 * the whole chart fitted. The theme stays: it is a preference about the screen, not the view.
 */
export function resetView(): void {
  const store = useAppStore.getState()
  useAppStore.setState({
    layoutKind: DEFAULT_SETTINGS.layoutKind,
    lens: DEFAULT_SETTINGS.lens,
    preview: undefined,
    hideNonMatches: DEFAULT_SETTINGS.hideNonMatches,
    lensOpen: DEFAULT_SETTINGS.lensOpen,
    view: DEFAULT_SETTINGS.view,
    connect: false,
    focusId: undefined,
    selectedId: undefined
  })
  store.collapseAll()
  useAppStore.getState().fitTo(['*'])
}

/** Saves arrive on every lens click and camera stop: send them once they pause. */
const SAVE_DELAY_MS = 300

let api: OrgscopeApi | undefined
let catalogKey: string | undefined
let pending: SettingsPatch = {}
let timer: ReturnType<typeof setTimeout> | undefined
let failedOnce = false

export function configureSaving(target: OrgscopeApi, key: string | undefined): void {
  api = target
  catalogKey = key
}

export function saveSoon(patch: SettingsPatch): void {
  if (!useAppStore.getState().restored) return
  pending = { ...pending, ...patch }
  if (timer) clearTimeout(timer)
  timer = setTimeout(flushSettings, SAVE_DELAY_MS)
}

/** The camera where the user left it, for the catalog on screen. */
export function rememberViewport(viewport: Viewport): void {
  const { presenting, focusId } = useAppStore.getState()
  // A tour stop is not where the user left the chart.
  if (presenting) return
  saveSoon({
    viewport: {
      x: viewport.x,
      y: viewport.y,
      zoom: viewport.zoom,
      ...(catalogKey !== undefined && { catalog: catalogKey }),
      ...(focusId !== undefined && { focusId })
    }
  })
}

/** Sends what is waiting now (also when the page goes away). */
export function flushSettings(): void {
  if (timer) clearTimeout(timer)
  timer = undefined
  const patch = pending
  pending = {}
  if (!api || Object.keys(patch).length === 0) return
  void api.saveSettings(patch).then((result) => {
    if (result.ok || failedOnce) return
    // Once per session: the settings still apply now, they just will not be there next time.
    failedOnce = true
    notify('error', `Settings could not be saved: ${result.errors[0]?.message ?? 'unknown error'}`)
  })
}
