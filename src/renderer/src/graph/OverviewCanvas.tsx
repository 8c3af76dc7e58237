import { useStoreApi, type ReactFlowState } from '@xyflow/react'
import { useEffect, useMemo, useRef } from 'react'
import type { LensMatch } from '../../../shared/lens/match'
import type { ThemeName } from '../../../shared/theme/palette'
import type { ChartGeometry } from './chart-geometry'
import { drawTitles, overviewStyle, rasterizeOverview } from './draw-overview'

/**
 * The canvas layer under React Flow's nodes that draws a big chart's teams and projects while
 * zoomed out (level-of-detail.ts). It redraws from React Flow's store on every viewport change,
 * outside React: a pan or zoom frame costs one draw of what is visible, and no layout and no
 * React render. `data-drawn-layout` says how many nodes the layout it last drew had, for the
 * benchmark and tests.
 */
export function OverviewCanvas(props: {
  geometry: ChartGeometry
  match: LensMatch
  technologies: readonly string[]
  selectedId?: string
  theme: ThemeName
  active: boolean
}) {
  const { geometry, match, technologies, selectedId, theme, active } = props
  const canvas = useRef<HTMLCanvasElement>(null)
  const store = useStoreApi()
  const style = useMemo(
    () => overviewStyle(geometry, match, technologies, selectedId, theme),
    [geometry, match, technologies, selectedId, theme]
  )
  useEffect(() => {
    const element = canvas.current
    const context = element?.getContext('2d')
    if (!element || !context) return
    let image: ImageData | undefined
    let cleared = false
    const draw = ({ transform, width, height }: ReactFlowState) => {
      const ratio = window.devicePixelRatio || 1
      const [w, h] = [
        Math.max(1, Math.round(width * ratio)),
        Math.max(1, Math.round(height * ratio))
      ]
      if (element.width !== w || element.height !== h) {
        element.width = w
        element.height = h
        cleared = true // resizing a canvas clears it
      }
      if (active) {
        if (!image || image.width !== w || image.height !== h) image = context.createImageData(w, h)
        const pixels = new Uint32Array(image.data.buffer)
        const view = { transform, pixelRatio: ratio }
        const shown = rasterizeOverview({ pixels, width: w, height: h }, geometry, style, view)
        context.putImageData(image, 0, 0)
        drawTitles(context, geometry, style, shown, view)
      } else if (!cleared) {
        // Once: clearing an empty canvas on every frame still costs a repaint of it.
        context.clearRect(0, 0, w, h)
        cleared = true
      }
      element.dataset.drawnLayout = String(geometry.layout.nodes.length)
    }
    draw(store.getState())
    return store.subscribe((state, previous) => {
      if (
        state.transform !== previous.transform ||
        state.width !== previous.width ||
        state.height !== previous.height
      ) {
        draw(state)
      }
    })
  }, [store, geometry, style, active])
  return (
    <canvas
      ref={canvas}
      className="org-overview"
      data-testid="graph-overview"
      aria-hidden
      style={CANVAS_STYLE}
    />
  )
}

/** Over React Flow's background, under its pane and nodes; clicks go through to the pane. */
const CANVAS_STYLE = {
  position: 'absolute',
  inset: 0,
  width: '100%',
  height: '100%',
  zIndex: 0,
  pointerEvents: 'none'
} as const
