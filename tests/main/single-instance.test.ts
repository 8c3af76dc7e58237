// @vitest-environment node
/**
 * Issue 18, case 8: two running copies of the app overwrote each other's settings. Main's entry
 * (src/main/index.ts) on the electron fake: a second copy quits at once, setting nothing up; the
 * first comes to the front and opens the file the second was started with.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EVENT_CHANNELS } from '../../src/shared/ipc/channels'
import { makeCatalogFile, toYaml } from '../fixtures/catalog'
import { asElectronApp } from './as-electron-app'

/**
 * Polled until the catalog arrives: it loads on a worker thread started from source (tsx), which
 * takes seconds on a busy machine, past vi.waitFor's default second.
 */
const LOADED = { timeout: 20_000 }

describe('one running copy of the app', () => {
  asElectronApp()
  let electron: typeof import('../mocks/electron')
  let dir: string

  beforeEach(async () => {
    vi.resetModules()
    electron = await import('../mocks/electron')
    electron.resetElectronMock()
    dir = await mkdtemp(join(tmpdir(), 'orgscope-second-'))
    await writeFile(
      join(dir, 'team.yaml'),
      toYaml(makeCatalogFile({ company: { name: 'Handed' } }))
    )
  })

  afterEach(() => rm(dir, { recursive: true, force: true }))

  /** What main pushed to `window` on the catalog channel. */
  const pushedCatalogs = (window: InstanceType<typeof electron.BrowserWindow>) =>
    window.webContents.send.mock.calls
      .filter(([channel]) => channel === EVENT_CHANNELS.onCatalogChanged)
      .map(([, payload]) => payload as { ok: boolean; source: { path: string } })

  /** A second launch, `electron . team.yaml` in `dir`, as Electron reports it to the first. */
  const secondLaunch = () =>
    electron.app.emit('second-instance', {}, ['/path/to/electron', '.', 'team.yaml'], dir)

  it('a second copy quits at once: no window, no handler, no settings read', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false)
    await import('../../src/main/index')
    expect(electron.app.quit).toHaveBeenCalled()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
    expect(electron.BrowserWindow.instances).toHaveLength(0)
    expect(electron.ipcMain.handlers.size).toBe(0)
  })

  it('the first copy comes to the front and opens the file the second was given', async () => {
    await import('../../src/main/index')
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1))
    const [window] = electron.BrowserWindow.instances
    window.minimized = true

    secondLaunch()

    await vi.waitFor(
      () =>
        expect(pushedCatalogs(window)).toEqual([
          expect.objectContaining({
            ok: true,
            source: expect.objectContaining({ path: join(dir, 'team.yaml') })
          })
        ]),
      LOADED
    )
    expect(window.restore).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
    expect(electron.app.quit).not.toHaveBeenCalled()
    expect(electron.BrowserWindow.instances).toHaveLength(1)
  })

  it('a launch during start-up is answered once the window is there, in that window', async () => {
    let ready!: () => void
    electron.app.whenReady.mockReturnValueOnce(new Promise<void>((resolve) => (ready = resolve)))
    await import('../../src/main/index')
    secondLaunch()
    expect(electron.BrowserWindow.instances).toHaveLength(0)

    ready()

    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1))
    const [window] = electron.BrowserWindow.instances
    await vi.waitFor(() => expect(pushedCatalogs(window)).toHaveLength(1), LOADED)
    expect(pushedCatalogs(window)[0]).toMatchObject({
      ok: true,
      source: { path: join(dir, 'team.yaml') }
    })
    expect(electron.BrowserWindow.instances).toHaveLength(1)
  })

  it('a launch without a file only brings the window to the front', async () => {
    await import('../../src/main/index')
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1))
    const [window] = electron.BrowserWindow.instances
    electron.app.emit('second-instance', {}, ['/path/to/electron', '.', '--flag'], dir)
    await vi.waitFor(() => expect(window.focus).toHaveBeenCalled())
    expect(pushedCatalogs(window)).toEqual([])
  })
})
