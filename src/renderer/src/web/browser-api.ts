import { catalogSizeProblem } from '../../../shared/catalog/size-limit'
import type { Catalog } from '../../../shared/catalog/catalog'
import { freezeCatalog } from '../../../shared/catalog/freeze-catalog'
import type { Diagnostic, Result } from '../../../shared/catalog/diagnostic'
import type { CatalogOpening, CatalogResult, OrgscopeApi } from '../../../shared/ipc/contract'
import { CATALOG_EXTENSIONS } from '../../../shared/catalog/catalog-extensions'
import type { ExportProgress } from '../../../shared/export/progress'
import { download, exportInBrowser, type BrowserExportJob } from './browser-export'
import { fetchServedCatalog, SERVED_CATALOG_PARAM } from './served-catalog'
import { createLazyBrowserStorage } from './lazy-browser-storage'
import { installTestFileSource } from './test-file-source'

const BUNDLED_NAME = 'teleport.yaml'

// Chunks of their own, fetched when needed: the catalog pipeline (YAML parser, validator) when a
// catalog is opened or served (in a worker for a guide or a large file: load-off-page.ts), the
// bundled catalog (normalized when the page was built, by the same pipeline:
// scripts/bundled-catalog-plugin.ts). The exporter draws in a Web Worker, a chunk of its own
// (browser-export.ts).
const pipeline = () => import('./load-in-page')
const offPage = () => import('./load-off-page')
const bundledCatalog = () => import('virtual:bundled-catalog').then((m) => freezeCatalog(m.default))
// The IPC contract's schemas (zod): only a dropped file is checked with them here, and a dropped
// catalog needs the pipeline's zod anyway.
const contract = () => import('../../../shared/ipc/contract')

/**
 * The app API implemented in the page, for the browser build: the bundled catalog (or the one
 * file the local server serves) is parsed here by the same pipeline main uses, "open" uses a
 * file picker, links open in a new tab.
 */
export function createBrowserApi(): OrgscopeApi {
  const listeners = new Set<(result: CatalogResult) => void>()
  const openingListeners = new Set<(opening: CatalogOpening) => void>()
  const progressListeners = new Set<(progress: ExportProgress) => void>()
  // The export being drawn now, in its worker (one at a time, as the dialog allows).
  let running: BrowserExportJob | undefined
  const exportFile = async (request: unknown) => {
    if (running) throw new Error('an export is already running')
    const job = exportInBrowser(current!, request, (progress) => {
      for (const listener of progressListeners) listener(progress)
    })
    running = job
    try {
      return await job.result
    } finally {
      running = undefined
    }
  }
  // The last catalog that loaded, as main keeps it in the app: exports draw from this copy.
  let current: Catalog | undefined
  const storage = createLazyBrowserStorage(window.localStorage)
  // The "open file": what a (test) edit reloads, as main's watcher reloads the file it watches.
  let open = { name: BUNDLED_NAME, bundled: true }
  /**
   * Reads a catalog's text; nothing changes until adopt. `signal` aborts an open the user
   * canceled (a guide's worker stops).
   */
  const read = async (text: string, name: string, signal?: AbortSignal) => {
    // By extension, as main does: a markdown team guide is imported, YAML and JSON parsed. A
    // guide or a large catalog off the page's thread.
    const inPage = async (text: string, name: string) => (await pipeline()).loadInPage(text, name)
    const { loadsOffPage, loadOffPage } = await offPage()
    return loadsOffPage(name, text.length)
      ? loadOffPage(text, name, inPage, signal)
      : inPage(text, name)
  }
  /** A catalog that loaded becomes the open file, the one exports draw. */
  const adopt = (result: Result<Catalog>, name: string, bundled: boolean): CatalogResult => {
    const source = { path: name, name, bundled }
    if (!result.ok) return { ok: false, errors: result.errors, source }
    current = result.value
    open = { name, bundled }
    return { ok: true, catalog: result.value, source }
  }
  const load = async (text: string, name: string, bundled: boolean) =>
    adopt(await read(text, name), name, bundled)
  // The open being read, if any: Cancel (cancelOpen) aborts it.
  let reading: AbortController | undefined
  const loadFile = async (file: File): Promise<CatalogResult | Canceled> => {
    // The limit main applies to files on disk, checked on the size in bytes before reading.
    const tooLarge = catalogSizeProblem(file.name, file.size)
    if (tooLarge) return fileFailure(file.name, tooLarge)
    reading?.abort()
    const reader = new AbortController()
    reading = reader
    // As main does for a file the user chose: the page says which file until the result comes.
    for (const listener of openingListeners) listener({ name: file.name, bytes: file.size })
    try {
      const text = await file.text()
      reader.signal.throwIfAborted()
      const result = await read(text, file.name, reader.signal)
      reader.signal.throwIfAborted()
      return adopt(result, file.name, false)
    } catch (error) {
      // Canceled while it was read: the catalog on screen stays the open file.
      if (reader.signal.aborted) return CANCELED
      throw error
    } finally {
      if (reading === reader) reading = undefined
    }
  }

  const loadBundled = async (): Promise<CatalogResult> => {
    const catalog = await bundledCatalog()
    current = catalog
    open = { name: BUNDLED_NAME, bundled: true }
    return { ok: true, catalog, source: { path: BUNDLED_NAME, name: BUNDLED_NAME, bundled: true } }
  }

  installTestFileSource(window.location.search, async (text) => {
    const result = await load(text, open.name, open.bundled)
    for (const listener of listeners) listener(result)
    return result
  })

  return {
    // The file the local server was started with, if the URL names one; else the bundled one.
    loadCatalog: async () => {
      const search = window.location.search
      // Only a served catalog needs the pipeline: fetched alongside the file, not after it.
      const ready = new URLSearchParams(search).get(SERVED_CATALOG_PARAM) ? pipeline() : undefined
      const served = await fetchServedCatalog(search)
      if (!served) return loadBundled()
      await ready
      if (!served.ok) return fileFailure(served.name, served.problem)
      // Nothing on screen to go back to: the page offers no Cancel before the first chart.
      const loaded = await loadFile(served.file)
      return 'canceled' in loaded
        ? fileFailure(served.file.name, 'reading it was canceled')
        : loaded
    },
    openCatalog: async () => {
      const file = await pickFile()
      if (!file) return CANCELED
      return loadFile(file)
    },
    cancelOpen: async () => {
      const reader = reading
      reader?.abort()
      reading = undefined
      return { ok: true, canceled: reader !== undefined }
    },
    // The same rule as main's (the contract's DroppedPath), applied to the name.
    openDroppedFile: async (file) =>
      (await contract()).DroppedPath.safeParse(file.name).success
        ? loadFile(file as File)
        : fileFailure(file.name, 'is not a catalog file'),
    // A page cannot read a git repository: the comparison offers only files here.
    catalogAtRevision: async ({ revision }) =>
      fileFailure(
        revision,
        'comparing with a git revision needs the app (the browser cannot read the repository); save that version to a file and compare with the file'
      ),
    openExternal: async ({ url }) => {
      window.open(url, '_blank', 'noopener,noreferrer')
      return { ok: true }
    },
    exportChart: async (request) => {
      if (!current) return failure('there is no chart to export: no catalog has loaded')
      try {
        const file = await exportFile(request)
        if (!file) return CANCELED
        download(file)
        return { ok: true, path: file.name }
      } catch (error) {
        return failure(messageOf(error))
      }
    },
    copyPng: async (request) => {
      if (!current) return failure('there is no chart to copy: no catalog has loaded')
      try {
        const file = await exportFile({
          ...request,
          options: { ...request.options, format: 'png' }
        })
        if (!file) return CANCELED
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': file.blob })])
        return { ok: true }
      } catch (error) {
        return failure(`could not copy the PNG: ${messageOf(error)}`)
      }
    },
    cancelExport: async () => {
      const job = running
      job?.cancel()
      return { ok: true, canceled: job !== undefined }
    },
    // The browser cannot write beside anything: both files go to the downloads. The saved
    // catalog is then the one on screen, so exports draw it (not the catalog before the import).
    saveImport: async ({ catalogName, catalog, mappingName, mapping }) => {
      download({ name: catalogName, blob: new Blob([catalog], { type: 'application/yaml' }) })
      download({ name: mappingName, blob: new Blob([mapping], { type: 'application/json' }) })
      const opened = await load(catalog, catalogName, false)
      if (!opened.ok) {
        const errors = opened.errors.map((error) => ({
          ...error,
          message: `the catalog was saved to your downloads, but it does not open: ${error.message}`
        }))
        return { ok: false, errors }
      }
      return { ok: true, path: catalogName }
    },
    revealInFolder: async () =>
      failure('the browser saved the file to your downloads; it cannot open that folder'),
    // Remembered state and saved views: localStorage (saved views keyed by the catalog's name).
    loadSettings: () => storage.loadSettings(),
    saveSettings: (patch) => storage.saveSettings(patch),
    loadViews: () => storage.loadViews(open.name),
    saveViews: async ({ catalog, views }) =>
      catalog === open.name
        ? storage.saveViews(open.name, views, current?.company.name)
        : failure(
            'another catalog was opened before these views were saved; they were not written'
          ),
    // The browser's own print dialog (its "Save as PDF" makes the PDF), with the print sheet.
    printToPdf: async () => {
      window.print()
      return { ok: true, printed: true }
    },
    // No application menu in a browser: Ctrl/Cmd+E and the toolbar open the dialog.
    onExportRequested: () => () => undefined,
    onExportProgress: (listener) => {
      progressListeners.add(listener)
      return () => progressListeners.delete(listener)
    },
    onImportRequested: () => () => undefined,
    onPrintRequested: () => () => undefined,
    onResetViewRequested: () => () => undefined,
    onCatalogChanged: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    onCatalogOpening: (listener) => {
      openingListeners.add(listener)
      return () => openingListeners.delete(listener)
    }
  }
}

type Canceled = { ok: false; canceled: true }
const CANCELED: Canceled = { ok: false, canceled: true }

function pickFile(): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = CATALOG_EXTENSIONS.map((ext) => `.${ext}`).join(',')
    input.addEventListener('change', () => resolve(input.files?.[0]))
    input.addEventListener('cancel', () => resolve(undefined))
    input.click()
  })
}

function fileFailure(name: string, error: string | Diagnostic): CatalogResult {
  return {
    ok: false,
    source: { path: name, name, bundled: false },
    errors: [typeof error === 'string' ? { file: name, line: 0, column: 0, message: error } : error]
  }
}

function failure(message: string): { ok: false; errors: Diagnostic[] } {
  return { ok: false, errors: [{ file: '', line: 0, column: 0, message }] }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
