import { useCallback, useEffect, useRef } from 'react'

/** The class that puts the chart's viewport on its own compositor layer (app.css). */
export const MOVING_CLASS = 'org-graph--moving'
/**
 * How long the layer outlives a pan or zoom: a wheel zoom, a drag and the next wheel are one
 * gesture to the person making them, and dropping the layer between them re-paints the chart
 * twice (once crisp, once to make the layer again).
 */
export const SETTLE_MS = 400

/**
 * Keeps a small chart's viewport on its own compositor layer while it pans and zooms, so that a
 * frame moves and scales pixels already painted instead of re-painting every card (measured at
 * 13 teams, all projects shown: one frame in eighteen was missed at each zoom step without it,
 * `npm run bench`'s pan-p95). The layer is dropped once the view has been still for SETTLE_MS,
 * and Chromium paints the cards again, crisp, at the zoom they are at: text scaled as pixels
 * blurs a little while it moves, never at rest.
 *
 * A big chart keeps its layer for good (`.org-graph--big`, level-of-detail.ts); the class is set
 * on the element directly, so a gesture's start and end cost no React render. The app's own
 * camera moves (fits, jumps to a node) are single frames: they keep painting as before.
 */
export function useCompositedWhileMoving(): {
  ref: React.RefObject<HTMLDivElement | null>
  onMoveStart: (event: unknown) => void
  onMoveEnd: () => void
} {
  const ref = useRef<HTMLDivElement>(null)
  const settle = useRef<ReturnType<typeof setTimeout>>(undefined)
  const onMoveStart = useCallback((event: unknown) => {
    // Only a person's pan or zoom (React Flow gives no event for the app's own fits and jumps).
    if (!event) return
    clearTimeout(settle.current)
    ref.current?.classList.add(MOVING_CLASS)
  }, [])
  const onMoveEnd = useCallback(() => {
    clearTimeout(settle.current)
    settle.current = setTimeout(() => ref.current?.classList.remove(MOVING_CLASS), SETTLE_MS)
  }, [])
  useEffect(() => () => clearTimeout(settle.current), [])
  return { ref, onMoveStart, onMoveEnd }
}
