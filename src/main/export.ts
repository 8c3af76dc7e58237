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
import { exportFileName } from '../shared/export/render-export'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../shared/ipc/channels'
import type { ExportResult } from '../shared/ipc/contract'
import { renderInNode } from '../node/export/render-in-node'
import { writeFileAtomic } from '../node/files/write-atomic'
import { currentCatalog } from './catalog'
import { failure, handle, send } from './ipc'

/**
 * Paths this process wrote in this session. "Show in folder" reveals only these: the page may
 * only point at a file main itself just exported, not probe or open arbitrary paths.
 */
const written = new Set<string>()
/** Where the last export went, so the next save dialog starts there. */
let lastFolder: string | undefined

export function setupExport(): void {
  handle(INVOKE_CHANNELS.exportChart, ({ options, view }, { window }) =>
    exportChart(window, options, view)
  )
  handle(INVOKE_CHANNELS.copyPng, async ({ options, view }) => {
    const catalog = currentCatalog()
    if (!catalog) return failure('there is no chart to copy: no catalog has loaded')
    const png = await renderInNode(catalog, view, { ...options, format: 'png' })
    // Electron 45's clipboard takes W3C-style ClipboardItems; image/png is the portable image type.
    const blob = new Blob([new Uint8Array(png.bytes)], { type: 'image/png' })
    await clipboard.write([new ClipboardItem({ 'image/png': blob })])
    return { ok: true }
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
 * from main's own copy of the catalog, and writes atomically.
 */
export async function exportChart(
  window: BrowserWindow,
  options: ExportOptions,
  view: ExportView
): Promise<ExportResult> {
  const catalog = currentCatalog()
  if (!catalog) return failure('there is no chart to export: no catalog has loaded')
  // Dated once, so the name the dialog suggests and the date in the footer agree.
  const dated = { ...options, date: options.date ?? today() }
  const file = FORMAT_FILE[options.format]
  const name = exportFileName(catalog, view, dated)
  const dialogOptions: SaveDialogOptions = {
    title: 'Export chart',
    defaultPath: join(lastFolder ?? app.getPath('documents'), name),
    filters: [{ name: file.label, extensions: [file.extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
  const choice = await dialog.showSaveDialog(window, dialogOptions)
  if (choice.canceled || !choice.filePath) return { ok: false, canceled: true }

  const rendered = await renderInNode(catalog, view, dated)
  const result = await writeFileAtomic(choice.filePath, rendered.bytes)
  if (!result.ok) return result
  written.add(result.path)
  lastFolder = dirname(result.path)
  return { ok: true, path: result.path }
}
