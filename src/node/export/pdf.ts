import PDFDocument from 'pdfkit'
import { FONT_WEIGHTS, type FontWeight } from '../../shared/export/fonts'
import {
  LABEL_BAND_PT,
  PAGE_MARGIN_PT,
  planFitPage,
  type PdfLayout,
  type PdfPage
} from '../../shared/export/pdf-pages'
import type { PdfMeta, ProgressListener } from '../../shared/export/render-export'
import type { Rect, Scene } from '../../shared/export/scene'
import { interTtfPaths } from './fonts'
import { PdfSceneWriter, type PdfDocumentLike } from './pdf-scene'

const LABEL_SIZE_PT = 8
const LABEL_COLOR = '#5f6368'
const GRID_COLOR = '#1a73e8'

/** A one-page PDF the size of a scene (the "fit" paper). */
export function sceneToPdf(scene: Scene, meta: PdfMeta): Promise<Buffer> {
  return pagesToPdf(planFitPage(scene), () => scene, meta)
}

/**
 * A vector PDF of the pages `layout` plans (Node's PdfWriter): each page's scene written as PDF
 * content (pdf-scene.ts), with Inter's TTF files embedded once per weight (subset to the glyphs
 * used), so text stays real, selectable and searchable.
 */
export async function pagesToPdf(
  layout: PdfLayout,
  draw: (page: PdfPage) => Scene,
  meta: PdfMeta,
  onProgress: ProgressListener = () => undefined
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
  const writer = new PdfSceneWriter(doc as unknown as PdfDocumentLike, familyFor)
  const total = layout.pages.length
  onProgress({ done: 0, total })
  layout.pages.forEach((page, i) => {
    doc.addPage({ size: [page.width, page.height], margin: 0 })
    // A tile's scene is cut from a larger chart: the writer clips what reaches past its edge.
    writer.drawScene(draw(page), page.x, page.y, page.scale)
    if (page.kind === 'overview' && layout.tiles) drawTileGrid(doc, page, layout.tiles.rects)
    if (page.label) drawLabel(doc, page, meta.title)
    onProgress({ done: i + 1, total })
  })
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

/** Each weight of Inter is its own font file, registered under its own name. */
function familyFor(weight: FontWeight): string {
  return `Inter-${weight}`
}
