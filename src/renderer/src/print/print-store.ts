import { flushSync } from 'react-dom'
import { create } from 'zustand'
import type { OrgscopeApi } from '../../../shared/ipc/contract'
import { notify } from '../notices/notices-store'
import { useViewStore } from '../store/store'
import { printSheet, type Sheet } from './print-sheet'

/**
 * The print sheet while printing. It is drawn only around a print (it is the whole chart as
 * vector SVG: cheap once, wasteful on every lens click), and hidden on screen even then.
 */
interface PrintState {
  sheet?: Sheet
}

export const usePrintStore = create<PrintState>()(() => ({}))

/**
 * Lays out (or removes) the sheet synchronously: when the browser prints on its own (its menu,
 * Playwright's page.pdf), `beforeprint` is the last moment before the page is laid out for
 * paper, and a React update scheduled for later would miss it.
 */
export function layOutPrintSheet(printing: boolean): Sheet | undefined {
  const state = useViewStore.getState()
  const catalog = state.result?.ok ? state.result.catalog : undefined
  const sheet = printing && catalog ? printSheet(catalog, state) : undefined
  flushSync(() => usePrintStore.setState({ sheet }))
  return sheet
}

let inProgress = false

/**
 * Print to PDF: lay out the sheet, ask the app to print it (in the app: a save dialog, then
 * Chromium's printToPDF; in the browser: its print dialog), put the page back, say where it went.
 */
export async function printChart(api: OrgscopeApi): Promise<void> {
  if (inProgress) return
  inProgress = true
  const sheet = layOutPrintSheet(true)
  try {
    const result = await api.printToPdf({
      technologies: useViewStore.getState().lens.technologies,
      landscape: sheet?.orientation !== 'portrait'
    })
    if (!result.ok && 'errors' in result) {
      notify('error', `Could not print: ${result.errors[0]?.message ?? 'unknown error'}`)
    } else if (result.ok && 'path' in result) {
      notify('info', `Saved the PDF: ${result.path}`)
    }
  } finally {
    inProgress = false
    layOutPrintSheet(false)
  }
}
