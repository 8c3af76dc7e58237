import { useEffect } from 'react'
import { useApi } from '../api/api'
import { listenOnWindow } from '../dom/listen-on-window'
import { PrintSheet } from './PrintSheet'
import { useAppStore } from '../store/store'
import { layOutPrintSheet, printChart } from './print-chart'

/**
 * Print / PDF from every place a person asks: the toolbar's menu, Ctrl/Cmd+P, File → Print to
 * PDF… in the app, and the browser's own print command (beforeprint/afterprint), which gets
 * the same sheet.
 */
export function PrintHost() {
  const api = useApi()
  const sheet = useAppStore((s) => s.printSheet)

  useEffect(() => api.onPrintRequested(() => void printChart(api)), [api])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'p') {
        // Ours, not the browser's: the sheet is laid out first, and the app has no print dialog.
        event.preventDefault()
        void printChart(api)
      }
    }
    return listenOnWindow({
      keydown: onKey,
      beforeprint: () => void layOutPrintSheet(true),
      afterprint: () => void layOutPrintSheet(false)
    })
  }, [api])

  return sheet ? <PrintSheet sheet={sheet} /> : null
}
