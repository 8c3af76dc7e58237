import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react'
import { useCallback, useMemo, useState } from 'react'
import { levelOfDetail, type Detail } from './level-of-detail'
import type { Rect } from './spatial-index'
import { viewWindow } from './windowed-elements'

export interface DetailState {
  detail: Detail
  /** The region whose nodes React Flow gets, in `window` detail. */
  window?: Rect
}

/**
 * The level of detail for a layout of `layoutSize` nodes at the current viewport. It subscribes
 * to React Flow's viewport with a selector that returns a string key, so the graph re-renders
 * only when the detail or the window changes (every half screen of panning), never per frame.
 */
export function useLevelOfDetail(layoutSize: number): DetailState {
  // The last answer, for levelOfDetail's hysteresis around the switching zoom.
  const [memory] = useState(() => new DetailMemory())
  const selector = useCallback(
    (s: ReactFlowState): string => {
      const [x, y, zoom] = s.transform
      const detail = memory.next(layoutSize, zoom)
      if (detail !== 'window') return detail
      return `window|${viewWindow({ x, y, zoom, width: s.width, height: s.height }).key}`
    },
    [layoutSize, memory]
  )
  const key = useStore(selector)
  const store = useStoreApi()
  return useMemo(() => {
    const detail = key.split('|')[0] as Detail
    if (detail !== 'window') return { detail }
    const { transform, width, height } = store.getState()
    const [x, y, zoom] = transform
    return { detail, window: viewWindow({ x, y, zoom, width, height }).rect }
  }, [key, store])
}

class DetailMemory {
  private last: Detail | undefined

  next(layoutSize: number, zoom: number): Detail {
    this.last = levelOfDetail(layoutSize, zoom, this.last)
    return this.last
  }
}
