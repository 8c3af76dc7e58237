import PDFDocument from 'pdfkit'
import SVGtoPDF from 'svg-to-pdfkit'
import { FONT_WEIGHTS, type FontWeight } from '../../shared/export/fonts'
import {
  LABEL_BAND_PT,
  PAGE_MARGIN_PT,
  planFitPage,
  type PdfLayout,
  type PdfPage
} from '../../shared/export/pdf-pages'
import type { PageDrawing, PdfMeta } from '../../shared/export/render-export'
import type { Rect } from '../../shared/export/svg'
import { interTtfPaths } from './fonts'

const LABEL_SIZE_PT = 8
const LABEL_COLOR = '#5f6368'
const GRID_COLOR = '#1a73e8'

/** A one-page PDF the size of the export SVG (the "fit" paper). */
export function svgToPdf(
  svg: string,
  size: { width: number; height: number },
  meta: PdfMeta
): Promise<Buffer> {
  const drawing = { svg, width: size.width, height: size.height }
  return pagesToPdf(planFitPage(size), () => drawing, meta)
}

/**
 * A vector PDF of the pages `layout` plans (Node's PdfWriter): pdfkit draws each page's SVG
 * through svg-to-pdfkit, with Inter's TTF files embedded (subset), so text stays selectable and
 * searchable.
 *
 * svg-to-pdfkit only knows "bold or not", which would print Medium as Regular and SemiBold as
 * Bold. Every <text> the writer emits states its numeric font-weight (see draw-node's `text`),
 * so we name each weight as its own font family here and register one file per weight.
 */
export async function pagesToPdf(
  layout: PdfLayout,
  draw: (page: PdfPage) => PageDrawing,
  meta: PdfMeta
): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    compress: true,
    info: {
      Title: meta.title,
      Creator: 'OrgScope',
      Producer: 'OrgScope (pdfkit)',
      CreationDate: meta.creationDate ?? new Date()
    }
  })
  const paths = interTtfPaths()
  for (const weight of FONT_WEIGHTS) doc.registerFont(familyFor(weight), paths[weight])

  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  for (const page of layout.pages) {
    // svg-to-pdfkit is synchronous: between pages, let the app's main process answer its
    // windows (a 5,000-team chart is 342 A4 pages, half a minute of work).
    if (page !== layout.pages[0]) await new Promise((resolve) => setImmediate(resolve))
    doc.addPage({ size: [page.width, page.height], margin: 0 })
    const drawing = draw(page)
    const width = drawing.width * page.scale
    const height = drawing.height * page.scale
    // A tile's SVG is cut from a larger chart: keep what reaches past its edge off the page.
    doc.save()
    doc.rect(page.x, page.y, width, height).clip()
    SVGtoPDF(doc, withWeightFamilies(drawing.svg), page.x, page.y, {
      width,
      height,
      // Without it svg-to-pdfkit sizes the drawing by its own width and height attributes
      // (1 px = 0.75 pt) and ignores the box it is given.
      preserveAspectRatio: 'xMinYMin meet',
      fontCallback: (family: string) =>
        FONT_WEIGHTS.some((w) => familyFor(w) === family) ? family : familyFor(400),
      warningCallback: (warning: string) => {
        // The writer only emits what svg-to-pdfkit supports; a warning means that changed.
        throw new Error(`PDF conversion: ${warning}`)
      }
    })
    doc.restore()
    if (page.kind === 'overview' && layout.tiles) drawTileGrid(doc, page, layout.tiles.rects)
    if (page.label) drawLabel(doc, page, meta.title)
  }
  doc.end()
  return done
}

/** On the overview: where each following page lies, outlined and numbered. */
function drawTileGrid(doc: PDFKit.PDFDocument, page: PdfPage, rects: Rect[]) {
  rects.forEach((rect, i) => {
    const x = page.x + rect.x * page.scale
    const y = page.y + rect.y * page.scale
    doc
      .save()
      .lineWidth(0.75)
      .dash(3, { space: 2 })
      .strokeColor(GRID_COLOR)
      .strokeOpacity(0.8)
      .rect(x, y, rect.width * page.scale, rect.height * page.scale)
      .stroke()
      .restore()
    doc
      .font(familyFor(600))
      .fontSize(LABEL_SIZE_PT)
      .fillColor(GRID_COLOR)
      .text(String(i + 2), x + 2, y + 2, { lineBreak: false })
  })
}

/** The document's title at the left of the band under the chart, the page label at its right. */
function drawLabel(doc: PDFKit.PDFDocument, page: PdfPage, title: string) {
  const y = page.height - PAGE_MARGIN_PT - LABEL_BAND_PT + (LABEL_BAND_PT - LABEL_SIZE_PT) / 2
  const width = page.width - 2 * PAGE_MARGIN_PT
  doc.font(familyFor(400)).fontSize(LABEL_SIZE_PT).fillColor(LABEL_COLOR)
  const labelWidth = doc.widthOfString(page.label!)
  doc.text(page.label!, PAGE_MARGIN_PT + width - labelWidth, y, { lineBreak: false })
  const room = width - labelWidth - 16
  if (room > 40) {
    doc.text(title, PAGE_MARGIN_PT, y, { width: room, lineBreak: false, ellipsis: true })
  }
}

function familyFor(weight: FontWeight): string {
  return `Inter-${weight}`
}

/** `font-weight="600"` → also `font-family="Inter-600"`, for svg-to-pdfkit's font lookup. */
function withWeightFamilies(svg: string): string {
  return svg.replace(/ font-weight="(\d+)"/g, (_match, weight: string) => {
    const nearest = FONT_WEIGHTS.reduce((best, w) =>
      Math.abs(w - Number(weight)) < Math.abs(best - Number(weight)) ? w : best
    )
    return ` font-weight="${weight}" font-family="${familyFor(nearest)}"`
  })
}
