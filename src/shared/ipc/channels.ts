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
  openExternal: 'orgscope:shell/open-external',
  exportChart: 'orgscope:export/chart',
  copyPng: 'orgscope:export/copy-png',
  revealInFolder: 'orgscope:export/reveal'
} as const

/** Events main pushes to the renderer. Key = subscription method name on the API. */
export const EVENT_CHANNELS = {
  onCatalogChanged: 'orgscope:catalog/changed',
  /** File → Export… (Ctrl/Cmd+E in the menu): the page opens its export dialog. */
  onExportRequested: 'orgscope:menu/export'
} as const

export type InvokeMethod = keyof typeof INVOKE_CHANNELS
export type EventMethod = keyof typeof EVENT_CHANNELS
export type InvokeChannel = (typeof INVOKE_CHANNELS)[InvokeMethod]
export type EventChannel = (typeof EVENT_CHANNELS)[EventMethod]
