// @vitest-environment node
import { asElectronApp } from './as-electron-app'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { INVOKE_CHANNELS } from '../../src/shared/ipc/channels'
import { VIEWS } from '../fixtures/saved-views'
import type { BrowserWindow } from '../mocks/electron'

let dir: string

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'orgscope-views-'))
  await fs.mkdir(join(dir, 'catalogs'))
})

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

// Loading a catalog starts the loader's worker thread from source (tsx): seconds on a busy
// machine, past vitest's default 5 s.
describe('saved views IPC', { timeout: 30_000 }, () => {
  let electron: typeof import('../mocks/electron')
  let window: BrowserWindow
  // Each test then names its own catalog on the command line.
  asElectronApp()

  beforeEach(async () => {
    vi.resetModules()
    electron = await import('../mocks/electron')
    electron.resetElectronMock()
    electron.app.getPath.mockReturnValue(join(dir, 'user-data'))
    const catalog = join(dir, 'catalogs', 'acme.yaml')
    await fs.copyFile(join(process.cwd(), 'data', 'teleport.yaml'), catalog)
    process.argv = ['/path/to/electron', '.', catalog]
    const { setupCatalog } = await import('../../src/main/catalog')
    const { setupViews } = await import('../../src/main/views')
    const { createMainWindow } = await import('../../src/main/window')
    window = createMainWindow() as unknown as BrowserWindow
    setupCatalog()
    setupViews()
  })

  const invoke = (channel: string, payload?: unknown) =>
    electron.invokeFrom(window, channel, payload)

  it('saves beside the catalog the page names, and loads them back', async () => {
    const catalog = join(dir, 'catalogs', 'acme.yaml')
    await invoke(INVOKE_CHANNELS.loadCatalog)
    expect(await invoke(INVOKE_CHANNELS.saveViews, { catalog, views: VIEWS })).toMatchObject({
      ok: true,
      location: 'sidecar',
      path: `${catalog}.views.json`
    })
    expect(await invoke(INVOKE_CHANNELS.loadViews)).toMatchObject({ ok: true, views: VIEWS })
  })

  it('refuses views meant for another catalog than the one now open', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    const saved = await invoke(INVOKE_CHANNELS.saveViews, {
      catalog: join(dir, 'catalogs', 'other.yaml'),
      views: VIEWS
    })
    expect(saved).toMatchObject({ ok: false, errors: [{ message: /another catalog was opened/ }] })
    expect(await fs.readdir(join(dir, 'catalogs'))).toEqual(['acme.yaml'])
  })

  it('rejects a malformed list before touching the disk', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    const catalog = join(dir, 'catalogs', 'acme.yaml')
    const bad = [{ ...VIEWS[0], camera: { x: 0, y: 0, width: -1, height: 1 } }]
    expect(await invoke(INVOKE_CHANNELS.saveViews, { catalog, views: bad })).toMatchObject({
      ok: false,
      errors: [{ message: /invalid request/ }]
    })
    expect(await fs.readdir(join(dir, 'catalogs'))).toEqual(['acme.yaml'])
  })
})
