import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { app, type BrowserWindow } from 'electron'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../shared/ipc/channels'
import {
  EMPTY_SETTINGS,
  mergeSettings,
  pageSettings,
  Settings,
  type SettingsPatch
} from '../shared/persist/settings'
import { parseStoredJson } from '../shared/persist/stored-json'
import { writeFileAtomic, type WriteResult } from '../node/files/write-atomic'
import { handle, send } from './ipc'
import { setAside } from '../node/persist/set-aside'

/**
 * Remembered state (theme, lens, layout, camera, last catalog) in settings.json in the user's
 * data folder. Main is the only writer: every save goes through one debounced, serialized,
 * atomic write, so a crash mid-write leaves the previous file, and two quick saves can never
 * land out of order.
 */
export const SETTINGS_FILE = 'settings.json'
/** Saves arrive on every lens click and camera stop; writing once they pause is plenty. */
const WRITE_DELAY_MS = 250

export interface LoadedSettings {
  settings: Settings
  /** Why the stored file was not used, for the page to show once. */
  warning?: string
}

export type WriteText = (path: string, text: string) => Promise<WriteResult>

export interface SettingsStore {
  readonly path: string
  current(): Settings
  /** Applies a change now and writes it soon; resolves with that write's outcome. */
  update(change: (settings: Settings) => Settings): Promise<WriteResult>
  /** Whether a change is waiting to be written (or being written). */
  pending(): boolean
  /** Writes a waiting change now; resolves when every write has finished. */
  flush(): Promise<void>
}

/**
 * Reads settings. A missing file is a first run (defaults, no message). A file that is not JSON,
 * or does not match the schema, is renamed aside (settings.json.corrupt-<time>) and the defaults
 * used, with a warning saying so: never a crash at start-up.
 */
export async function readSettingsFile(path: string): Promise<LoadedSettings> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { settings: EMPTY_SETTINGS }
    return {
      settings: EMPTY_SETTINGS,
      warning: `OrgScope could not read its settings (${path}: ${code ?? String(error)}) and started with the defaults.`
    }
  }
  const parsed = parseStoredJson(Settings, text)
  if (parsed.ok) return { settings: parsed.value }
  const aside = await setAside(path)
  return {
    settings: EMPTY_SETTINGS,
    warning:
      `Your settings file could not be used: ${parsed.reason}. ` +
      (aside
        ? `It was set aside as ${basename(aside)} and OrgScope started with the defaults.`
        : 'OrgScope started with the defaults.')
  }
}

export function settingsText(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`
}

export function createSettingsStore(
  path: string,
  initial: Settings,
  { delayMs = WRITE_DELAY_MS, write = writeInFolder }: { delayMs?: number; write?: WriteText } = {}
): SettingsStore {
  let settings = initial
  let timer: ReturnType<typeof setTimeout> | undefined
  let waiting: ((result: WriteResult) => void)[] = []
  let inFlight = 0
  /** Writes run one after another, so an older state can never be renamed over a newer one. */
  let chain: Promise<unknown> = Promise.resolve()

  const writeNow = (): Promise<void> => {
    timer = undefined
    const settle = waiting
    waiting = []
    const text = settingsText(settings)
    inFlight++
    const done = chain.then(() => write(path, text))
    chain = done.catch(() => undefined)
    return done.then(
      (result) => {
        inFlight--
        // Settings that could not be saved still apply for this session; the page hears why.
        if (!result.ok) console.warn('[settings] not saved:', result.errors[0]?.message)
        for (const resolve of settle) resolve(result)
      },
      (error: unknown) => {
        inFlight--
        const result = writeFailure(path, error)
        for (const resolve of settle) resolve(result)
      }
    )
  }

  return {
    path,
    current: () => settings,
    update(change) {
      settings = change(settings)
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => void writeNow(), delayMs)
      return new Promise((resolve) => waiting.push(resolve))
    },
    pending: () => timer !== undefined || inFlight > 0,
    async flush() {
      if (timer) {
        clearTimeout(timer)
        await writeNow()
      }
      await chain
    }
  }
}

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

/** userData exists once Electron is ready, but a fresh profile folder may not: make it. */
async function writeInFolder(path: string, text: string): Promise<WriteResult> {
  await mkdir(dirname(path), { recursive: true }).catch(() => undefined)
  return writeFileAtomic(path, text)
}

function writeFailure(path: string, error: unknown): WriteResult {
  const message = error instanceof Error ? error.message : String(error)
  return {
    ok: false,
    errors: [{ file: path, line: 0, column: 0, message: `could not save settings: ${message}` }]
  }
}
