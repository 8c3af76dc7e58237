import type { Catalog } from '../catalog/catalog'
import type { ExportOptions, ExportView } from './options'
import { describePdfLayout, pdfNotice, planPdfPages, type PdfLayout } from './pdf-pages'
import {
  grouped,
  RASTER_LIMITS,
  rasterNotice,
  rasterSize,
  type RasterLimits,
  type RasterSize
} from './raster-size'
import { planSvg, type ChartLayout, type SvgPlan } from './svg'

/** What a PNG or PDF export will be, worked out from the layout before anything is drawn. */
export interface ExportEstimate {
  /** What the file will be: "1,496 × 2,112 px", "A4 portrait: 7 pages — …". */
  summary: string
  /** What differs from what was asked (a PNG made smaller, and why). */
  notice?: string
}

/** A PNG's size, lowered to the raster limits, decided from the document size alone. */
export function planPng(
  plan: SvgPlan,
  scale: number,
  limits: RasterLimits = RASTER_LIMITS
): ExportEstimate & { size: RasterSize } {
  const size = rasterSize(plan, scale, limits)
  return {
    size,
    summary: `${grouped(size.width)} × ${grouped(size.height)} px`,
    notice: rasterNotice(size, limits)
  }
}

/** A PDF's pages: one, or an overview and tiles on A4 or Letter. */
export function planPdf(
  plan: SvgPlan,
  options: ExportOptions
): ExportEstimate & { layout: PdfLayout } {
  const layout = planPdfPages(plan, options.paper, options.orientation)
  return { layout, summary: describePdfLayout(layout), notice: pdfNotice(layout) }
}

/**
 * What a PNG or PDF export of `view` will be, said before it is made: the planning renderExport
 * itself does, so the export dialog and the file cannot disagree. `chart` may be passed in when
 * the caller already laid out this catalog and view (the costly part).
 */
export function estimateExport(
  catalog: Catalog,
  view: ExportView,
  options: ExportOptions,
  chart?: ChartLayout
): ExportEstimate | undefined {
  if (options.format !== 'png' && options.format !== 'pdf') return undefined
  const plan = planSvg(catalog, view, options, chart)
  const { summary, notice } =
    options.format === 'png' ? planPng(plan, options.scale) : planPdf(plan, options)
  return { summary, notice }
}
