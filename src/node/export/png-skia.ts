import { createCanvas, GlobalFonts, Path2D } from '@napi-rs/canvas'
import type { Canvas2D, CanvasPlatform } from '../../shared/export/canvas-scene'
import { FONT_FAMILY, FONT_WEIGHTS } from '../../shared/export/fonts'
import { interTtfPaths } from './fonts'

/** Skia (@napi-rs/canvas) as the canvas drawScene paints on: its paths and layers. */
export const SKIA: CanvasPlatform = {
  path: (d) => new Path2D(d),
  layer: (width, height) => {
    const canvas = createCanvas(width, height)
    return { context: canvas.getContext('2d') as unknown as Canvas2D, image: canvas }
  }
}

let registered = false

/**
 * Inter at each weight the chart draws, under the one family name the scene uses, never the
 * system's fonts: the same pixels on every machine. Once per thread.
 */
export function registerFonts(): void {
  if (registered) return
  const paths = interTtfPaths()
  for (const weight of FONT_WEIGHTS) {
    if (!GlobalFonts.registerFromPath(paths[weight], FONT_FAMILY, { weight })) {
      throw new Error(`could not load the font ${paths[weight]}`)
    }
  }
  registered = true
}
