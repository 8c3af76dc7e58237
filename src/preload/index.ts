import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventChannel } from '../shared/ipc/channels'
import type { CatalogResult, DroppedFile, OrgscopeApi } from '../shared/ipc/contract'

/**
 * The page's whole view of the app: one named function per operation in the contract. It never
 * exposes ipcRenderer, a generic invoke, or Node; main validates everything these send.
 *
 * Imports only `electron` and the channel names at runtime (the contract is type-only here), so
 * the bundle stays one small CommonJS file, which is what a sandboxed preload can load.
 */
const api = {
  loadCatalog: () => ipcRenderer.invoke(INVOKE_CHANNELS.loadCatalog),
  openCatalog: () => ipcRenderer.invoke(INVOKE_CHANNELS.openCatalog),
  openDroppedFile: (file) =>
    ipcRenderer.invoke(INVOKE_CHANNELS.openDroppedFile, { path: pathOfDroppedFile(file) }),
  openExternal: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.openExternal, request),
  exportChart: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.exportChart, request),
  copyPng: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.copyPng, request),
  revealInFolder: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.revealInFolder, request),
  loadSettings: () => ipcRenderer.invoke(INVOKE_CHANNELS.loadSettings),
  saveSettings: (patch) => ipcRenderer.invoke(INVOKE_CHANNELS.saveSettings, patch),
  loadViews: () => ipcRenderer.invoke(INVOKE_CHANNELS.loadViews),
  saveViews: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.saveViews, request),
  printToPdf: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.printToPdf, request),
  onCatalogChanged: subscribe<CatalogResult>(EVENT_CHANNELS.onCatalogChanged),
  onExportRequested: subscribe<undefined>(EVENT_CHANNELS.onExportRequested),
  onPrintRequested: subscribe<undefined>(EVENT_CHANNELS.onPrintRequested),
  onResetViewRequested: subscribe<undefined>(EVENT_CHANNELS.onResetViewRequested)
} satisfies OrgscopeApi

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
