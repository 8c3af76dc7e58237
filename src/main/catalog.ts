import { stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, resolve } from 'node:path'
import { app, BrowserWindow, dialog, type OpenDialogOptions } from 'electron'
import { fetchParts, type CatalogTicket } from '../shared/ipc/catalog-transfer'
import { EVENT_CHANNELS, INVOKE_CHANNELS, TRANSPORT_CHANNELS } from '../shared/ipc/channels'
import type { CatalogMessage, OpenCatalogMessage } from '../shared/ipc/contract'
import { CATALOG_EXTENSIONS } from '../shared/catalog/catalog-extensions'
import {
  createCatalogLoader,
  type CatalogLoader,
  type LoadedCatalog
} from '../node/catalog/catalog-loader'
import catalogWorkerPath from '../node/catalog/catalog-worker?modulePath'
import { bundledCatalogPath } from '../node/catalog/load-file'
import { watchFile, type FileWatcher } from '../node/catalog/watch-file'
import { failure, handle, send, type Failure } from './ipc'
import { addRecentCatalog } from './recent-catalogs'
import { rememberCatalogPath, rememberedCatalogPath } from './settings'
import { isAppWindow } from './window'

/** The catalog on screen. Chosen lazily: the command line, else the bundled Teleport catalog. */
let currentPath: string | undefined
/**
 * The last catalog that loaded: the one the page shows (a file that fails to load never replaces
 * it there). Exports draw from this copy, never from chart data the page sends. The loader's
 * worker keeps it; main hands its JSON on to an export's worker and never parses it.
 */
let lastLoaded: { ticket: CatalogTicket; company: string } | undefined
/** Loads on a worker thread, started with the first load; keeps what it loaded. */
let loader: CatalogLoader | undefined
/** The file being watched for edits: the one the user opened last (see watchCatalog). */
let watched: { path: string; watcher: FileWatcher } | undefined
/** Numbers each load, so that a slow read can never overwrite a newer one's result. */
let loadSequence = 0
/**
 * The open the user is waiting on (a file they chose), until its result comes: Cancel marks it,
 * and its result then changes nothing (see cancelOpen).
 */
let opening: { sequence: number; canceled: boolean } | undefined

/**
 * The catalog on screen as UTF-8 JSON in parts, each a copy of its own, for exports; undefined
 * when none has loaded, or when the loader no longer has it (its worker ended since, out of
 * memory on another file).
 */
export async function currentCatalogJson(): Promise<Uint8Array<ArrayBuffer>[] | undefined> {
  const loaded = lastLoaded
  if (!loaded) return undefined
  const fetched = await fetchParts(loaded.ticket, (index) => catalogPart(loaded.ticket.id, index))
  return fetched.ok ? (fetched.parts as Uint8Array<ArrayBuffer>[]) : undefined
}

/** Part `index` of the catalog the loader keeps under ticket `id`, as the page asks for it. */
async function catalogPart(
  id: number,
  index: number
): Promise<{ ok: true; bytes: Uint8Array<ArrayBuffer> } | Failure> {
  const bytes = await loader?.part(id, index)
  return bytes
    ? { ok: true, bytes }
    : failure(
        'the catalog changed while it was being read',
        'the newer version shows in a moment; reload if it does not'
      )
}

/** The loaded catalog's company, without parsing the catalog. */
export function currentCompanyName(): string | undefined {
  return lastLoaded?.company
}

export function setupCatalog(): void {
  handle(TRANSPORT_CHANNELS.catalogPart, ({ id, index }) => catalogPart(id, index))
  handle(INVOKE_CHANNELS.loadCatalog, () => {
    const path = currentCatalogPath()
    // The page asks for the catalog once it is up: from then on, edits to the file show live.
    watchCatalog(path)
    return loadCatalog(path)
  })
  handle(INVOKE_CHANNELS.openCatalog, (_request, { window }) => openCatalog(window))
  handle(INVOKE_CHANNELS.cancelOpen, () => ({ ok: true, canceled: cancelOpen() }))
  handle(INVOKE_CHANNELS.catalogAtRevision, ({ revision }) => catalogAtRevision(revision))
  handle(INVOKE_CHANNELS.openDroppedFile, ({ path }, { window }) => {
    // The contract checked the extension; a relative path means the preload did not send a real
    // file's path (webUtils gives absolute ones), so refuse it rather than guess a folder.
    if (!isAbsolute(path)) return failure('the dropped item is not a file on disk')
    return openCatalogPath(path, window)
  })
}

/** File → Open…: same as the API's openCatalog, but the result is pushed to the page. */
export async function openCatalogFromMenu(window: BrowserWindow): Promise<void> {
  const result = await openCatalog(window)
  if ('canceled' in result) return
  send(window, EVENT_CHANNELS.onCatalogChanged, result)
}

/**
 * A file from File → Open Recent, or handed over by a second launch of the app: opened like a
 * dropped file, the result pushed to the page.
 */
export async function openCatalogInWindow(window: BrowserWindow, path: string): Promise<void> {
  const result = await openCatalogPath(path, window)
  if (!('canceled' in result)) send(window, EVENT_CHANNELS.onCatalogChanged, result)
}

export function currentCatalogPath(): string {
  // The command line, else the catalog shown last time (if still there), else the bundled one.
  currentPath ??=
    catalogPathFromArgs(process.argv, Boolean(process.defaultApp)) ??
    rememberedCatalogPath() ??
    bundledPath()
  return currentPath
}

/**
 * The bundled Teleport catalog. Packaged, it ships as an extra resource beside app.asar
 * (electron-builder.yml: extraResources), so a user can read it and it is not inside the archive;
 * unpackaged, it is data/teleport.yaml in the project.
 */
export function bundledPath(): string {
  return bundledCatalogPath(app.isPackaged ? process.resourcesPath : app.getAppPath())
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

/** Loads `path` and makes it the catalog exports draw, if it loads. */
export async function loadCatalog(path: string): Promise<CatalogMessage> {
  return adoptCatalog(path, await readCatalog(path))
}

/** Reads `path` on the loader's worker; nothing changes for the app until adoptCatalog. */
function readCatalog(path: string): Promise<LoadedCatalog> {
  loader ??= createCatalogLoader(catalogWorkerPath)
  return loader.load({ kind: 'file', path })
}

/**
 * What the page gets for `path`'s load: a catalog that loaded becomes the one exports draw and
 * the one the next launch shows; one with errors changes nothing.
 */
function adoptCatalog(path: string, result: LoadedCatalog): CatalogMessage {
  const source = { path, name: basename(path), bundled: isBundled(path) }
  if (!result.ok) return { ok: false, errors: result.errors, source }
  lastLoaded = { ticket: result.ticket, company: result.company }
  rememberCatalogPath(path === bundledPath() ? undefined : path)
  return { ok: true, ticket: result.ticket, source }
}

/**
 * The catalog on screen as revision `revision` of its git repository holds it, offered to the
 * page like any catalog but never made the current one (exports and reloads keep the file).
 */
export async function catalogAtRevision(revision: string): Promise<CatalogMessage> {
  const path = currentCatalogPath()
  const name = `${revision}:${basename(path)}`
  const source = { path: name, name, bundled: false }
  loader ??= createCatalogLoader(catalogWorkerPath)
  const result = await loader.load({
    kind: 'revision',
    from: dirname(path),
    revision,
    path: `./${basename(path)}`
  })
  if (!result.ok) return { ok: false, errors: result.errors, source }
  return { ok: true, ticket: result.ticket, source }
}

/** Asks for a catalog file and loads it; only a file that loads becomes the current one. */
export async function openCatalog(window: BrowserWindow): Promise<OpenCatalogMessage> {
  const options: OpenDialogOptions = {
    title: 'Open catalog',
    defaultPath: dirname(currentCatalogPath()),
    properties: ['openFile'],
    filters: [
      { name: 'Catalog (YAML, JSON or a Markdown guide)', extensions: [...CATALOG_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] }
    ]
  }
  const choice = await dialog.showOpenDialog(window, options)
  const path = choice.filePaths[0]
  if (choice.canceled || !path) return { ok: false, canceled: true }
  return openCatalogPath(path, window)
}

/**
 * Opens a catalog the user chose (dialog, drop, recent): a file that loads becomes the current
 * one and goes to the top of Open Recent; a file with errors does not replace the catalog on
 * screen (the page shows the errors, a reload still shows the last catalog that loaded), but it
 * is watched, so fixing it in an editor brings it up.
 */
export async function openCatalogPath(
  path: string,
  window?: BrowserWindow
): Promise<OpenCatalogMessage> {
  const sequence = ++loadSequence
  const open = { sequence, canceled: false }
  opening = open
  // One look at the file: its size for the page, and whether there is a file to watch.
  const bytes = await fileSize(path)
  // Reading a big catalog takes a moment: the page that asked says which file until the result
  // comes (no page asked for a catalog the import preview just saved: it shows it already).
  if (window && bytes !== undefined) {
    send(window, EVENT_CHANNELS.onCatalogOpening, { name: basename(path), bytes })
  }
  const loaded = await readCatalog(path)
  if (opening === open) opening = undefined
  // Canceled while it was read: the catalog on screen stays the current one, for exports too.
  if (open.canceled) return { ok: false, canceled: true }
  const result = adoptCatalog(path, loaded)
  if (sequence !== loadSequence) return result
  if (result.ok) {
    currentPath = path
    void addRecentCatalog(path)
  }
  if (bytes !== undefined) watchCatalog(path)
  return result
}

/**
 * Cancel on the page's "Opening big.yaml…": the open being read changes nothing when its read
 * ends (the worker cannot be stopped half-way without losing the catalog on screen, which it
 * keeps for exports; a read is at most seconds). False when no open was waiting: its result is
 * already on its way to the page.
 */
export function cancelOpen(): boolean {
  if (!opening) return false
  opening.canceled = true
  opening = undefined
  return true
}

/**
 * Watches `path` (and stops watching the previous file): each edit reloads it and pushes the
 * result to every window. A valid edit becomes the current catalog; an invalid one comes as
 * errors, which the page shows beside the last good chart until the file is fixed.
 */
export function watchCatalog(path: string): void {
  if (watched?.path === path) return
  stopWatchingCatalog()
  const watcher = watchFile(path, () => void reloadWatched(path))
  watched = { path, watcher }
}

export function stopWatchingCatalog(): void {
  watched?.watcher.close()
  watched = undefined
}

async function reloadWatched(path: string): Promise<void> {
  const sequence = ++loadSequence
  const loaded = await readCatalog(path)
  // A newer load (another edit, or the user opened something else) wins.
  if (sequence !== loadSequence || watched?.path !== path) return
  const result = adoptCatalog(path, loaded)
  if (result.ok) {
    currentPath = path
    // A file that failed to open and was then fixed joins Open Recent now (a no-op otherwise).
    void addRecentCatalog(path)
  }
  for (const window of BrowserWindow.getAllWindows()) {
    if (isAppWindow(window)) send(window, EVENT_CHANNELS.onCatalogChanged, result)
  }
}

function isBundled(path: string): boolean {
  return path === bundledPath()
}

/** The size of the regular file at `path`; undefined when there is none (the load says why). */
async function fileSize(path: string): Promise<number | undefined> {
  try {
    const stats = await stat(path)
    return stats.isFile() ? stats.size : undefined
  } catch {
    return undefined
  }
}
