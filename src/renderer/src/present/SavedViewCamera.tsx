import { useReactFlow, useStoreApi } from '@xyflow/react'
import { useEffect, useRef } from 'react'
import { afterPendingFit } from '../graph/after-pending-fit'
import { framePane } from '../graph/pane-framing'
import { useAppStore } from '../store/store'
import { CHART_FIT } from '../graph/chart-fit'

const CAMERA_MS = 600

/**
 * Inside the chart: moves the camera to a saved view's rectangle, animated like the tour, once
 * the chart has fitted the view's layout (a new focus or layout makes it fit itself first).
 * Remembered as what is framed, so a presentation frames it again when the pane is resized.
 */
export function SavedViewCamera() {
  const { setViewport, fitView } = useReactFlow()
  const store = useStoreApi()
  const request = useAppStore((s) => s.cameraRequest)
  const handled = useRef(0)

  useEffect(() => {
    if (!request || request.n === handled.current) return
    handled.current = request.n
    const fitRequest = useAppStore.getState().fitRequest
    void afterPendingFit(store, fitView, CHART_FIT).then(() => {
      // A newer request (the presenter pressed on, to a view with or without a camera) has
      // taken over.
      if (useAppStore.getState().cameraRequest?.n !== request.n) return
      if (useAppStore.getState().fitRequest !== fitRequest) return
      const framed = framePane(store, setViewport, request.rect, {
        padding: 0,
        duration: CAMERA_MS
      })
      useAppStore.getState().setFramed(framed)
    })
  }, [request, store, fitView, setViewport])
  return null
}
