import type { OrgscopeApi } from '../shared/ipc/contract'

/** What the preload exposes on the page (see index.ts); the renderer's typecheck reads this. */
declare global {
  interface Window {
    orgscope: OrgscopeApi
  }
}

export {}
