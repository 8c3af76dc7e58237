import { create } from 'zustand'
import type { ViewsLocation } from '../../../shared/ipc/contract'
import type { CameraRect, SavedView } from '../../../shared/persist/saved-views'
import type { z } from 'zod'

/**
 * The presenter's saved views for the catalog on screen, and the panel that edits them. Apart
 * from the view store: the list is a document (saved to the catalog's sidecar), not view state.
 */
interface SavedViewsState {
  views: SavedView[]
  /** Where they are kept (shown in the panel), and for which catalog they were loaded. */
  location?: z.output<typeof ViewsLocation>
  path?: string
  catalogKey?: string
  /** Bumped by every edit a person makes; the sync saves on each bump (loading does not). */
  revision: number
  panelOpen: boolean
  /** Presenting the saved views instead of the default tour. */
  playing: boolean
  /** A camera rectangle for the chart to show, animated (counter: repeats are distinct). */
  cameraRequest?: { rect: CameraRect; n: number }

  loaded(
    views: SavedView[],
    meta: { location?: z.output<typeof ViewsLocation>; path?: string; catalogKey?: string }
  ): void
  add(view: SavedView): void
  rename(id: string, name: string): void
  setCaption(id: string, caption: string): void
  /** Moves a view `delta` places (−1 up, +1 down), within the list. */
  move(id: string, delta: number): void
  remove(id: string): void
  setPanelOpen(open: boolean): void
  setPlaying(playing: boolean): void
  requestCamera(rect: CameraRect): void
}

export const useSavedViews = create<SavedViewsState>()((set) => {
  const edit = (change: (views: SavedView[]) => SavedView[]) =>
    set(({ views, revision }) => ({ views: change(views), revision: revision + 1 }))
  return {
    views: [],
    revision: 0,
    panelOpen: false,
    playing: false,

    loaded: (views, meta) => set({ views, ...meta }),
    add: (view) => edit((views) => [...views, view]),
    rename: (id, name) =>
      edit((views) => views.map((v) => (v.id === id ? { ...v, name: name.trim() } : v))),
    setCaption: (id, caption) =>
      edit((views) =>
        views.map((v) => (v.id === id ? { ...v, caption: caption.trim() || undefined } : v))
      ),
    move: (id, delta) =>
      edit((views) => {
        const from = views.findIndex((v) => v.id === id)
        const to = from + delta
        if (from < 0 || to < 0 || to >= views.length) return views
        const next = [...views]
        const [moved] = next.splice(from, 1)
        next.splice(to, 0, moved)
        return next
      }),
    remove: (id) => edit((views) => views.filter((v) => v.id !== id)),
    setPanelOpen: (panelOpen) => set({ panelOpen }),
    setPlaying: (playing) => set({ playing }),
    requestCamera: (rect) =>
      set(({ cameraRequest }) => ({ cameraRequest: { rect, n: (cameraRequest?.n ?? 0) + 1 } }))
  }
})
