import { loadLogos } from '../technology/load-logos'
import { toBase64, WORKER_ENVIRONMENT } from '../workers/worker-environment'
import { workerScope } from '../workers/worker-scope'
import type { FromPreviewWorker, ToPreviewWorker } from './preview-protocol'
import { PreviewSession, type RasterizePreview } from './preview-session'

/**
 * The smallest text the preview's picture draws as letters, in its pixels: below it letters are a
 * smudge (a 30,000-team guide's chart is drawn at a 25th of its size), drawn as bars, which is
 * what took its 11 s.
 */
const LEGIBLE_TEXT_PX = 3

const scope = workerScope<ToPreviewWorker, FromPreviewWorker>()

/** A large chart as a PNG, drawn on an OffscreenCanvas as the browser build's PNG export is. */
const rasterize: RasterizePreview = async (scene, size) => {
  const png = await WORKER_ENVIRONMENT.rasterize(scene, size, () => undefined, {
    greekTextBelow: LEGIBLE_TEXT_PX
  })
  return `data:image/png;base64,${toBase64(png)}`
}

const session = new PreviewSession((message) => scope.postMessage(message), loadLogos, {
  rasterize: typeof OffscreenCanvas === 'function' ? rasterize : undefined,
  fonts: WORKER_ENVIRONMENT.embeddedFonts
})

/**
 * The import preview's worker: imports the chosen files, draws the chart and makes the catalog's
 * YAML off the page's thread, so a large guide never freezes the window (a 10 MB guide is
 * seconds of work). The page terminates it on Cancel, or when a new choice supersedes a running
 * import.
 */
scope.onmessage = ({ data }) => session.handle(data)
