import { levelOfDetail, type Detail } from '../../src/renderer/src/graph/level-of-detail'

/**
 * The frames of a scripted pan and zoom in which the graph switched its level of detail (the
 * canvas overview to a window of DOM nodes, or back), and the longest of them: the frame a
 * person sees stall when a zoom crosses the threshold, which a p95 over ~180 frames hides.
 *
 * `zooms[i]` is the zoom at frame i before step i ran; `deltas[i]` runs from frame i to frame
 * i + 1. A step that changes the detail does its work in its own frame or, when React defers a
 * render, in the next one: both count.
 */
export function lodCrossings(
  zooms: readonly number[],
  deltas: readonly number[],
  layoutSize: number
): { crossings: number; worstMs: number } {
  let detail: Detail | undefined
  let crossings = 0
  const frames: number[] = []
  zooms.forEach((zoom, i) => {
    if (!Number.isFinite(zoom)) return
    const next = levelOfDetail(layoutSize, zoom, detail)
    // zooms[i] holds what step i - 1 did: its frame is deltas[i - 1], then deltas[i].
    if (detail !== undefined && next !== detail && i > 0) {
      crossings++
      frames.push(...deltas.slice(i - 1, i + 1))
    }
    detail = next
  })
  return { crossings, worstMs: frames.length ? Math.max(...frames) : Number.NaN }
}
