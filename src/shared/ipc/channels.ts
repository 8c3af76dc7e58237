/**
 * IPC channel names, apart from their schemas so the preload (a sandboxed CommonJS bundle that
 * should stay tiny) can import them without pulling in zod. Every channel starts with the
 * `orgscope:` prefix; main rejects anything else.
 */
export const CHANNEL_PREFIX = 'orgscope:'

/** Request/response operations: renderer asks, main answers. Key = method name on the API. */
export const INVOKE_CHANNELS = {
  loadCatalog: 'orgscope:catalog/load',
  openCatalog: 'orgscope:catalog/open',
  /** Cancel while a file the user chose is read: the catalog on screen stays the current one. */
  cancelOpen: 'orgscope:catalog/cancel-open',
  /** A file dropped on the window: the preload sends its path, never the page. */
  openDroppedFile: 'orgscope:catalog/open-dropped',
  /**
   * The catalog on screen as a git revision of its repository holds it, to compare with: the
   * page names the revision, never a path (main reads the file it has open).
   */
  catalogAtRevision: 'orgscope:catalog/at-revision',
  openExternal: 'orgscope:shell/open-external',
  exportChart: 'orgscope:export/chart',
  copyPng: 'orgscope:export/copy-png',
  revealInFolder: 'orgscope:export/reveal',
  /** Stops the window's running export (or copy): nothing is written. */
  cancelExport: 'orgscope:export/cancel',
  /** Remembered state: settings.json in the user's data folder, written by main only. */
  loadSettings: 'orgscope:settings/load',
  saveSettings: 'orgscope:settings/save',
  /** Saved views of the current catalog (its `.views.json` sidecar). */
  loadViews: 'orgscope:views/load',
  saveViews: 'orgscope:views/save',
  /** Print the page's print sheet to a PDF file (webContents.printToPDF). */
  printToPdf: 'orgscope:print/pdf',
  /** The import preview's Accept: the catalog through a save dialog, the mapping beside it. */
  saveImport: 'orgscope:import/save'
} as const

/** Events main pushes to the renderer. Key = subscription method name on the API. */
export const EVENT_CHANNELS = {
  onCatalogChanged: 'orgscope:catalog/changed',
  /**
   * A file the user chose (Open…, a drop, Open Recent) is being read: its name and size, so the
   * page can say so until onCatalogChanged (or the operation's answer) brings the result.
   */
  onCatalogOpening: 'orgscope:catalog/opening',
  /** File → Export… (Ctrl/Cmd+E in the menu): the page opens its export dialog. */
  onExportRequested: 'orgscope:menu/export',
  /** How far the window's running export has got (pages, or a PNG's drawing and encoding). */
  onExportProgress: 'orgscope:export/progress',
  /** File → Import…: main asked which files and read them; the page previews the import. */
  onImportRequested: 'orgscope:menu/import',
  /** File → Print to PDF…: the page lays out its print sheet, then calls printToPdf. */
  onPrintRequested: 'orgscope:menu/print',
  /** View → Reset View: the page goes back to the default view and fits the chart. */
  onResetViewRequested: 'orgscope:menu/reset-view'
} as const

/**
 * Requests the preload makes on its own, to carry what an operation answered; not operations of
 * the page's API.
 */
export const TRANSPORT_CHANNELS = {
  /** One part of a loaded catalog's JSON (see catalog-transfer.ts). */
  catalogPart: 'orgscope:catalog/part'
} as const

export type InvokeMethod = keyof typeof INVOKE_CHANNELS
export type EventMethod = keyof typeof EVENT_CHANNELS
/** Every channel main answers: the API's operations and the preload's transport. */
export type InvokeChannel =
  | (typeof INVOKE_CHANNELS)[InvokeMethod]
  | (typeof TRANSPORT_CHANNELS)[keyof typeof TRANSPORT_CHANNELS]
export type EventChannel = (typeof EVENT_CHANNELS)[EventMethod]
