import { Panel, useReactFlow, useStoreApi, type ReactFlowState } from '@xyflow/react'
import { useEffect, useMemo, useRef, type PointerEvent, type WheelEvent } from 'react'
import { THEMES, type ThemeName } from '../../../shared/theme/palette'
import type { ChartGeometry } from './chart-geometry'

const WIDTH = 200
const HEIGHT = 150

/**
 * The minimap of a big chart, on a canvas: React Flow's MiniMap draws an SVG rectangle per node
 * it knows, which for 25,000 nodes is slow to mount, and in windowed detail it knows only the
 * window. This one draws the whole layout once into a bitmap and, per viewport change, copies
 * it and outlines the view. Click or drag to move the view there; the wheel zooms.
 */
export function ChartMiniMap({ geometry, theme }: { geometry: ChartGeometry; theme: ThemeName }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const store = useStoreApi()
  const { setCenter, getZoom, zoomTo } = useReactFlow()
  const { bounds } = geometry.layout
  const scale = Math.min(WIDTH / bounds.width, HEIGHT / bounds.height)
  const offset = {
    x: (WIDTH - bounds.width * scale) / 2 - bounds.x * scale,
    y: (HEIGHT - bounds.height * scale) / 2 - bounds.y * scale
  }
  const picture = useMemo(() => {
    const ratio = window.devicePixelRatio || 1
    const bitmap = document.createElement('canvas')
    bitmap.width = WIDTH * ratio
    bitmap.height = HEIGHT * ratio
    const context = bitmap.getContext('2d')
    if (!context) return bitmap
    const palette = THEMES[theme]
    context.setTransform(ratio * scale, 0, 0, ratio * scale, ratio * offset.x, ratio * offset.y)
    const { boxes, layout } = geometry
    for (const kind of ['project', 'team', 'division', 'company'] as const) {
      context.beginPath()
      layout.nodes.forEach((item, i) => {
        if (item.node.kind === kind)
          context.rect(boxes[4 * i], boxes[4 * i + 1], boxes[4 * i + 2], boxes[4 * i + 3])
      })
      context.fillStyle = kind === 'company' || kind === 'division' ? palette[kind] : palette.border
      context.fill()
    }
    return bitmap
  }, [geometry, theme, scale, offset.x, offset.y])

  useEffect(() => {
    const element = canvas.current
    const context = element?.getContext('2d')
    if (!element || !context) return
    const ratio = window.devicePixelRatio || 1
    element.width = WIDTH * ratio
    element.height = HEIGHT * ratio
    const draw = ({ transform, width, height }: ReactFlowState) => {
      const [tx, ty, zoom] = transform
      context.setTransform(1, 0, 0, 1, 0, 0)
      context.clearRect(0, 0, element.width, element.height)
      context.drawImage(picture, 0, 0)
      context.setTransform(ratio, 0, 0, ratio, 0, 0)
      context.strokeStyle = THEMES[theme].accent
      context.lineWidth = 1.5
      context.strokeRect(
        offset.x + (-tx / zoom) * scale,
        offset.y + (-ty / zoom) * scale,
        (width / zoom) * scale,
        (height / zoom) * scale
      )
    }
    draw(store.getState())
    return store.subscribe((state, previous) => {
      if (state.transform !== previous.transform || state.width !== previous.width) draw(state)
    })
  }, [store, picture, theme, scale, offset.x, offset.y])

  const moveTo = (event: PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect()
    const x = (event.clientX - rect.left - offset.x) / scale
    const y = (event.clientY - rect.top - offset.y) / scale
    void setCenter(x, y, { zoom: getZoom(), duration: 0 })
  }
  return (
    // React Flow's minimap class, so the app's CSS (hidden while presenting) applies here too.
    <Panel position="bottom-right" className="react-flow__minimap org-minimap">
      <canvas
        ref={canvas}
        style={{ width: WIDTH, height: HEIGHT }}
        role="img"
        aria-label="Minimap"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId)
          moveTo(event)
        }}
        onPointerMove={(event) => {
          if (event.buttons === 1) moveTo(event)
        }}
        onWheel={(event: WheelEvent) => void zoomTo(getZoom() * 2 ** (-event.deltaY / 500))}
      />
    </Panel>
  )
}
