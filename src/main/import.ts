import { readFile, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron'
import { importSizeProblem } from '../shared/catalog/size-limit'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../shared/ipc/channels'
import type { ImportFiles, Request, SaveImportResult } from '../shared/ipc/contract'
import { IMPORT_EXTENSIONS } from '../shared/sources/import-extensions'
import { describeFsError } from '../node/catalog/load-file'
import { writeFileAtomic } from '../node/files/write-atomic'
import { openCatalogPath } from './catalog'
import { handle, send } from './ipc'

let lastFolder: string | undefined

/** The import preview's Accept: main asks where, and writes; the page never names a path. */
export function setupImport(): void {
  handle(INVOKE_CHANNELS.saveImport, (request, { window }) =>
    saveImport(request, (options) => dialog.showSaveDialog(window, options))
  )
}

/**
 * File → Import…: asks which files (a guide, a spreadsheet, Backstage entity files, with the
 * mapping saved beside an earlier import if the user likes), reads them and hands them to the
 * page, which previews the import as it does for its toolbar's Import…. (The page cannot open a
 * file chooser itself from a menu: Chromium shows one only after a click in the page.)
 */
export async function requestImport(window: BrowserWindow): Promise<void> {
  const choice = await dialog.showOpenDialog(window, {
    title: 'Import a team guide, a spreadsheet or Backstage entity files',
    defaultPath: lastFolder ?? app.getPath('documents'),
    properties: ['openFile', 'multiSelections'],
    filters: [
      {
        name: 'Team guide, spreadsheet or Backstage files',
        extensions: IMPORT_EXTENSIONS.map((extension) => extension.slice(1))
      },
      { name: 'All files', extensions: ['*'] }
    ]
  })
  if (choice.canceled || choice.filePaths.length === 0) return
  const paths = choice.filePaths
  const warn = (message: string, detail?: string) =>
    dialog.showMessageBox(window, { type: 'warning', message, ...(detail && { detail }) })
  // `read` for each file in turn: a file gone or unreadable since the dialog listed it is named
  // in a warning, and the import stops there.
  const each = async <T>(read: (path: string) => Promise<T>): Promise<T[] | undefined> => {
    const results: T[] = []
    for (const path of paths) {
      try {
        results.push(await read(path))
      } catch (error) {
        const [message, hint] = describeFsError(error)
        await warn(`Cannot import ${basename(path)}: ${message}`, hint)
        return undefined
      }
    }
    return results
  }
  const sizes = await each(async (path) => (await stat(path)).size)
  if (!sizes) return
  const tooLarge = importSizeProblem(
    basename(paths[0]),
    sizes.reduce((sum, size) => sum + size, 0)
  )
  if (tooLarge) {
    await warn(`Cannot import: ${tooLarge.message}`, tooLarge.hint)
    return
  }
  const files: ImportFiles['files'] | undefined = await each(async (path) => ({
    name: basename(path),
    bytes: new Uint8Array(await readFile(path))
  }))
  if (!files) return
  send(window, EVENT_CHANNELS.onImportRequested, { files })
}

/**
 * Saves an imported catalog where the user chooses (a save dialog that confirms a replace), then
 * the mapping of roles beside it under its own name (`teams.import.json`), both atomically: the
 * catalog and the choices that made it stay together, and a re-import that is given the mapping
 * repeats them. The mapping is written only once the catalog is.
 */
export async function saveImport(
  request: Request<typeof INVOKE_CHANNELS.saveImport>,
  ask: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>
): Promise<SaveImportResult> {
  const choice = await ask({
    title: `Save the catalog imported from ${request.source}`,
    defaultPath: join(lastFolder ?? app.getPath('documents'), request.catalogName),
    filters: [{ name: 'OrgScope catalog', extensions: ['yaml', 'yml'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  })
  if (choice.canceled || !choice.filePath) return { ok: false, canceled: true }
  const written = await writeFileAtomic(choice.filePath, request.catalog)
  if (!written.ok) return written
  lastFolder = dirname(written.path)
  const mapping = await writeFileAtomic(
    join(dirname(written.path), request.mappingName),
    request.mapping
  )
  if (!mapping.ok) {
    return {
      ok: false,
      errors: mapping.errors.map((error) => ({
        ...error,
        message: `the catalog was saved, but not the import choices beside it: ${error.message}`
      }))
    }
  }
  // The page shows the saved catalog now: it becomes main's current one too, so exports, print,
  // saved views and live reload follow it rather than the catalog shown before the import.
  await openCatalogPath(written.path)
  return { ok: true, path: written.path }
}
