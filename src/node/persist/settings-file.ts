import { mkdir, readFile } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { EMPTY_SETTINGS, Settings } from '../../shared/persist/settings'
import { parseStoredJson } from '../../shared/persist/stored-json'
import { writeFileAtomic, type WriteResult } from '../files/write-atomic'
import { setAside } from './set-aside'

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

/** The data folder exists once Electron is ready, but a fresh profile folder may not: make it. */
async function writeInFolder(path: string, text: string): Promise<WriteResult> {
  await mkdir(dirname(path), { recursive: true }).catch(() => undefined)
  return writeFileAtomic(path, text)
}

export function writeFailure(path: string, error: unknown): WriteResult {
  const message = error instanceof Error ? error.message : String(error)
  return {
    ok: false,
    errors: [{ file: path, line: 0, column: 0, message: `could not save settings: ${message}` }]
  }
}
