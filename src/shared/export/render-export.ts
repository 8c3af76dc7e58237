import type { Catalog } from '../../shared/catalog/catalog'
import { writeHtml } from '../../shared/export/html'
import {
  FORMAT_FILE,
  today,
  type ExportOptions,
  type ExportView
} from '../../shared/export/options'
import {
  describePdfLayout,
  pdfNotice,
  planPdfPages,
  tileNodes
} from '../../shared/export/pdf-pages'
import {
  RASTER_LIMITS,
  rasterNotice,
  rasterSize,
  type RasterLimits
} from '../../shared/export/raster-size'
import { drawSvg, drawTileSvg, planSvg, writeSvg } from '../../shared/export/svg'
import { loadEmbeddedFonts } from './fonts'
import { pagesToPdf } from './pdf'
import { svgToPng } from './png'

export interface RenderedExport {
  bytes: Buffer
  mime: string
  extension: string
  /** Size of the picture: pixels for PNG, CSS pixels for the others. */
  width: number
  height: number
  /** PNG: the scale drawn at, which is less than the one asked for when a limit lowered it. */
  scale?: number
  /** PDF: how many pages, and how they are laid out ("A4 portrait: 7 pages — …"). */
  pages?: number
  layout?: string
  /** What the person should know about the file: a PNG made smaller than asked, and why. */
  notice?: string
}

export interface RenderSettings {
  /** How large a PNG may be; tests pass small limits to exercise the cap on a small chart. */
  rasterLimits?: RasterLimits
}

/**
 * One export in any format, in Node (the app's main process and the CLI share it). Everything
 * starts from the SVG writer: PNG rasterizes its output, PDF converts it page by page, HTML
 * embeds it. Fonts are embedded only where a browser will read the file (SVG, HTML); resvg and
 * pdfkit get the TTFs.
 */
export async function renderExport(
  catalog: Catalog,
  view: ExportView,
  options: ExportOptions,
  { rasterLimits = RASTER_LIMITS }: RenderSettings = {}
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
      const plan = planSvg(catalog, view, resolved)
      // Decided before drawing, from the document size alone: an over-large bitmap is never made.
      const size = rasterSize(plan, options.scale, rasterLimits)
      const png = await svgToPng(drawSvg(plan), size.scale)
      return {
        ...result(png, size.width, size.height),
        scale: size.scale,
        notice: rasterNotice(size, rasterLimits)
      }
    }
    case 'pdf': {
      const plan = planSvg(catalog, view, resolved)
      const layout = planPdfPages(plan, options.paper, options.orientation)
      const title = options.title || `${catalog.company.name} organization chart`
      const nodesOf = tileNodes(layout, plan.layout.nodes)
      let whole: string | undefined
      const pdf = await pagesToPdf(
        layout,
        (page) =>
          page.crop
            ? { svg: drawTileSvg(plan, page.crop, nodesOf(page)), ...page.crop }
            : { svg: (whole ??= drawSvg(plan)), width: plan.width, height: plan.height },
        { title }
      )
      return {
        ...result(pdf, plan.width, plan.height),
        pages: layout.pages.length,
        layout: describePdfLayout(layout),
        notice: pdfNotice(layout)
      }
    }
  }
}
