import PDFDocument from 'pdfkit'
import SVGtoPDF from 'svg-to-pdfkit'
import { FONT_WEIGHTS, type FontWeight } from '../../shared/export/fonts'
import { interTtfPaths } from './fonts'

/** CSS pixels to PDF points: 96 px = 72 pt, so the page is the chart's size in print terms. */
const PX_TO_PT = 72 / 96

export interface PdfMeta {
  title: string
  /** Fixed for reproducible files in tests; defaults to now. */
  creationDate?: Date
}

/**
 * A one-page vector PDF fitted to the export SVG: pdfkit draws it through svg-to-pdfkit, with
 * Inter's TTF files embedded (subset), so text stays selectable and searchable text.
 *
 * svg-to-pdfkit only knows "bold or not", which would print Medium as Regular and SemiBold as
 * Bold. Every <text> the writer emits states its numeric font-weight (see draw-node's `text`),
 * so we name each weight as its own font family here and register one file per weight.
 */
export function svgToPdf(
  svg: string,
  size: { width: number; height: number },
  meta: PdfMeta
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [size.width * PX_TO_PT, size.height * PX_TO_PT],
    margin: 0,
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
  SVGtoPDF(doc, withWeightFamilies(svg), 0, 0, {
    width: size.width * PX_TO_PT,
    height: size.height * PX_TO_PT,
    fontCallback: (family: string) =>
      FONT_WEIGHTS.some((w) => familyFor(w) === family) ? family : familyFor(400),
    warningCallback: (warning: string) => {
      // The writer only emits what svg-to-pdfkit supports; a warning means that changed.
      throw new Error(`PDF conversion: ${warning}`)
    }
  })
  doc.end()
  return done
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
