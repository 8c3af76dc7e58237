// @vitest-environment node
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { catalogFromParts } from '../../src/shared/ipc/catalog-transfer'
import { EVENT_CHANNELS } from '../../src/shared/ipc/channels'
import type { CatalogMessage, CatalogResult } from '../../src/shared/ipc/contract'
import { makeCatalogFile, makeDivision, makeTeam, positionOf, toYaml } from '../fixtures/catalog'
import { fsEventBarrier } from '../fixtures/fs-event-barrier'
import type { BrowserWindow } from '../mocks/electron'
import { receivedCatalog } from './received-catalog'

/**
 * Main's side of live reload, end to end in Node: real files in a temporary folder, the real
 * loader and watcher, and the fake electron's window recording what main pushes to the page.
 */
describe('live reload of the open catalog', () => {
  let root: string
  let dir: string
  let file: string
  let window: BrowserWindow
  let catalog: typeof import('../../src/main/catalog')
  let electron: typeof import('../mocks/electron')

  const valid = (teamName: string) =>
    toYaml(
      makeCatalogFile({ divisions: [makeDivision({ teams: [makeTeam({ name: teamName })] })] })
    )
  /** An unclosed flow sequence: a YAML syntax error at a known place. */
  const INVALID = valid('Platform').replace('name: Platform', 'name: [Platform')

  /** Every catalog message main pushed to the page so far. */
  const pushed = () =>
    window.webContents.send.mock.calls
      .filter(([channel]) => channel === EVENT_CHANNELS.onCatalogChanged)
      .map(([, message]) => message as CatalogMessage)

  /** Waits for the next push and returns it, as the page gets it (the catalog fetched). */
  async function nextPush(): Promise<CatalogResult> {
    const before = pushed().length
    await expect
      .poll(() => pushed().length, { timeout: 5000, interval: 20 })
      .toBeGreaterThan(before)
    return receivedCatalog(
      (channel, payload) => electron.invokeFrom(window, channel, payload),
      pushed().at(-1)!
    )
  }

  /** An editor's save: a temporary file renamed over the catalog. */
  async function save(text: string) {
    const temp = join(dir, `.catalog.yaml.${Math.random().toString(16).slice(2)}.tmp`)
    await writeFile(temp, text)
    await rename(temp, file)
  }

  beforeEach(async () => {
    vi.resetModules()
    electron = await import('../mocks/electron')
    electron.resetElectronMock()
    catalog = await import('../../src/main/catalog')
    const { createMainWindow } = await import('../../src/main/window')
    window = createMainWindow() as unknown as BrowserWindow
    catalog.setupCatalog()
    // The catalogs' folder, and beside it room for an fsEventBarrier's markers.
    root = await mkdtemp(join(tmpdir(), 'orgscope-live-'))
    dir = join(root, 'catalogs')
    await mkdir(dir)
    file = join(dir, 'catalog.yaml')
  })

  afterEach(async () => {
    catalog.stopWatchingCatalog()
    await rm(root, { recursive: true, force: true })
  })

  it('pushes a valid edit, an invalid one with its line and column, and the fix', async () => {
    await writeFile(file, valid('Platform'))
    expect(await catalog.openCatalogPath(file)).toMatchObject({ ok: true })

    const saving = nextPush()
    await save(valid('Platform Team'))
    expect(await saving).toMatchObject({
      ok: true,
      source: { path: file, name: 'catalog.yaml', bundled: false },
      catalog: { divisions: [{ teams: [{ name: 'Platform Team' }] }] }
    })

    const breaking = nextPush()
    await save(INVALID)
    const broken = await breaking
    if (broken.ok) throw new Error('expected the invalid edit to fail')
    expect(broken.source).toMatchObject({ path: file })
    expect(broken.errors[0]).toMatchObject({ file, line: expect.any(Number) })
    expect(broken.errors[0].line).toBeGreaterThan(0)
    expect(broken.errors[0].column).toBeGreaterThan(0)
    // Main keeps the last good catalog (exports draw from it) while the file is broken.
    expect(catalogFromParts((await catalog.currentCatalogJson())!).divisions[0].teams[0].name).toBe(
      'Platform Team'
    )

    const fixing = nextPush()
    await writeFile(file, valid('Platform Renamed')) // in place, this time
    expect(await fixing).toMatchObject({
      ok: true,
      catalog: { divisions: [{ teams: [{ name: 'Platform Renamed' }] }] }
    })
    expect(catalogFromParts((await catalog.currentCatalogJson())!).divisions[0].teams[0].name).toBe(
      'Platform Renamed'
    )
  })

  it('reports the line and column of a bad technology reference as the loader does', async () => {
    await writeFile(file, valid('Platform'))
    await catalog.openCatalogPath(file)

    const text = toYaml(
      makeCatalogFile({
        divisions: [makeDivision({ teams: [makeTeam({ stack: ['Kubernets'] })] })]
      })
    )
    const breaking = nextPush()
    await save(text)
    const broken = await breaking

    expect(broken).toMatchObject({
      ok: false,
      errors: [
        { file, ...positionOf(text, 'Kubernets'), hint: expect.stringMatching(/Kubernetes/) }
      ]
    })
  })

  it('watches a file that failed to open, and makes it current once it is fixed', async () => {
    await writeFile(file, INVALID)
    expect(await catalog.openCatalogPath(file)).toMatchObject({ ok: false })
    expect(catalog.currentCatalogPath()).not.toBe(file)

    const fixing = nextPush()
    await save(valid('Fixed'))
    expect(await fixing).toMatchObject({ ok: true, source: { path: file } })
    expect(catalog.currentCatalogPath()).toBe(file)
  })

  it('stops watching the previous file when another one is opened', async () => {
    const other = join(dir, 'other.yaml')
    await writeFile(file, valid('First'))
    await writeFile(other, valid('Second'))
    await catalog.openCatalogPath(file)
    await catalog.openCatalogPath(other)

    // A watcher that saw the save would start its debounce. With the clock fake, that timer
    // waits for the test: once every event of the save has arrived, none may be pending.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const events = fsEventBarrier(root)
    try {
      await save(valid('First edited'))
      await events.delivered()
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      events.close()
      vi.useRealTimers()
    }
    expect(pushed()).toEqual([])

    const editing = nextPush()
    await writeFile(other, valid('Second edited'))
    expect(await editing).toMatchObject({ ok: true, source: { path: other } })
  })

  it('starts watching the catalog the page loads first', async () => {
    const argv = process.argv
    process.argv = ['/path/to/electron', '.', file]
    Object.defineProperty(process, 'defaultApp', { value: true, configurable: true })
    try {
      await writeFile(file, INVALID)
      const { ipcMain } = await import('../mocks/electron')
      const load = ipcMain.handlers.get('orgscope:catalog/load') as unknown as (
        event: unknown
      ) => Promise<CatalogMessage>
      const { webContents } = window
      expect(await load({ sender: webContents, senderFrame: webContents.mainFrame })).toMatchObject(
        {
          ok: false
        }
      )

      const fixing = nextPush()
      await save(valid('Fixed'))
      expect(await fixing).toMatchObject({ ok: true, source: { path: file } })
    } finally {
      process.argv = argv
      Reflect.deleteProperty(process, 'defaultApp')
    }
  })
})
