import { useReactFlow, useStoreApi } from '@xyflow/react'
import { useEffect, useRef } from 'react'
import { afterPendingFit } from '../graph/after-pending-fit'
import { useSavedViews } from './views-store'

const FIT_OPTIONS = { padding: 0.08, duration: 0 }
const CAMERA_MS = 600

/**
 * Inside the chart: moves the camera to a saved view's rectangle, animated like the tour, once
 * the chart has fitted the view's layout (a new focus or layout makes it fit itself first).
 */
export function SavedViewCamera() {
  const { fitBounds, fitView } = useReactFlow()
  const store = useStoreApi()
  const request = useSavedViews((s) => s.cameraRequest)
  const handled = useRef(0)

  useEffect(() => {
    if (!request || request.n === handled.current) return
    handled.current = request.n
    void afterPendingFit(store, fitView, FIT_OPTIONS).then(() => {
      // A newer request (the presenter pressed on) has taken over.
      if (useSavedViews.getState().cameraRequest?.n !== request.n) return
      void fitBounds(request.rect, { padding: 0, duration: CAMERA_MS })
    })
  }, [request, store, fitView, fitBounds])
  return null
}
