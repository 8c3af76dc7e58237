import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app, type BrowserWindow } from 'electron'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../shared/ipc/channels'
import {
  EMPTY_SETTINGS,
  mergeSettings,
  pageSettings,
  type Settings,
  type SettingsPatch
} from '../shared/persist/settings'
import type { WriteResult } from '../node/files/write-atomic'
import {
  createSettingsStore,
  readSettingsFile,
  SETTINGS_FILE,
  writeFailure,
  type SettingsStore
} from '../node/persist/settings-file'
import { handle, send } from './ipc'

/**
 * The app's remembered state over IPC: read before the window opens, saved as the page changes
 * it, flushed before quitting. The file itself (read, set aside, debounced atomic writes) is
 * src/node/persist/settings-file.ts.
 */
let store: SettingsStore | undefined
/** Told to the page once: the first time it asks for the settings. */
let startupWarning: string | undefined

/** Reads the settings (before the window opens, so the last catalog is known) and serves them. */
export async function setupSettings(): Promise<void> {
  const path = join(app.getPath('userData'), SETTINGS_FILE)
  const loaded = await readSettingsFile(path)
  store = createSettingsStore(path, loaded.settings)
  startupWarning = loaded.warning

  handle(INVOKE_CHANNELS.loadSettings, () => {
    const warning = startupWarning
    startupWarning = undefined
    return { ok: true, settings: pageSettings(currentSettings()), ...(warning && { warning }) }
  })
  handle(INVOKE_CHANNELS.saveSettings, async (patch) => {
    const result = await saveSettings(patch)
    return result.ok ? { ok: true } : result
  })

  // A change still waiting for its debounce would be lost on quit: write it first.
  app.on('before-quit', (event) => {
    if (!store?.pending()) return
    event.preventDefault()
    void store.flush().finally(() => app.quit())
  })
}

export function currentSettings(): Settings {
  return store?.current() ?? EMPTY_SETTINGS
}

export function saveSettings(patch: SettingsPatch): Promise<WriteResult> {
  if (!store) return Promise.resolve(writeFailure('', 'settings are not set up'))
  return store.update((settings) => mergeSettings(settings, patch))
}

/**
 * The catalog to open at start when none is named on the command line: the last one shown, if
 * the file is still there (a moved or deleted file falls back to the bundled catalog).
 */
export function rememberedCatalogPath(): string | undefined {
  const path = store?.current().lastCatalogPath
  return path !== undefined && existsSync(path) ? path : undefined
}

/** Called when a catalog loads: remember it (undefined = the bundled one, nothing to remember). */
export function rememberCatalogPath(path: string | undefined): void {
  if (!store || store.current().lastCatalogPath === path) return
  void store.update(({ lastCatalogPath: _previous, ...rest }) =>
    path === undefined ? rest : { ...rest, lastCatalogPath: path }
  )
}

/** View → Reset View: the page owns the view state, so it does the resetting. */
export function requestResetView(window: BrowserWindow): void {
  send(window, EVENT_CHANNELS.onResetViewRequested, undefined)
}
