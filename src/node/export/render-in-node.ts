import type { Catalog } from '../../shared/catalog/catalog'
import type { ExportOptions, ExportView } from '../../shared/export/options'
import {
  renderExport,
  type ExportEnvironment,
  type RenderedExport,
  type RenderSettings
} from '../../shared/export/render-export'
import { readLogoPaths } from '../technology/logo-files'
import { loadEmbeddedFonts } from './fonts'
import { pagesToPdf } from './pdf'
import { sceneToPng } from './png'

/**
 * What Node brings to an export: the WOFF2 files from @fontsource to embed in SVG and HTML,
 * Skia to draw PNG and pdfkit to write PDF (both with Inter's TTF files), and the technology
 * logos from simple-icons' files.
 */
export const NODE_EXPORT: ExportEnvironment = {
  name: 'Node',
  embeddedFonts: loadEmbeddedFonts,
  rasterize: sceneToPng,
  writePdf: pagesToPdf,
  logos: async (ids) => readLogoPaths(ids)
}

/** One export in any format, in Node: the app's main process and the CLI both call this. */
export function renderInNode(
  catalog: Catalog,
  view: ExportView,
  options: ExportOptions,
  settings?: RenderSettings
): Promise<RenderedExport> {
  return renderExport(catalog, view, options, NODE_EXPORT, settings)
}
