import type { Catalog } from '../../../shared/catalog/catalog'
import { ExportOptions, ExportView } from '../../../shared/export/options'
import { estimateExport as estimate, type ExportEstimate } from '../../../shared/export/plan-export'
import { layoutChart, type ChartLayout } from '../../../shared/export/svg'
import type { ExportRequest } from '../../../shared/ipc/contract'

export type { ExportEstimate }

/**
 * The chart an export of `view` draws, laid out: the costly part of an estimate (~0.1 s for
 * 5,000 teams), so the dialog keeps it while only the options change.
 */
export function exportLayout(catalog: Catalog, view: ExportRequest['view']): ChartLayout {
  return layoutChart(catalog, ExportView.parse(view))
}

/**
 * What an export will make, said before it is made: the planning renderExport itself runs, on
 * the same catalog, view and options, without drawing. Main's result carries only the path, so
 * the dialog learns the PNG cap and the page count here.
 */
export function estimateExport(
  catalog: Catalog,
  request: ExportRequest,
  chart?: ChartLayout
): ExportEstimate | undefined {
  // SVG and HTML have nothing to say beforehand: spare the parse.
  if (request.options.format !== 'png' && request.options.format !== 'pdf') return undefined
  const options = ExportOptions.safeParse(request.options)
  const view = ExportView.safeParse(request.view)
  if (!options.success || !view.success) return undefined
  return estimate(catalog, view.data, options.data, chart)
}
