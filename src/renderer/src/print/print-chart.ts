import { flushSync } from 'react-dom'
import type { OrgscopeApi } from '../../../shared/ipc/contract'
import { notify } from '../notices/notify'
import { selectCatalog, useAppStore } from '../store/store'
import type { Sheet } from '../store/print-slice'
import { printSheet } from './print-sheet'

/**
 * Lays out (or removes) the sheet synchronously: when the browser prints on its own (its menu,
 * Playwright's page.pdf), `beforeprint` is the last moment before the page is laid out for
 * paper, and a React update scheduled for later would miss it.
 */
export function layOutPrintSheet(printing: boolean): Sheet | undefined {
  const state = useAppStore.getState()
  const catalog = selectCatalog(state)
  const sheet = printing && catalog ? printSheet(catalog, state) : undefined
  flushSync(() => state.setPrintSheet(sheet))
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
      technologies: useAppStore.getState().lens.technologies,
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
