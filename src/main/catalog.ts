import { basename, dirname, resolve } from 'node:path'
import { app, dialog, type BrowserWindow, type OpenDialogOptions } from 'electron'
import type { Catalog } from '../shared/catalog/catalog'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../shared/ipc/channels'
import type { CatalogResult, OpenCatalogResult } from '../shared/ipc/contract'
import { bundledCatalogPath, loadCatalogFile } from './catalog/load-file'
import { handle, send } from './ipc'

/** The catalog on screen. Chosen lazily: the command line, else the bundled Teleport catalog. */
let currentPath: string | undefined
/**
 * The last catalog that loaded: the one the page shows (a file that fails to load never replaces
 * it there). Exports draw from this copy, never from chart data the page sends.
 */
let lastLoaded: Catalog | undefined

export function currentCatalog(): Catalog | undefined {
  return lastLoaded
}

export function setupCatalog(): void {
  handle(INVOKE_CHANNELS.loadCatalog, () => loadCatalog(currentCatalogPath()))
  handle(INVOKE_CHANNELS.openCatalog, (_request, { window }) => openCatalog(window))
}

/** File → Open…: same as the API's openCatalog, but the result is pushed to the page. */
export async function openCatalogFromMenu(window: BrowserWindow): Promise<void> {
  const result = await openCatalog(window)
  if ('canceled' in result) return
  send(window, EVENT_CHANNELS.onCatalogChanged, result)
}

export function currentCatalogPath(): string {
  currentPath ??=
    catalogPathFromArgs(process.argv, Boolean(process.defaultApp)) ??
    bundledCatalogPath(app.getAppPath())
  return currentPath
}

/**
 * The catalog named on the command line (`npm start -- path/to/catalog.yaml`), made absolute.
 * Flags (Chromium's, Playwright's `--inspect=0`, …) are skipped; when Electron runs unpackaged
 * (`electron . catalog.yaml`), the first positional argument is the app itself.
 */
export function catalogPathFromArgs(
  argv: readonly string[],
  defaultApp: boolean,
  cwd = process.cwd()
): string | undefined {
  const positional = argv.slice(1).filter((arg) => !arg.startsWith('-'))
  const path = positional[defaultApp ? 1 : 0]
  return path === undefined ? undefined : resolve(cwd, path)
}

export async function loadCatalog(path: string): Promise<CatalogResult> {
  const result = await loadCatalogFile(path)
  if (result.ok) lastLoaded = result.value
  const source = {
    path,
    name: basename(path),
    bundled: path === bundledCatalogPath(app.getAppPath())
  }
  return result.ok
    ? { ok: true, catalog: result.value, source }
    : { ok: false, errors: result.errors, source }
}

/** Asks for a catalog file and loads it; only a file that loads becomes the current one. */
export async function openCatalog(window: BrowserWindow): Promise<OpenCatalogResult> {
  const options: OpenDialogOptions = {
    title: 'Open catalog',
    defaultPath: dirname(currentCatalogPath()),
    properties: ['openFile'],
    filters: [
      { name: 'Catalog (YAML or JSON)', extensions: ['yaml', 'yml', 'json'] },
      { name: 'All files', extensions: ['*'] }
    ]
  }
  const choice = await dialog.showOpenDialog(window, options)
  const path = choice.filePaths[0]
  if (choice.canceled || !path) return { ok: false, canceled: true }

  const result = await loadCatalog(path)
  // A file with errors does not replace the catalog on screen: the page shows the errors,
  // and a reload still shows the last catalog that loaded.
  if (result.ok) currentPath = path
  return result
}
