import { renderAsync } from '@resvg/resvg-js'
import { FONT_FAMILY } from '../../shared/export/fonts'
import { interTtfPaths } from './fonts'

/**
 * PNG from the export SVG, rasterized by resvg: the same pixels on every machine, because it
 * reads only the Inter TTF files we ship (system fonts off) and no network. It runs on a worker
 * thread (renderAsync), so the app's main process stays responsive during a large export.
 */
export async function svgToPng(svg: string, scale: number): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: Object.values(interTtfPaths()),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY
    },
    // The SVG draws its own background (or none, for a transparent export).
    shapeRendering: 2,
    textRendering: 2,
    logLevel: 'error'
  })
  return image.asPng()
}
