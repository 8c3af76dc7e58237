import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { receiveCatalog, type PartResult } from '../shared/ipc/catalog-transfer'
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  TRANSPORT_CHANNELS,
  type EventChannel,
  type InvokeMethod
} from '../shared/ipc/channels'
import type { ExportProgress } from '../shared/export/progress'
import type {
  CatalogMessage,
  CatalogOpening,
  CatalogResult,
  DroppedFile,
  ImportFiles,
  OpenCatalogMessage,
  OrgscopeApi,
  Request,
  Response
} from '../shared/ipc/contract'

/**
 * The page's whole view of the app: one named function per operation in the contract. It never
 * exposes ipcRenderer, a generic invoke, or Node; main validates everything these send.
 *
 * Imports only `electron`, the channel names and the catalog's transfer at runtime (the contract
 * is type-only here), so the bundle stays one small CommonJS file, which is what a sandboxed
 * preload can load.
 */
const api = {
  loadCatalog: () => invoke('loadCatalog').then(receive),
  openCatalog: () => invoke('openCatalog').then(receiveOpened),
  cancelOpen: () => invoke('cancelOpen'),
  openDroppedFile: (file) =>
    invoke('openDroppedFile', { path: pathOfDroppedFile(file) }).then(receiveOpened),
  catalogAtRevision: (request) => invoke('catalogAtRevision', request).then(receive),
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
  saveImport: (request) => invoke('saveImport', request),
  onCatalogChanged: onCatalogChanged,
  onCatalogOpening: subscribe<CatalogOpening>(EVENT_CHANNELS.onCatalogOpening),
  onExportRequested: subscribe<undefined>(EVENT_CHANNELS.onExportRequested),
  onExportProgress: subscribe<ExportProgress>(EVENT_CHANNELS.onExportProgress),
  onImportRequested: subscribe<ImportFiles>(EVENT_CHANNELS.onImportRequested),
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

/**
 * The catalog main's answer stands for: main hands out a ticket, and the catalog's JSON comes
 * part by part (src/shared/ipc/catalog-transfer.ts), parsed here, in the renderer's process.
 */
async function receive(message: CatalogMessage): Promise<CatalogResult> {
  if (!message.ok) return message
  const { ticket, source } = message
  const received = await receiveCatalog(
    ticket,
    (index) =>
      ipcRenderer.invoke(TRANSPORT_CHANNELS.catalogPart, {
        id: ticket.id,
        index
      }) as Promise<PartResult>
  )
  return { ...received, source }
}

/** An open's answer: canceled (the dialog, or Cancel while the file was read), else received. */
async function receiveOpened(
  message: OpenCatalogMessage
): Promise<CatalogResult | { ok: false; canceled: true }> {
  return 'canceled' in message ? message : receive(message)
}

/**
 * Catalogs main pushes (edits, File → Open…), each fetched before the page hears of it. One that
 * arrives while an earlier one is still being fetched wins: the earlier is dropped, so the page
 * never sees an older version after a newer one.
 */
function onCatalogChanged(listener: (payload: CatalogResult) => void): () => void {
  let latest = 0
  let subscribed = true
  const forward = (_event: IpcRendererEvent, message: CatalogMessage) => {
    const mine = ++latest
    void receive(message).then((result) => {
      if (subscribed && mine === latest) listener(result)
    })
  }
  ipcRenderer.on(EVENT_CHANNELS.onCatalogChanged, forward)
  return () => {
    subscribed = false
    ipcRenderer.removeListener(EVENT_CHANNELS.onCatalogChanged, forward)
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
