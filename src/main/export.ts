import { dirname, join } from 'node:path'
import {
  app,
  clipboard,
  ClipboardItem,
  dialog,
  shell,
  type BrowserWindow,
  type SaveDialogOptions
} from 'electron'
import { FORMAT_FILE, today, type ExportOptions, type ExportView } from '../shared/export/options'
import { exportFileName, type RenderedExport } from '../shared/export/render-export'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../shared/ipc/channels'
import type { ExportResult } from '../shared/ipc/contract'
import { exportInWorker, type ExportJob } from '../node/export/export-in-worker'
// electron-vite builds the worker as a file of its own beside main's bundle and gives its path.
import exportWorker from '../node/export/export-worker?modulePath'
import pngBandWorker from '../node/export/png-band-worker?modulePath'
import { writeFileAtomic } from '../node/files/write-atomic'
import { currentCatalogJson, currentCompanyName } from './catalog'
import { failure, handle, send, type Failure } from './ipc'

/**
 * Paths this process wrote in this session. "Show in folder" reveals only these: the page may
 * only point at a file main itself just exported, not probe or open arbitrary paths.
 */
const written = new Set<string>()
/** Where the last export went, so the next save dialog starts there. */
let lastFolder: string | undefined
/** The export each window is drawing now (one at a time: the dialog waits for it). */
const running = new Map<BrowserWindow, ExportJob>()

export function setupExport(): void {
  handle(INVOKE_CHANNELS.exportChart, ({ options, view }, { window }) =>
    exportChart(window, options, view)
  )
  handle(INVOKE_CHANNELS.copyPng, async ({ options, view }, { window }) => {
    if (currentCompanyName() === undefined) {
      return failure('there is no chart to copy: no catalog has loaded')
    }
    const drawn = await draw(window, view, { ...options, format: 'png' })
    if (!drawn.ok) return drawn
    const png = drawn.rendered
    // Electron 45's clipboard takes W3C-style ClipboardItems; image/png is the portable image type.
    const blob = new Blob([new Uint8Array(png.bytes)], { type: 'image/png' })
    await clipboard.write([new ClipboardItem({ 'image/png': blob })])
    return { ok: true }
  })
  handle(INVOKE_CHANNELS.cancelExport, (_request, { window }) => {
    const job = running.get(window)
    job?.cancel()
    return { ok: true, canceled: job !== undefined }
  })
  handle(INVOKE_CHANNELS.revealInFolder, ({ path }) => {
    if (!written.has(path)) {
      return failure('refused: OrgScope only shows files it exported in this session')
    }
    shell.showItemInFolder(path)
    return { ok: true }
  })
}

/** File → Export…: the page owns the dialog (options live in its view state), so ask it. */
export function requestExport(window: BrowserWindow): void {
  send(window, EVENT_CHANNELS.onExportRequested, undefined)
}

/**
 * Asks where to save (a native dialog with a name from the catalog, filter and date), renders
 * from main's own copy of the catalog on a worker thread (telling the window how far it has
 * got), and writes atomically: a canceled or failed export writes nothing.
 */
export async function exportChart(
  window: BrowserWindow,
  options: ExportOptions,
  view: ExportView
): Promise<ExportResult> {
  const company = currentCompanyName()
  if (company === undefined) return failure('there is no chart to export: no catalog has loaded')
  // Dated once, so the name the dialog suggests and the date in the footer agree.
  const dated = { ...options, date: options.date ?? today() }
  const file = FORMAT_FILE[options.format]
  const name = exportFileName(company, view, dated)
  const dialogOptions: SaveDialogOptions = {
    title: 'Export chart',
    defaultPath: join(lastFolder ?? app.getPath('documents'), name),
    filters: [{ name: file.label, extensions: [file.extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
  const choice = await dialog.showSaveDialog(window, dialogOptions)
  if (choice.canceled || !choice.filePath) return { ok: false, canceled: true }

  const drawn = await draw(window, view, dated)
  if (!drawn.ok) return drawn
  const result = await writeFileAtomic(choice.filePath, drawn.rendered.bytes)
  if (!result.ok) return result
  written.add(result.path)
  lastFolder = dirname(result.path)
  return { ok: true, path: result.path }
}

/**
 * Draws the catalog on screen on a worker thread, so this process keeps answering every window
 * meanwhile (a 5,000-team PDF is seconds of work), and passes its progress to the window that
 * asked. The catalog's JSON goes from the loader's worker to the export's, through main unparsed.
 */
async function draw(
  window: BrowserWindow,
  view: ExportView,
  options: ExportOptions
): Promise<{ ok: true; rendered: RenderedExport } | { ok: false; canceled: true } | Failure> {
  const busy = () => failure('an export is already running in this window')
  if (running.has(window)) return busy()
  const catalog = await currentCatalogJson()
  if (!catalog) {
    return failure(
      'the catalog on screen is no longer in memory',
      'reload the window (Ctrl+R) or open the catalog again, then export again'
    )
  }
  if (running.has(window)) return busy()
  const job = exportInWorker(exportWorker, catalog, view, options, {
    bandWorker: pngBandWorker,
    onProgress: (progress) => send(window, EVENT_CHANNELS.onExportProgress, progress),
    moveCatalog: true
  })
  running.set(window, job)
  try {
    const rendered = await job.result
    return rendered ? { ok: true, rendered } : { ok: false, canceled: true }
  } finally {
    running.delete(window)
  }
}
