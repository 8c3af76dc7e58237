// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createBrowserStorage } from '../../../src/renderer/src/web/browser-storage'
import { SETTINGS_KEY, viewsKey } from '../../../src/renderer/src/web/storage-keys'

/** The warning a load result carries, if any (the failure branch of the union has none). */
const warningOf = (result: object) => ('warning' in result ? String(result.warning) : undefined)

const NOW = () => new Date('2026-03-04T10:20:30Z')
const ASIDE = `${SETTINGS_KEY}.corrupt-2026-03-04T10-20-30Z`

/** localStorage over a Map; `full` makes every write of a new key throw, as a full quota does. */
function fakeStorage(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries))
  const state = { full: false }
  const storage = {
    getItem: (key: string) => map.get(key) ?? null,
    setItem(key: string, value: string) {
      if (state.full && !map.has(key)) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
      map.set(key, value)
    },
    removeItem: (key: string) => void map.delete(key),
    clear: () => map.clear(),
    key: (index: number) => [...map.keys()][index] ?? null,
    get length() {
      return map.size
    }
  } satisfies Storage
  return { storage, map, state }
}

describe('the browser build’s stored settings', () => {
  it('sets a corrupt entry aside, then removes it', () => {
    const { storage, map } = fakeStorage({ [SETTINGS_KEY]: '{"theme": "dark"' })
    const loaded = createBrowserStorage(storage, NOW).loadSettings()
    expect(warningOf(loaded)).toContain(`set aside (browser storage key ${ASIDE})`)
    expect(map.get(ASIDE)).toBe('{"theme": "dark"')
    expect(map.has(SETTINGS_KEY)).toBe(false)
  })

  it('keeps a corrupt entry it could not back up, and saves nothing over it', () => {
    // Issue 18: it was removed even when the copy failed, so it was lost.
    const { storage, map, state } = fakeStorage({ [SETTINGS_KEY]: '{"theme": "dark"' })
    state.full = true
    const browser = createBrowserStorage(storage, NOW)
    const loaded = browser.loadSettings()
    expect(loaded).toMatchObject({ ok: true, settings: {} })
    expect(warningOf(loaded)).toMatch(
      /could not be set aside either \(The quota has been exceeded\.\)/
    )
    expect(warningOf(loaded)).toContain(
      `they stay as they are (browser storage key ${SETTINGS_KEY})`
    )
    expect(map.get(SETTINGS_KEY)).toBe('{"theme": "dark"')

    const saved = browser.saveSettings({ theme: 'light' })
    expect(saved).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/kept rather than overwritten/) }]
    })
    expect(map.get(SETTINGS_KEY)).toBe('{"theme": "dark"')

    // Room again: the next save sets it aside first, then writes.
    state.full = false
    expect(browser.saveSettings({ theme: 'light' })).toEqual({ ok: true })
    expect(map.get(ASIDE)).toBe('{"theme": "dark"')
    expect(JSON.parse(map.get(SETTINGS_KEY)!)).toEqual({ schemaVersion: 1, theme: 'light' })
  })

  it('keeps saved views it could not back up, and saves no views over them', () => {
    const key = viewsKey('team.yaml')
    const { storage, map, state } = fakeStorage({ [key]: '[not json' })
    state.full = true
    const browser = createBrowserStorage(storage, NOW)
    expect(warningOf(browser.loadViews('team.yaml'))).toContain('could not be set aside either')
    expect(browser.saveViews('team.yaml', [])).toMatchObject({ ok: false })
    expect(map.get(key)).toBe('[not json')
  })

  it('keeps the fields a newer version stored when it saves', () => {
    const newer = { schemaVersion: 1, theme: 'dark', minimap: { corner: 'left' } }
    const { storage, map } = fakeStorage({ [SETTINGS_KEY]: JSON.stringify(newer) })
    const browser = createBrowserStorage(storage, NOW)
    expect(browser.loadSettings()).toEqual({ ok: true, settings: { theme: 'dark' } })
    expect(browser.saveSettings({ view: 'matrix' })).toEqual({ ok: true })
    expect(JSON.parse(map.get(SETTINGS_KEY)!)).toEqual({ ...newer, view: 'matrix' })
  })
})
