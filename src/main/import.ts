import { dirname, join } from 'node:path'
import { app, dialog, type SaveDialogOptions } from 'electron'
import { INVOKE_CHANNELS } from '../shared/ipc/channels'
import type { Request, SaveImportResult } from '../shared/ipc/contract'
import { writeFileAtomic } from '../node/files/write-atomic'
import { handle } from './ipc'

let lastFolder: string | undefined

/** The import preview's Accept: main asks where, and writes; the page never names a path. */
export function setupImport(): void {
  handle(INVOKE_CHANNELS.saveImport, (request, { window }) =>
    saveImport(request, (options) => dialog.showSaveDialog(window, options))
  )
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
  return { ok: true, path: written.path }
}
