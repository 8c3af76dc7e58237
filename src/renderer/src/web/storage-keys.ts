/** The browser build's localStorage keys for what it remembers (browser-storage.ts). */
export const SETTINGS_KEY = 'orgscope:settings'
/** Saved views per catalog, keyed by the catalog file's name (the browser has no paths). */
export const viewsKey = (catalogName: string): string => `orgscope:views:${catalogName}`
