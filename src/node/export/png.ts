import { createCanvas, PngFilter } from '@napi-rs/canvas'
import { drawScene, type Canvas2D, type CanvasTarget } from '../../shared/export/canvas-scene'
import type { RasterSize } from '../../shared/export/raster-size'
import type { ProgressListener } from '../../shared/export/render-export'
import { shapeCount, type Scene } from '../../shared/export/scene'
import { bandWorkerEntry, pngInBands, planBands } from './png-bands'
import { registerFonts, SKIA } from './png-skia'

/**
 * PNG from the export scene, drawn by Skia (@napi-rs/canvas, the engine Chromium draws the
 * screen with) with the Inter TTF files we ship registered under their own weights, never the
 * system's fonts: the same pixels on every machine.
 *
 * Why not SVG through resvg, as before: resvg turned every glyph into a path while parsing, so a
 * 1,000-team chart spent 1.4 s parsing, 1 s drawing and 0.7 s encoding; Skia draws text from a
 * glyph cache, and the encoder below takes ~0.2 s for 67 megapixels. A large PNG is drawn in
 * bands on several threads (png-bands.ts).
 */
export async function sceneToPng(
  scene: Scene,
  size: RasterSize,
  onProgress: ProgressListener = () => undefined,
  drawing: Pick<CanvasTarget, 'greekTextBelow'> = {}
): Promise<Buffer> {
  const plan = planBands(size, shapeCount(scene.shapes))
  const entry = bandWorkerEntry()
  if (plan && entry) {
    const band = { scene, scale: size.scale, width: size.width, ...drawing }
    return pngInBands(band, size.height, plan, entry, onProgress)
  }
  registerFonts()
  const canvas = createCanvas(size.width, size.height)
  const context = canvas.getContext('2d') as unknown as Canvas2D
  onProgress({ done: 0, total: 2 })
  drawScene(context, scene, SKIA, { ...drawing, scale: size.scale })
  onProgress({ done: 1, total: 2 })
  // Level 1 with the Up filter: a chart is mostly flat colour, whose rows Up turns to zeros, and
  // deflate's fastest level packs zeros as well as its slowest (measured on a 1,000-team chart:
  // ~6× faster than libpng's defaults for a file ~10% larger).
  const png = await canvas.encode('png', { compressionLevel: 1, filters: PngFilter.Up })
  // Let go of the pixels now (a 5,000-team chart at 1× is 1.3 GB of them), not when the garbage
  // collector gets to the canvas: left to it, the next export in the same process (the export
  // worker, the CLI, the bench) took 10-15 s instead of 5.5.
  canvas.width = 0
  canvas.height = 0
  onProgress({ done: 2, total: 2 })
  return png
}
