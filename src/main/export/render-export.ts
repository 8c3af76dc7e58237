import type { Catalog } from '../../shared/catalog/catalog'
import { writeHtml } from '../../shared/export/html'
import {
  FORMAT_FILE,
  today,
  type ExportOptions,
  type ExportView
} from '../../shared/export/options'
import { writeSvg } from '../../shared/export/svg'
import { loadEmbeddedFonts } from './fonts'
import { svgToPdf } from './pdf'
import { svgToPng } from './png'

export interface RenderedExport {
  bytes: Buffer
  mime: string
  extension: string
  /** Size of the picture: pixels for PNG, CSS pixels for the others. */
  width: number
  height: number
}

/**
 * One export in any format, in Node (the app's main process and the CLI share it). Everything
 * starts from writeSvg: PNG and PDF rasterize or convert its output, HTML embeds it. Fonts are
 * embedded only where a browser will read the file (SVG, HTML); resvg and pdfkit get the TTFs.
 */
export async function renderExport(
  catalog: Catalog,
  view: ExportView,
  options: ExportOptions
): Promise<RenderedExport> {
  const resolved = { ...options, date: options.date ?? today() }
  const file = FORMAT_FILE[options.format]
  const result = (bytes: Buffer, width: number, height: number): RenderedExport => ({
    bytes,
    mime: file.mime,
    extension: file.extension,
    width,
    height
  })
  switch (options.format) {
    case 'svg': {
      const drawing = writeSvg(catalog, view, resolved, await loadEmbeddedFonts())
      return result(Buffer.from(drawing.svg, 'utf8'), drawing.width, drawing.height)
    }
    case 'html': {
      const drawing = writeSvg(catalog, view, resolved, await loadEmbeddedFonts())
      const html = writeHtml(catalog, drawing, { title: options.title, theme: options.theme })
      return result(Buffer.from(html, 'utf8'), drawing.width, drawing.height)
    }
    case 'png': {
      const drawing = writeSvg(catalog, view, resolved)
      const png = await svgToPng(drawing.svg, options.scale)
      return result(
        png,
        Math.round(drawing.width * options.scale),
        Math.round(drawing.height * options.scale)
      )
    }
    case 'pdf': {
      const drawing = writeSvg(catalog, view, resolved)
      const title = options.title || `${catalog.company.name} organization chart`
      const pdf = await svgToPdf(drawing.svg, drawing, { title })
      return result(pdf, drawing.width, drawing.height)
    }
  }
}
