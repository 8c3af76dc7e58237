import { getViewportForBounds, type Transform } from '@xyflow/react'
import type { Rect } from './spatial-index'
import type { Viewport } from './windowed-elements'

/**
 * The fit the chart is about to make: whenever `key` changes (another catalog, layout or focused
 * branch), the chart fits `bounds` into the pane a frame or two later (FitOnChange in
 * OrgGraph.tsx), with React Flow's fitView and these options.
 */
export interface PendingFit {
  key: string
  bounds: Rect
  minZoom: number
  maxZoom: number
  padding: number
}

/** React Flow's camera and pane size, as its store holds them. */
export interface PaneState {
  transform: Transform
  width: number
  height: number
}

/**
 * The viewport the level of detail is decided for. While the camera has not moved since the fit
 * was asked for (`askedAt`: the transform then), it is the viewport the fit will give, computed
 * the way fitView computes it; otherwise the camera as it is.
 *
 * Deciding on the old camera drew, for a frame, the wrong level for the new chart: a 1,000-team
 * catalog opened over a chart at zoom 1 mounted some 300 team cards (their chips, handles and
 * edges) that the fit, one frame later, replaced with the canvas overview. Undefined while the
 * pane has no size yet (the first render of the page): there is nothing to fit into.
 */
export function viewportForDetail(
  pane: PaneState,
  fit: PendingFit,
  askedAt: Transform
): Viewport | undefined {
  const { transform, width, height } = pane
  if (transform !== askedAt) {
    const [x, y, zoom] = transform
    return { x, y, zoom, width, height }
  }
  if (width <= 0 || height <= 0) return undefined
  const { bounds, minZoom, maxZoom, padding } = fit
  return {
    ...getViewportForBounds(bounds, width, height, minZoom, maxZoom, padding),
    width,
    height
  }
}
