import './print.css'
import { createPortal } from 'react-dom'
import type { Sheet } from '../store/print-slice'

/**
 * What goes on paper: a large title, a line saying what is shown, and the chart filling the rest
 * of the page. Portaled to <body> beside the app, so the print stylesheet can drop the whole app
 * (toolbar, panels, the interactive chart) and print only this.
 */
export function PrintSheet({ sheet }: { sheet: Sheet }) {
  return createPortal(
    <div className="print-sheet" data-testid="print-sheet">
      {/* The page box follows the chart's shape; margins are the sheet's own padding. */}
      <style>{`@page { size: ${sheet.orientation}; margin: 0; }`}</style>
      <header className="print-sheet__header">
        <h1 className="print-sheet__title">{sheet.title}</h1>
        <p className="print-sheet__details">{sheet.details}</p>
      </header>
      {/* The writer escapes every catalog string it puts in the SVG (shared/export/xml.ts). */}
      <div className="print-sheet__chart" dangerouslySetInnerHTML={{ __html: sheet.svg }} />
    </div>,
    document.body
  )
}
