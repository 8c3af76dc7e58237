// @vitest-environment node
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readSettingsFile, SETTINGS_FILE, settingsText } from '../../src/node/persist/settings-file'
import { INVOKE_CHANNELS } from '../../src/shared/ipc/channels'
import type { BrowserWindow } from '../mocks/electron'

describe('settings IPC and the last catalog', () => {
  let electron: typeof import('../mocks/electron')
  let settings: typeof import('../../src/main/settings')
  let window: BrowserWindow
  /** The app's data folder, and settings.json in it. */
  let dir: string
  let path: string

  // Fresh modules: the store and the one-time warning are module state.
  beforeEach(async () => {
    vi.resetModules()
    dir = await fs.mkdtemp(join(tmpdir(), 'orgscope-settings-ipc-'))
    path = join(dir, SETTINGS_FILE)
    electron = await import('../mocks/electron')
    electron.resetElectronMock()
    electron.app.getPath.mockReturnValue(dir)
    settings = await import('../../src/main/settings')
    const { createMainWindow } = await import('../../src/main/window')
    window = createMainWindow() as unknown as BrowserWindow
  })

  afterEach(() => fs.rm(dir, { recursive: true, force: true }))

  const invoke = (channel: string, payload?: unknown) =>
    electron.invokeFrom(window, channel, payload)

  it('tells the page about a set-aside file once, and gives it only its own fields', async () => {
    await fs.writeFile(path, 'not json')
    await settings.setupSettings()
    const first = await invoke(INVOKE_CHANNELS.loadSettings)
    expect(first).toMatchObject({ ok: true, settings: {}, warning: /set aside/ })
    expect(await invoke(INVOKE_CHANNELS.loadSettings)).toEqual({ ok: true, settings: {} })
  })

  it('saves what the page sends, and refuses a page that tries to set the catalog path', async () => {
    await settings.setupSettings()
    expect(await invoke(INVOKE_CHANNELS.saveSettings, { theme: 'dark' })).toEqual({ ok: true })
    expect((await readSettingsFile(path)).settings).toEqual({ schemaVersion: 1, theme: 'dark' })
    expect(
      await invoke(INVOKE_CHANNELS.saveSettings, { lastCatalogPath: '/etc/passwd' })
    ).toMatchObject({ ok: false, errors: [{ message: /invalid request/ }] })
    expect(await invoke(INVOKE_CHANNELS.loadSettings)).toEqual({
      ok: true,
      settings: { theme: 'dark' }
    })
  })

  it('opens the last catalog at start while the file exists, and forgets the bundled one', async () => {
    const catalog = join(dir, 'acme.yaml')
    await fs.writeFile(catalog, 'schemaVersion: 1\n')
    await fs.writeFile(path, settingsText({ schemaVersion: 1, lastCatalogPath: catalog }))
    await settings.setupSettings()
    expect(settings.rememberedCatalogPath()).toBe(catalog)

    await fs.rm(catalog)
    expect(settings.rememberedCatalogPath()).toBeUndefined()

    settings.rememberCatalogPath(undefined)
    expect(settings.currentSettings()).toEqual({ schemaVersion: 1 })
  })

  it('writes a change still waiting when the app quits, before letting it quit', async () => {
    await settings.setupSettings()
    settings.rememberCatalogPath(join(dir, 'other.yaml'))
    const event = { preventDefault: vi.fn() }
    electron.app.emit('before-quit', event)
    expect(event.preventDefault).toHaveBeenCalled()
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled())
    expect((await readSettingsFile(path)).settings.lastCatalogPath).toBe(join(dir, 'other.yaml'))
  })
})
