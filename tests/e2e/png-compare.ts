import { PNG } from 'pngjs'

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/**
 * How a screenshot pixel maps into the exported PNG: screen (CSS px) → layout coordinates
 * (undo React Flow's translate + zoom) → export pixels (chart offset in the file, × scale).
 */
export interface Mapping {
  /** Screenshot pixels per CSS pixel. */
  devicePixelRatio: number
  zoom: number
  /** Where layout (0, 0) lands on screen, in CSS px. */
  screenOrigin: { x: number; y: number }
  /** Where layout (0, 0) lands in the export, in its CSS px (before scale). */
  exportOrigin: { x: number; y: number }
  scale: number
}

/** Bilinear sample of one channel: the export is finer than the screen, so we interpolate. */
function sample(image: PNG, x: number, y: number, channel: number): number {
  const x0 = Math.max(0, Math.min(image.width - 2, Math.floor(x)))
  const y0 = Math.max(0, Math.min(image.height - 2, Math.floor(y)))
  const fx = Math.min(1, Math.max(0, x - x0))
  const fy = Math.min(1, Math.max(0, y - y0))
  const at = (xx: number, yy: number) => image.data[(yy * image.width + xx) * 4 + channel]
  return (
    at(x0, y0) * (1 - fx) * (1 - fy) +
    at(x0 + 1, y0) * fx * (1 - fy) +
    at(x0, y0 + 1) * (1 - fx) * fy +
    at(x0 + 1, y0 + 1) * fx * fy
  )
}

/**
 * Mean absolute difference (0–255, averaged over R, G, B) between the screenshot and the export
 * resampled onto the screenshot's pixels, over the given screen boxes only (the nodes: the chart
 * is what must match, not the panels and controls around it). `shift` offsets the export in
 * CSS px, to show that a misaligned export scores worse.
 */
export function meanAbsoluteDifference(
  screen: PNG,
  exported: PNG,
  boxes: Box[],
  mapping: Mapping,
  shift = { x: 0, y: 0 }
): number {
  let total = 0
  let count = 0
  const dpr = mapping.devicePixelRatio
  for (const box of boxes) {
    for (let y = Math.floor(box.y * dpr); y < (box.y + box.height) * dpr; y++) {
      for (let x = Math.floor(box.x * dpr); x < (box.x + box.width) * dpr; x++) {
        if (x < 0 || y < 0 || x >= screen.width || y >= screen.height) continue
        const lx = ((x + 0.5) / dpr + shift.x - mapping.screenOrigin.x) / mapping.zoom
        const ly = ((y + 0.5) / dpr + shift.y - mapping.screenOrigin.y) / mapping.zoom
        const ex = (lx + mapping.exportOrigin.x) * mapping.scale - 0.5
        const ey = (ly + mapping.exportOrigin.y) * mapping.scale - 0.5
        const i = (y * screen.width + x) * 4
        let d = 0
        for (let c = 0; c < 3; c++) d += Math.abs(sample(exported, ex, ey, c) - screen.data[i + c])
        total += d / 3
        count++
      }
    }
  }
  if (count === 0) throw new Error('no pixels to compare: are the boxes on screen?')
  return total / count
}
