import { useOnViewportChange, useReactFlow, useStoreApi, type Viewport } from '@xyflow/react'
import { useCallback, useEffect } from 'react'
import { afterPendingFit } from '../graph/after-pending-fit'
import { rememberViewport } from './remembered-state'
import { useAppStore } from '../store/store'
import { CHART_FIT } from '../graph/chart-fit'

/**
 * Inside the chart: remembers the camera each time a pan or zoom ends, and puts the remembered
 * one back at start, after the chart's own first fit (which would otherwise undo it).
 */
export function RememberViewport() {
  const { setViewport, fitView } = useReactFlow()
  const store = useStoreApi()
  const request = useAppStore((s) => s.viewportRequest)

  const onEnd = useCallback((viewport: Viewport) => rememberViewport(viewport), [])
  useOnViewportChange({ onEnd })

  useEffect(() => {
    if (!request) return
    let live = true
    void afterPendingFit(store, fitView, CHART_FIT).then(() => {
      if (!live) return
      void setViewport(request)
      useAppStore.getState().requestViewport(undefined)
    })
    return () => {
      live = false
    }
  }, [request, store, fitView, setViewport])
  return null
}
