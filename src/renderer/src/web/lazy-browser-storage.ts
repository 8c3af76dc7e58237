import type { LoadSettingsResult, LoadViewsResult, OrgscopeApi } from '../../../shared/ipc/contract'
import type { SavedViewInput } from '../../../shared/persist/saved-views'
import type { SettingsPatch } from '../../../shared/persist/settings'
import type { createBrowserStorage } from './browser-storage'
import { SETTINGS_KEY, viewsKey } from './storage-keys'

type BrowserStorage = ReturnType<typeof createBrowserStorage>
type Answer<M extends keyof OrgscopeApi> = Awaited<ReturnType<OrgscopeApi[M]>>

/**
 * The browser build's settings and saved views (browser-storage.ts), with its zod schemas in a
 * chunk fetched only once something stored has to be read or written: a first visit has nothing
 * stored, and loading nothing is answered here, as browser-storage answers it, so the first
 * chart does not wait on zod.
 */
export function createLazyBrowserStorage(
  storage: Storage,
  load: () => Promise<{ createBrowserStorage: typeof createBrowserStorage }> = () =>
    import('./browser-storage')
) {
  let loaded: Promise<BrowserStorage> | undefined
  const full = () => (loaded ??= load().then((m) => m.createBrowserStorage(storage)))
  return {
    async loadSettings(): Promise<LoadSettingsResult> {
      if (storage.getItem(SETTINGS_KEY) === null) return { ok: true, settings: {} }
      return (await full()).loadSettings()
    },
    async saveSettings(patch: SettingsPatch): Promise<Answer<'saveSettings'>> {
      return (await full()).saveSettings(patch)
    },
    async loadViews(catalogName: string): Promise<LoadViewsResult> {
      const key = viewsKey(catalogName)
      if (storage.getItem(key) === null)
        return { ok: true, views: [], location: 'browser', path: key }
      return (await full()).loadViews(catalogName)
    },
    async saveViews(
      catalogName: string,
      views: readonly SavedViewInput[],
      company?: string
    ): Promise<Answer<'saveViews'>> {
      return (await full()).saveViews(catalogName, views, company)
    }
  }
}
