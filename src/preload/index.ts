import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type EventChannel,
  type InvokeMethod
} from '../shared/ipc/channels'
import type { ExportProgress } from '../shared/export/progress'
import type {
  CatalogResult,
  DroppedFile,
  OrgscopeApi,
  Request,
  Response
} from '../shared/ipc/contract'

/**
 * The page's whole view of the app: one named function per operation in the contract. It never
 * exposes ipcRenderer, a generic invoke, or Node; main validates everything these send.
 *
 * Imports only `electron` and the channel names at runtime (the contract is type-only here), so
 * the bundle stays one small CommonJS file, which is what a sandboxed preload can load.
 */
const api = {
  loadCatalog: () => invoke('loadCatalog'),
  openCatalog: () => invoke('openCatalog'),
  openDroppedFile: (file) => invoke('openDroppedFile', { path: pathOfDroppedFile(file) }),
  openExternal: (request) => invoke('openExternal', request),
  exportChart: (request) => invoke('exportChart', request),
  copyPng: (request) => invoke('copyPng', request),
  revealInFolder: (request) => invoke('revealInFolder', request),
  cancelExport: () => invoke('cancelExport'),
  loadSettings: () => invoke('loadSettings'),
  saveSettings: (patch) => invoke('saveSettings', patch),
  loadViews: () => invoke('loadViews'),
  saveViews: (request) => invoke('saveViews', request),
  printToPdf: (request) => invoke('printToPdf', request),
  onCatalogChanged: subscribe<CatalogResult>(EVENT_CHANNELS.onCatalogChanged),
  onExportRequested: subscribe<undefined>(EVENT_CHANNELS.onExportRequested),
  onExportProgress: subscribe<ExportProgress>(EVENT_CHANNELS.onExportProgress),
  onPrintRequested: subscribe<undefined>(EVENT_CHANNELS.onPrintRequested),
  onResetViewRequested: subscribe<undefined>(EVENT_CHANNELS.onResetViewRequested)
} satisfies OrgscopeApi

/** What the page gets; tests/preload/index.test.ts checks it is exactly OrgscopeApi. */
export type PreloadApi = typeof api

/**
 * Sends `method`'s request on its channel. Typed with the contract's response, so the object
 * above has the contract's types, not ipcRenderer's `any` (main validates what it receives and
 * answers with the contract's response schema).
 */
function invoke<M extends InvokeMethod>(
  method: M,
  ...request: Request<(typeof INVOKE_CHANNELS)[M]> extends undefined
    ? []
    : [Request<(typeof INVOKE_CHANNELS)[M]>]
): Promise<Response<(typeof INVOKE_CHANNELS)[M]>> {
  return ipcRenderer.invoke(INVOKE_CHANNELS[method], ...request)
}

/**
 * The dropped file's path on disk, from Electron (the sandboxed page has no `File.path`). Only a
 * File the user really dropped or picked has one: a File made by a script gives "", which main
 * refuses, so the page cannot name a path for main to read.
 */
function pathOfDroppedFile(file: DroppedFile): string {
  try {
    return webUtils.getPathForFile(file as File)
  } catch {
    return '' // not a File at all
  }
}

/** A subscription that hands the listener the payload only: the IPC event would leak `sender`. */
function subscribe<Payload>(channel: EventChannel) {
  return (listener: (payload: Payload) => void) => {
    const forward = (_event: IpcRendererEvent, payload: Payload) => listener(payload)
    ipcRenderer.on(channel, forward)
    return () => {
      ipcRenderer.removeListener(channel, forward)
    }
  }
}

contextBridge.exposeInMainWorld('orgscope', api)
