import type { Catalog } from '../../../shared/catalog/catalog'
import { ExportOptions, today } from '../../../shared/export/options'
import { writeSvg } from '../../../shared/export/svg'
import { bestOrientation } from '../../../shared/print/paper'
import { describeLens, focusName } from '../present/describe-view'
import { exportSubject } from '../store/compare-slice'
import type { Sheet } from '../store/print-slice'
import type { AppState } from '../store/store'
import { loadedLogos } from '../technology/logo-store'

/**
 * The print sheet for the view on screen: the export's SVG writer output (the same vector
 * drawing as SVG, PNG and PDF export: real text, nothing rasterized) for the current lens,
 * focus, open teams and layout, in the light theme without a background (paper is white), and
 * the page orientation in which it prints largest. A comparison prints as one, with its key.
 */
export function printSheet(catalog: Catalog, view: AppState): Sheet {
  // During a comparison, the comparison: its union, marks and the key to them.
  const subject = exportSubject(view, catalog)
  const drawing = writeSvg(
    subject.catalog,
    {
      collapsed: [...view.collapsed],
      layoutKind: view.layoutKind,
      lens: view.lens,
      hideNonMatches: view.hideNonMatches,
      focusId: view.focusId,
      relations: view.showRelations,
      compare: subject.compare
    },
    ExportOptions.parse({
      format: 'svg',
      theme: 'light',
      background: 'transparent',
      legend: true,
      footer: false
    }),
    undefined,
    // The logos the chips on screen have loaded: the sheet shows the chart as the screen does.
    loadedLogos()
  )
  const focus = focusName(catalog, view.focusId)
  const lens = describeLens(view.lens)
  const date = new Date(`${today()}T00:00:00`).toLocaleDateString(undefined, { dateStyle: 'long' })
  return {
    title: `${catalog.company.name} engineering`,
    details: [focus && `Focus: ${focus}`, lens && `Highlighting ${lens}`, date]
      .filter(Boolean)
      .join(' · '),
    // Inline in HTML: the XML declaration has no place there.
    svg: drawing.svg.replace(/^<\?xml[^>]*>\s*/, ''),
    orientation: bestOrientation(drawing)
  }
}
