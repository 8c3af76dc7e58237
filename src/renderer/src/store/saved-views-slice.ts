import type { StateCreator } from 'zustand'
import type { z } from 'zod'
import type { ViewsLocation } from '../../../shared/ipc/contract'
import type { CameraRect, SavedView } from '../../../shared/persist/saved-views'

type Location = z.output<typeof ViewsLocation>

/**
 * The presenter's saved views for the catalog on screen, and the panel that edits them. The
 * list is a document (saved to the catalog's sidecar by useSavedViewsSync), not view state.
 */
export interface SavedViewsSlice {
  savedViews: SavedView[]
  /** Where they are kept (shown in the panel), and for which catalog they were loaded. */
  savedViewsLocation?: Location
  savedViewsPath?: string
  savedViewsCatalogKey?: string
  /** Bumped by every edit a person makes; the sync saves on each bump (loading does not). */
  savedViewsRevision: number
  viewsPanelOpen: boolean
  /** Presenting the saved views instead of the default tour. */
  playingSavedViews: boolean
  /** A camera rectangle for the chart to show, animated (counter: repeats are distinct). */
  cameraRequest?: { rect: CameraRect; n: number }

  savedViewsLoaded(
    views: SavedView[],
    meta: { location?: Location; path?: string; catalogKey?: string }
  ): void
  /** Where the last save went (it may fall back to the app's data folder). */
  savedViewsStored(where: { location: Location; path?: string }): void
  addSavedView(view: SavedView): void
  renameSavedView(id: string, name: string): void
  /** Moves a view `delta` places (−1 up, +1 down), within the list. */
  moveSavedView(id: string, delta: number): void
  removeSavedView(id: string): void
  setViewsPanelOpen(open: boolean): void
  setPlayingSavedViews(playing: boolean): void
  requestCamera(rect: CameraRect): void
}

export const createSavedViewsSlice: StateCreator<SavedViewsSlice, [], [], SavedViewsSlice> = (
  set
) => {
  const edit = (change: (views: SavedView[]) => SavedView[]) =>
    set(({ savedViews, savedViewsRevision }) => ({
      savedViews: change(savedViews),
      savedViewsRevision: savedViewsRevision + 1
    }))
  return {
    savedViews: [],
    savedViewsRevision: 0,
    viewsPanelOpen: false,
    playingSavedViews: false,

    savedViewsLoaded: (savedViews, meta) =>
      set({
        savedViews,
        savedViewsLocation: meta.location,
        savedViewsPath: meta.path,
        savedViewsCatalogKey: meta.catalogKey
      }),
    savedViewsStored: ({ location, path }) =>
      set({ savedViewsLocation: location, savedViewsPath: path }),
    addSavedView: (view) => edit((views) => [...views, view]),
    renameSavedView: (id, name) =>
      edit((views) => views.map((v) => (v.id === id ? { ...v, name: name.trim() } : v))),
    moveSavedView: (id, delta) =>
      edit((views) => {
        const from = views.findIndex((v) => v.id === id)
        const to = from + delta
        if (from < 0 || to < 0 || to >= views.length) return views
        const next = [...views]
        const [moved] = next.splice(from, 1)
        next.splice(to, 0, moved)
        return next
      }),
    removeSavedView: (id) => edit((views) => views.filter((v) => v.id !== id)),
    setViewsPanelOpen: (viewsPanelOpen) => set({ viewsPanelOpen }),
    setPlayingSavedViews: (playingSavedViews) => set({ playingSavedViews }),
    requestCamera: (rect) =>
      set(({ cameraRequest }) => ({ cameraRequest: { rect, n: (cameraRequest?.n ?? 0) + 1 } }))
  }
}
