import {
  getViewportForBounds,
  useReactFlow,
  useStoreApi,
  type ReactFlowInstance,
  type Rect
} from '@xyflow/react'
import { useEffect } from 'react'
import type { PaneFraming } from '../store/presentation-slice'
import { useAppStore } from '../store/store'

type StoreApi = ReturnType<typeof useStoreApi>

/**
 * Frames `rect` in the chart's pane at the size the pane has now, and returns what it framed.
 *
 * Not React Flow's fitBounds: that uses the pane size its ResizeObserver last reported, which
 * lags. A tour step changes the caption below the chart (and so the pane's height) in the same
 * commit that asks for the camera, and after a key press React runs that commit's effects before
 * the browser has laid out or observed anything: the step was framed for the previous caption,
 * and a taller one hid its last projects. Reading the size here makes the browser lay out first.
 */
export function framePane(
  store: StoreApi,
  setViewport: ReactFlowInstance['setViewport'],
  rect: Rect,
  { padding, duration }: { padding: number; duration: number }
): PaneFraming | undefined {
  const { domNode, minZoom, maxZoom } = store.getState()
  // offsetWidth/Height: the measure React Flow's own resize handler takes, so the two compare.
  const width = domNode?.offsetWidth ?? 0
  const height = domNode?.offsetHeight ?? 0
  if (width === 0 || height === 0) return undefined
  const viewport = getViewportForBounds(rect, width, height, minZoom, maxZoom, padding)
  void setViewport(viewport, { duration })
  return { rect, padding, width, height }
}

/**
 * Inside the chart: while presenting, frames the step again whenever the pane changes size (the
 * window is resized, full screen starts, the caption grows or shrinks), as slide software does.
 * Outside a presentation a resize keeps the camera: the user may have panned since the last fit.
 */
export function RefitWhilePresenting() {
  const store = useStoreApi()
  const { setViewport } = useReactFlow()
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.width === previous.width && state.height === previous.height) return
        const { presenting, framed, setFramed } = useAppStore.getState()
        if (!presenting || !framed) return
        // Already framed for this size (the step measured the pane before React Flow did).
        if (framed.width === state.width && framed.height === state.height) return
        const options = { padding: framed.padding, duration: 0 }
        setFramed(framePane(store, setViewport, framed.rect, options))
      }),
    [store, setViewport]
  )
  return null
}
