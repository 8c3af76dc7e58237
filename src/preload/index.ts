import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventChannel } from '../shared/ipc/channels'
import type { CatalogResult, OrgscopeApi } from '../shared/ipc/contract'

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
  openExternal: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.openExternal, request),
  exportChart: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.exportChart, request),
  copyPng: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.copyPng, request),
  revealInFolder: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.revealInFolder, request),
  onCatalogChanged: subscribe<CatalogResult>(EVENT_CHANNELS.onCatalogChanged),
  onExportRequested: subscribe<undefined>(EVENT_CHANNELS.onExportRequested)
} satisfies OrgscopeApi

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
