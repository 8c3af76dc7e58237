import type { z } from 'zod'
import type { Diagnostic } from '../../../shared/catalog/diagnostic'
import type {
  LoadSettingsResult,
  LoadViewsResult,
  SaveViewsResult
} from '../../../shared/ipc/contract'
import {
  SavedViewList,
  SavedViewsFile,
  savedViewsText,
  type SavedViewInput
} from '../../../shared/persist/saved-views'
import {
  EMPTY_SETTINGS,
  mergeSettings,
  pageSettings,
  Settings,
  SettingsPatch,
  type SettingsPatch as Patch
} from '../../../shared/persist/settings'
import { parseStoredJson, setAsideName } from '../../../shared/persist/stored-json'
import { SETTINGS_KEY, viewsKey } from './storage-keys'

/**
 * The browser build's remembered state and saved views: localStorage, with the same schemas and
 * the same rule as the app's files (an entry that cannot be read back is set aside under a
 * `.corrupt-<time>` key and the user told, never a crash).
 */
export function createBrowserStorage(storage: Storage, now = () => new Date()) {
  /**
   * The stored value, or why it was not used. An entry that cannot be read back is copied aside
   * and only then removed; when even the copy fails (storage full), it stays where it is
   * (`held`), and nothing is saved over it: losing it is the user's call, not ours.
   */
  function read<S extends z.ZodType>(
    key: string,
    schema: S,
    what: string
  ): { value?: z.output<S>; warning?: string; held?: true } {
    const text = storage.getItem(key)
    if (text === null) return {}
    const parsed = parseStoredJson(schema, text)
    if (parsed.ok) return { value: parsed.value }
    const aside = setAsideName(key, now())
    try {
      storage.setItem(aside, text)
    } catch (error) {
      return {
        held: true,
        warning: `Your ${what} could not be used: ${parsed.reason}. They could not be set aside either (${messageOf(error)}), so they stay as they are (browser storage key ${key}) and nothing is saved over them; the defaults are used meanwhile. Free some browser storage for this site, or clear that key, to save again.`
      }
    }
    storage.removeItem(key)
    return {
      warning: `Your ${what} could not be used: ${parsed.reason}. They were set aside (browser storage key ${aside}) and the defaults used.`
    }
  }

  /** Refuses to save over an entry that could not be read back nor set aside. */
  const heldFailure = (key: string, what: string): Failure =>
    failure(
      `could not save ${what} in this browser: what is stored under ${key} cannot be read and could not be set aside (browser storage is full?), and is kept rather than overwritten`
    )

  return {
    loadSettings(): LoadSettingsResult {
      const { value, warning } = read(SETTINGS_KEY, Settings, 'saved settings')
      const settings = pageSettings(value ?? EMPTY_SETTINGS)
      return { ok: true, settings, ...(warning && { warning }) }
    },

    saveSettings(patch: Patch): { ok: true } | Failure {
      try {
        const stored = read(SETTINGS_KEY, Settings, 'saved settings')
        if (stored.held) return heldFailure(SETTINGS_KEY, 'settings')
        const next = mergeSettings(stored.value ?? EMPTY_SETTINGS, SettingsPatch.parse(patch))
        storage.setItem(SETTINGS_KEY, JSON.stringify(next))
        return { ok: true }
      } catch (error) {
        return failure(`could not save settings in this browser: ${messageOf(error)}`)
      }
    },

    loadViews(catalogName: string): LoadViewsResult {
      const key = viewsKey(catalogName)
      const { value, warning } = read(key, SavedViewsFile, `saved views for ${catalogName}`)
      const views = value?.views ?? []
      return { ok: true, views, location: 'browser', path: key, ...(warning && { warning }) }
    },

    saveViews(
      catalogName: string,
      views: readonly SavedViewInput[],
      company?: string
    ): SaveViewsResult {
      const key = viewsKey(catalogName)
      try {
        if (read(key, SavedViewsFile, `saved views for ${catalogName}`).held) {
          return heldFailure(key, 'the views')
        }
        storage.setItem(key, savedViewsText(SavedViewList.parse(views), company))
        return { ok: true, location: 'browser', path: key }
      } catch (error) {
        return failure(`could not save the views in this browser: ${messageOf(error)}`)
      }
    }
  }
}

type Failure = { ok: false; errors: Diagnostic[] }

function failure(message: string): Failure {
  return { ok: false, errors: [{ file: '', line: 0, column: 0, message }] }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
