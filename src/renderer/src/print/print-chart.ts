import { flushSync } from 'react-dom'
import type { OrgscopeApi } from '../../../shared/ipc/contract'
import { notify } from '../notices/notify'
import { selectCatalog, useAppStore } from '../store/store'
import type { Sheet } from '../store/print-slice'

type SheetWriter = typeof import('./print-sheet').printSheet

let writer: SheetWriter | undefined
let loading: Promise<SheetWriter> | undefined

/**
 * Fetches the sheet writer once: it draws with the export's SVG writer, which the first chart
 * does not need, so it lives in a chunk of its own, fetched first when the page is idle after
 * the first chart (App's prefetch list) and awaited by our own print command.
 */
export function preloadPrintSheet(): Promise<SheetWriter> {
  loading ??= import('./print-sheet').then(
    (module) => (writer = module.printSheet),
    (error: unknown) => {
      // Forget a failed download (the browser build, offline): the next print tries again.
      loading = undefined
      throw error
    }
  )
  return loading
}

/**
 * What the browser's own print command gets if it comes before the writer has arrived (it cannot
 * wait: see layOutPrintSheet): a page that says so, rather than a blank one.
 */
const NOT_READY: Sheet = {
  title: 'The chart is not ready to print yet',
  details: 'Close the print dialog and print again in a moment.',
  svg: '',
  orientation: 'landscape'
}

/**
 * Lays out (or removes) the sheet synchronously: when the browser prints on its own (its menu,
 * Playwright's page.pdf), `beforeprint` is the last moment before the page is laid out for
 * paper, and a React update scheduled for later would miss it.
 */
export function layOutPrintSheet(printing: boolean): Sheet | undefined {
  const state = useAppStore.getState()
  const catalog = selectCatalog(state)
  let sheet: Sheet | undefined
  if (printing && catalog) {
    if (!writer) void preloadPrintSheet().catch(() => undefined)
    sheet = writer ? writer(catalog, state) : NOT_READY
  }
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
  try {
    await preloadPrintSheet()
  } catch {
    inProgress = false
    notify(
      'error',
      'Could not print: the print module did not download. Check the connection and print again.'
    )
    return
  }
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
