// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { createBrowserStorage } from '../../../src/renderer/src/web/browser-storage'
import { createLazyBrowserStorage } from '../../../src/renderer/src/web/lazy-browser-storage'
import { SETTINGS_KEY, viewsKey } from '../../../src/renderer/src/web/storage-keys'

/** localStorage over a Map. */
function mapStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries))
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    clear: () => map.clear(),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size
    }
  }
}

/** The lazy storage with a loader that counts how often the schemas' chunk is fetched. */
function lazyOver(storage: Storage) {
  const load = vi.fn(async () => ({ createBrowserStorage }))
  return { lazy: createLazyBrowserStorage(storage, load), load }
}

describe('the browser build’s storage before its schemas load', () => {
  it('answers a first visit (nothing stored) as the schemas would, without fetching them', async () => {
    const { lazy, load } = lazyOver(mapStorage())
    const eager = createBrowserStorage(mapStorage())
    expect(await lazy.loadSettings()).toEqual(eager.loadSettings())
    expect(await lazy.loadViews('team.yaml')).toEqual(eager.loadViews('team.yaml'))
    expect(load).not.toHaveBeenCalled()
  })

  it('reads what is stored with the schemas, fetched once', async () => {
    const views = JSON.stringify({
      schemaVersion: 1,
      views: [{ id: 'v-1', name: 'Platform' }]
    })
    const stored = {
      [SETTINGS_KEY]: '{"schemaVersion":1,"theme":"dark"}',
      [viewsKey('a.yaml')]: views
    }
    const { lazy, load } = lazyOver(mapStorage(stored))
    const eager = createBrowserStorage(mapStorage(stored))
    expect(await lazy.loadSettings()).toEqual({ ok: true, settings: { theme: 'dark' } })
    expect(await lazy.loadViews('a.yaml')).toEqual(eager.loadViews('a.yaml'))
    expect(await lazy.loadViews('a.yaml')).toMatchObject({ views: [{ name: 'Platform' }] })
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('sets a corrupt entry aside with its warning, as the schemas do', async () => {
    const storage = mapStorage({ [SETTINGS_KEY]: '{"theme": "dark"' })
    const { lazy } = lazyOver(storage)
    expect(await lazy.loadSettings()).toMatchObject({
      ok: true,
      settings: {},
      warning: expect.stringMatching(/could not be used: it is not valid JSON/)
    })
    expect(storage.getItem(SETTINGS_KEY)).toBeNull()
  })

  it('saves through the schemas, refusing what they refuse', async () => {
    const storage = mapStorage()
    const { lazy, load } = lazyOver(storage)
    expect(await lazy.saveSettings({ theme: 'light' })).toEqual({ ok: true })
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!)).toEqual({ schemaVersion: 1, theme: 'light' })
    expect(await lazy.loadSettings()).toEqual({ ok: true, settings: { theme: 'light' } })
    const bad = { theme: 'sepia' } as unknown as Parameters<typeof lazy.saveSettings>[0]
    expect(await lazy.saveSettings(bad)).toMatchObject({ ok: false })
    expect(await lazy.saveViews('a.yaml', [{ id: 'v-1', name: 'Platform' }])).toMatchObject({
      ok: true,
      path: viewsKey('a.yaml')
    })
    expect(await lazy.loadViews('a.yaml')).toMatchObject({
      views: [{ id: 'v-1', name: 'Platform' }]
    })
    expect(load).toHaveBeenCalledTimes(1)
  })
})
