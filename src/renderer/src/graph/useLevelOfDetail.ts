import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react'
import { useCallback, useMemo, useState } from 'react'
import { levelOfDetail, type Detail } from './level-of-detail'
import { viewportForDetail, type PendingFit } from './pending-fit'
import type { Rect } from './spatial-index'
import { viewWindow, type Viewport } from './windowed-elements'

export interface DetailState {
  detail: Detail
  /** The region whose nodes React Flow gets, in `window` detail. */
  window?: Rect
  /** The viewport now (the fitted one while a fit is pending); undefined before a pane size. */
  viewport(): Viewport | undefined
}

/**
 * The level of detail for a layout of `layoutSize` nodes at the current viewport, or, while the
 * chart waits for the fit `fit` describes, at the viewport that fit will give (pending-fit.ts).
 * It subscribes to React Flow's viewport with a selector that returns a string key, so the graph
 * re-renders only when the detail or the window changes (every half screen of panning), never
 * per frame.
 */
export function useLevelOfDetail(layoutSize: number, fit: PendingFit): DetailState {
  // The last answer, for levelOfDetail's hysteresis around the switching zoom.
  const [memory] = useState(() => new DetailMemory())
  const store = useStoreApi()
  // The camera when this fit was asked for: until it moves, the fit has not happened yet. Taken
  // anew when the key changes, during render (React's pattern for state that follows a prop), so
  // the render that brings the new chart already decides for the fitted camera.
  const [asked, setAsked] = useState(() => ({ key: fit.key, at: store.getState().transform }))
  if (asked.key !== fit.key) setAsked({ key: fit.key, at: store.getState().transform })
  const askedAt = asked.at
  const selector = useCallback(
    (s: ReactFlowState): string => {
      const viewport = viewportForDetail(s, fit, askedAt)
      // A big chart before its pane is measured: the overview, the cheapest to draw.
      const detail = viewport
        ? memory.next(layoutSize, viewport.zoom)
        : levelOfDetail(layoutSize, 0)
      if (detail !== 'window' || !viewport) return detail
      return `window|${viewWindow(viewport).key}`
    },
    [layoutSize, memory, fit, askedAt]
  )
  const key = useStore(selector)
  return useMemo(() => {
    const detail = key.split('|')[0] as Detail
    const viewport = () => viewportForDetail(store.getState(), fit, askedAt)
    const now = detail === 'window' && viewport()
    return now ? { detail, window: viewWindow(now).rect, viewport } : { detail, viewport }
  }, [key, store, fit, askedAt])
}

class DetailMemory {
  private last: Detail | undefined

  next(layoutSize: number, zoom: number): Detail {
    this.last = levelOfDetail(layoutSize, zoom, this.last)
    return this.last
  }
}
