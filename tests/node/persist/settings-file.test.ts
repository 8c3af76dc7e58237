// @vitest-environment node
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { writeFileAtomic, type AtomicWriteFs } from '../../../src/node/files/write-atomic'
import {
  createSettingsStore,
  readSettingsFile,
  SETTINGS_FILE,
  settingsText
} from '../../../src/node/persist/settings-file'
import { mergeSettings, type Settings } from '../../../src/shared/persist/settings'

let dir: string
let path: string

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'orgscope-settings-'))
  path = join(dir, SETTINGS_FILE)
})

afterEach(async () => {
  vi.useRealTimers()
  await fs.rm(dir, { recursive: true, force: true })
})

const SAVED: Settings = {
  schemaVersion: 1,
  theme: 'dark',
  layoutKind: 'vertical',
  lens: { technologies: ['Go', 'Kubernetes'], mode: 'all', includeMentions: true },
  hideNonMatches: true,
  lensOpen: false,
  view: 'matrix',
  viewport: { x: -120, y: 40, zoom: 1.25, catalog: '/catalogs/acme.yaml' },
  lastCatalogPath: '/catalogs/acme.yaml'
}

describe('settings file', () => {
  it('round-trips every field through settings.json', async () => {
    const store = createSettingsStore(path, { schemaVersion: 1 }, { delayMs: 0 })
    expect(await store.update(() => SAVED)).toEqual({ ok: true, path })
    expect(await readSettingsFile(path)).toEqual({ settings: SAVED })
  })

  it('starts with the defaults, silently, on a first run (no file)', async () => {
    expect(await readSettingsFile(path)).toEqual({ settings: { schemaVersion: 1 } })
  })

  it('sets a file that is not JSON aside and says so, instead of failing', async () => {
    await fs.writeFile(path, '{"theme": "dark", "lens": {')
    const loaded = await readSettingsFile(path)
    expect(loaded.settings).toEqual({ schemaVersion: 1 })
    expect(loaded.warning).toMatch(/^Your settings file could not be used: it is not valid JSON/)
    const files = await fs.readdir(dir)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^settings\.json\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/)
    expect(loaded.warning).toContain(`set aside as ${files[0]}`)
    // Set aside, not deleted: the text is still there for a person to look at.
    expect(await fs.readFile(join(dir, files[0]), 'utf8')).toBe('{"theme": "dark", "lens": {')
  })

  it('sets aside a file that is JSON but not settings (a value this version does not know)', async () => {
    await fs.writeFile(path, JSON.stringify({ schemaVersion: 1, theme: 'sepia' }))
    const loaded = await readSettingsFile(path)
    expect(loaded.settings).toEqual({ schemaVersion: 1 })
    expect(loaded.warning).toMatch(/does not match the expected format \(theme: /)
    expect((await fs.readdir(dir))[0]).toMatch(/^settings\.json\.corrupt-/)
  })

  it('writes back the fields a newer version wrote, after a change made by this one', async () => {
    const newer = {
      schemaVersion: 1,
      theme: 'dark',
      exportDefaults: { format: 'pdf', paper: 'a4' },
      lens: { technologies: ['Go'], pinned: ['Go'] }
    }
    await fs.writeFile(path, JSON.stringify(newer))
    const loaded = await readSettingsFile(path)
    expect(loaded).toEqual({ settings: newer })
    const store = createSettingsStore(path, loaded.settings, { delayMs: 0 })
    await store.update((settings) =>
      mergeSettings(settings, { theme: 'light', lens: { technologies: ['Rust'] } })
    )
    expect(JSON.parse(await fs.readFile(path, 'utf8'))).toEqual({
      schemaVersion: 1,
      theme: 'light',
      exportDefaults: { format: 'pdf', paper: 'a4' },
      lens: { technologies: ['Rust'], pinned: ['Go'] }
    })
  })

  it('leaves the previous file whole when a write fails, and reports the failure', async () => {
    await fs.writeFile(path, settingsText(SAVED))
    const renameFails: AtomicWriteFs = {
      ...(fs as unknown as AtomicWriteFs),
      rename: () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))
    }
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const store = createSettingsStore(path, SAVED, {
      delayMs: 0,
      write: (target, text) => writeFileAtomic(target, text, { fs: renameFails })
    })
    const result = await store.update((s) => ({ ...s, theme: 'light' }))
    warn.mockRestore()

    expect(result).toMatchObject({ ok: false, errors: [{ message: /not enough disk space/ }] })
    expect(await readSettingsFile(path)).toEqual({ settings: SAVED })
    // No temporary file left behind either.
    expect(await fs.readdir(dir)).toEqual([SETTINGS_FILE])
  })

  it('keeps settings.json a symbolic link when it is one (dotfiles kept in a repository)', async () => {
    const real = join(dir, 'dotfiles-settings.json')
    await fs.writeFile(real, settingsText({ schemaVersion: 1 }))
    await fs.symlink(real, path)
    const store = createSettingsStore(path, { schemaVersion: 1 }, { delayMs: 0 })
    expect(await store.update(() => SAVED)).toEqual({ ok: true, path })
    expect((await fs.lstat(path)).isSymbolicLink()).toBe(true)
    expect(await readSettingsFile(real)).toEqual({ settings: SAVED })
  })

  it('writes a burst of changes once, after they pause, with the last state', async () => {
    vi.useFakeTimers()
    const write = vi.fn(async (target: string, _text: string) => ({
      ok: true as const,
      path: target
    }))
    const store = createSettingsStore(path, { schemaVersion: 1 }, { delayMs: 250, write })
    const saves = [
      store.update((s) => ({ ...s, theme: 'dark' })),
      store.update((s) => ({ ...s, view: 'outline' })),
      store.update((s) => ({ ...s, lensOpen: false }))
    ]
    expect(store.pending()).toBe(true)
    await vi.advanceTimersByTimeAsync(249)
    expect(write).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(await Promise.all(saves)).toEqual([0, 1, 2].map(() => ({ ok: true, path })))
    expect(write).toHaveBeenCalledTimes(1)
    expect(JSON.parse(write.mock.calls[0][1])).toEqual({
      schemaVersion: 1,
      theme: 'dark',
      view: 'outline',
      lensOpen: false
    })
    expect(store.pending()).toBe(false)
  })

  it('flush() writes a waiting change at once (what quitting does)', async () => {
    const store = createSettingsStore(path, { schemaVersion: 1 }, { delayMs: 60_000 })
    void store.update((s) => ({ ...s, theme: 'light' }))
    await store.flush()
    expect((await readSettingsFile(path)).settings.theme).toBe('light')
  })
})
