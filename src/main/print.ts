import { dirname, join } from 'node:path'
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron'
import { defaultFileName } from '../shared/export/file-name'
import { today } from '../shared/export/options'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../shared/ipc/channels'
import type { PrintResult, Request } from '../shared/ipc/contract'
import { paperForRegion, type Paper } from '../shared/print/paper'
import { currentCompanyName } from './catalog'
import { writeFileAtomic } from '../node/files/write-atomic'
import { failure, handle, send } from './ipc'

/**
 * File → Print to PDF…: Chromium prints the page itself (webContents.printToPDF), with its print
 * stylesheet: no chrome, the chart alone filling the page under a large title. The page
 * lays that sheet out before it asks (see the renderer's print/), so main only prints and saves.
 */
let lastFolder: string | undefined

export function setupPrint(): void {
  handle(INVOKE_CHANNELS.printToPdf, (request, { window }) => printToPdf(window, request))
}

/** The menu item: the page prepares its print sheet, then calls printToPdf. */
export function requestPrint(window: BrowserWindow): void {
  send(window, EVENT_CHANNELS.onPrintRequested, undefined)
}

/** A4 in most of the world, Letter where that is the usual paper (the OS region says which). */
export function paperForUser(): Paper {
  return paperForRegion(app.getLocaleCountryCode() || app.getLocale())
}

export async function printToPdf(
  window: BrowserWindow,
  { technologies, landscape = true }: Request<typeof INVOKE_CHANNELS.printToPdf>
): Promise<PrintResult> {
  const company = currentCompanyName()
  if (company === undefined) return failure('there is no chart to print: no catalog has loaded')
  const name = defaultFileName(company, technologies ?? [], today(), 'pdf')
  const options: SaveDialogOptions = {
    title: 'Print to PDF',
    defaultPath: join(lastFolder ?? app.getPath('documents'), name),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
  // Ask first: a cancel costs nothing, and the page is not held in its print layout meanwhile.
  const choice = await dialog.showSaveDialog(window, options)
  if (choice.canceled || !choice.filePath) return { ok: false, canceled: true }

  let pdf: Buffer
  try {
    pdf = await window.webContents.printToPDF({
      landscape,
      pageSize: paperForUser(),
      // The chart's card fills and lens colours are backgrounds: without this they vanish.
      printBackground: true,
      // The print stylesheet sets its own margins (and the browser build's @page rule).
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      preferCSSPageSize: false,
      generateTaggedPDF: true
    })
  } catch (error) {
    return failure(
      `could not print the chart: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  const written = await writeFileAtomic(choice.filePath, pdf)
  if (!written.ok) return written
  lastFolder = dirname(written.path)
  return { ok: true, path: written.path }
}
