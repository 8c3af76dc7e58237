import type { Catalog } from '../../../shared/catalog/catalog'
import { ExportOptions, ExportView } from '../../../shared/export/options'
import { describePdfLayout, pdfNotice, planPdfPages } from '../../../shared/export/pdf-pages'
import { grouped, rasterNotice, rasterSize } from '../../../shared/export/raster-size'
import { layoutChart, planSvg, type ChartLayout } from '../../../shared/export/svg'
import type { ExportRequest } from '../../../shared/ipc/contract'

export interface ExportEstimate {
  /** What the file will be: "1,496 × 2,112 px", "A4 portrait: 7 pages — …". */
  summary: string
  /** Why it differs from what was asked, as main will decide it (a PNG scaled down). */
  notice?: string
}

/**
 * The chart an export of `view` draws, laid out: the costly part of an estimate (~0.1 s for
 * 5,000 teams), so the dialog keeps it while only the options change.
 */
export function exportLayout(catalog: Catalog, view: ExportRequest['view']): ChartLayout {
  return layoutChart(catalog, ExportView.parse(view))
}

/**
 * What an export will make, said before it is made: the same planning functions main runs
 * (planSvg, rasterSize, planPdfPages) on the same catalog, view and options, without drawing.
 * Main's result carries only the path, so the dialog learns the PNG cap and the page count here.
 */
export function estimateExport(
  catalog: Catalog,
  request: ExportRequest,
  chart?: ChartLayout
): ExportEstimate | undefined {
  const format = request.options.format
  if (format !== 'png' && format !== 'pdf') return undefined
  const options = ExportOptions.safeParse(request.options)
  const view = ExportView.safeParse(request.view)
  if (!options.success || !view.success) return undefined
  const plan = planSvg(catalog, view.data, options.data, chart)
  if (format === 'pdf') {
    const layout = planPdfPages(plan, options.data.paper, options.data.orientation)
    return { summary: describePdfLayout(layout), notice: pdfNotice(layout) }
  }
  const size = rasterSize(plan, options.data.scale)
  return {
    summary: `${grouped(size.width)} × ${grouped(size.height)} px`,
    notice: rasterNotice(size)
  }
}
