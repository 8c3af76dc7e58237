import { app } from 'electron'
import { INVOKE_CHANNELS } from '../shared/ipc/channels'
import { readViews, viewsPaths, writeViews, type ViewsPaths } from '../node/persist/views-file'
import { bundledPath, currentCatalogPath, currentCompanyName } from './catalog'
import { failure, handle } from './ipc'

/**
 * Saved views over IPC, for the catalog main has open: the file rules (beside the catalog, or
 * in the data folder) are in src/node/persist/views-file.ts.
 */
export function setupViews(): void {
  handle(INVOKE_CHANNELS.loadViews, () => readViews(currentViewsPaths()))
  handle(INVOKE_CHANNELS.saveViews, ({ catalog, views }) => {
    // Compared, never used as a path: main writes only beside the catalog it loaded itself.
    if (catalog !== currentCatalogPath()) {
      return failure(
        'another catalog was opened before these views were saved; they were not written'
      )
    }
    return writeViews(currentViewsPaths(), views, currentCompanyName())
  })
}

function currentViewsPaths(): ViewsPaths {
  const path = currentCatalogPath()
  return viewsPaths(path, app.getPath('userData'), path === bundledPath())
}
