// @vitest-environment node
import { asElectronApp } from './as-electron-app'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { catalogPathFromArgs } from '../../src/main/catalog'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../src/shared/ipc/channels'
import type { BrowserWindow } from '../mocks/electron'
import type { CatalogSource } from '../../src/node/catalog/catalog-loader'
import { fakeCatalogLoader } from './fixtures/fake-catalog-loader'

// The file loader (and its worker) has its own tests; here only which file is loaded, and what
// happens after.
const loadOffThread = vi.hoisted(() =>
  vi.fn((source: CatalogSource) => {
    const path = source.kind === 'file' ? source.path : source.revision
    return path.includes('broken')
      ? {
          ok: false as const,
          errors: [{ file: path, line: 3, column: 5, message: 'unknown technology' }]
        }
      : { ok: true as const, value: { company: { name: path } } }
  })
)
vi.mock('../../src/node/catalog/catalog-loader', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  createCatalogLoader: () => fakeCatalogLoader(loadOffThread)
}))

const BUNDLED = join(process.cwd(), 'data', 'teleport.yaml')

describe('catalogPathFromArgs', () => {
  it('takes the first argument after the app when Electron runs unpackaged', () => {
    expect(catalogPathFromArgs(['electron', '.', 'team.yaml'], true, '/home/me')).toBe(
      '/home/me/team.yaml'
    )
  })

  it('skips Chromium and inspector flags', () => {
    const argv = ['electron', '--inspect=0', '--remote-debugging-port=0', '/repo', '/tmp/a.json']
    expect(catalogPathFromArgs(argv, true)).toBe('/tmp/a.json')
  })

  it('takes the first argument of a packaged app', () => {
    expect(catalogPathFromArgs(['/opt/OrgScope/orgscope', '/tmp/a.yaml'], false)).toBe(
      '/tmp/a.yaml'
    )
  })

  it('is undefined without a catalog argument', () => {
    expect(catalogPathFromArgs(['electron', '.'], true)).toBeUndefined()
    expect(catalogPathFromArgs(['electron', '--no-sandbox', 'out/main/index.js'], true)).toBe(
      undefined
    )
  })
})

describe('catalog IPC', () => {
  let window: BrowserWindow
  let electron: typeof import('../mocks/electron')
  let catalog: typeof import('../../src/main/catalog')
  asElectronApp()

  // Fresh modules per test: the current catalog is module state in main.
  beforeEach(async () => {
    vi.resetModules()
    electron = await import('../mocks/electron')
    catalog = await import('../../src/main/catalog')
    const { createMainWindow } = await import('../../src/main/window')
    window = createMainWindow() as unknown as BrowserWindow
    catalog.setupCatalog()
  })

  const invoke = (channel: string, ...payload: unknown[]) =>
    electron.invokeFrom(window, channel, ...payload)

  function choose(path: string | undefined) {
    electron.dialog.showOpenDialog.mockResolvedValueOnce(
      path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] }
    )
  }

  it('loads the bundled catalog when none was named', async () => {
    expect(catalog.currentCatalogPath()).toBe(BUNDLED)
    expect(await invoke(INVOKE_CHANNELS.loadCatalog)).toMatchObject({
      ok: true,
      source: { path: BUNDLED, name: 'teleport.yaml', bundled: true }
    })
  })

  it('reports a canceled dialog as canceled, and keeps the catalog', async () => {
    choose(undefined)

    expect(await invoke(INVOKE_CHANNELS.openCatalog)).toEqual({ ok: false, canceled: true })
    expect(catalog.currentCatalogPath()).toBe(BUNDLED)
  })

  it('offers YAML, JSON and Markdown files in a dialog attached to the asking window', async () => {
    choose(undefined)

    await invoke(INVOKE_CHANNELS.openCatalog)

    const [parent, options] = electron.dialog.showOpenDialog.mock.calls[0] as [
      unknown,
      { filters: unknown }
    ]
    expect(parent).toBe(window)
    expect(options.filters).toContainEqual({
      name: 'Catalog (YAML, JSON or a Markdown guide)',
      extensions: ['yaml', 'yml', 'json', 'md', 'mdx', 'markdown']
    })
  })

  it('returns the errors of a broken file and keeps the previous catalog', async () => {
    choose('/tmp/broken.yaml')

    expect(await invoke(INVOKE_CHANNELS.openCatalog)).toEqual({
      ok: false,
      errors: [{ file: '/tmp/broken.yaml', line: 3, column: 5, message: 'unknown technology' }],
      source: { path: '/tmp/broken.yaml', name: 'broken.yaml', bundled: false }
    })
    expect(catalog.currentCatalogPath()).toBe(BUNDLED)
  })

  it('makes a file that loads the current catalog, so a reload shows it again', async () => {
    choose('/tmp/acme.yaml')

    expect(await invoke(INVOKE_CHANNELS.openCatalog)).toMatchObject({
      ok: true,
      source: { path: '/tmp/acme.yaml', name: 'acme.yaml', bundled: false }
    })
    expect(await invoke(INVOKE_CHANNELS.loadCatalog)).toMatchObject({
      ok: true,
      source: { path: '/tmp/acme.yaml' }
    })
  })

  it('opens a dropped file by the path the preload sends', async () => {
    expect(
      await invoke(INVOKE_CHANNELS.openDroppedFile, { path: '/tmp/dropped.yml' })
    ).toMatchObject({
      ok: true,
      source: { path: '/tmp/dropped.yml', name: 'dropped.yml', bundled: false }
    })
    expect(catalog.currentCatalogPath()).toBe('/tmp/dropped.yml')
  })

  it('tells the asking window which file it is opening, before the result', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'orgscope-opening-'))
    const big = join(folder, 'big.yaml')
    await writeFile(big, 'x'.repeat(4096))
    const sent = () => vi.mocked(window.webContents.send).mock.calls.map(([channel]) => channel)

    // Open… in the toolbar: the event, then the operation's answer.
    choose(big)
    expect(await invoke(INVOKE_CHANNELS.openCatalog)).toMatchObject({ ok: true })
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNELS.onCatalogOpening, {
      name: 'big.yaml',
      bytes: 4096
    })
    // A drop, and File → Open…: the event comes before the result it announces.
    vi.mocked(window.webContents.send).mockClear()
    await invoke(INVOKE_CHANNELS.openDroppedFile, { path: big })
    choose(big)
    await catalog.openCatalogFromMenu(window as never)
    expect(sent()).toEqual([
      EVENT_CHANNELS.onCatalogOpening,
      EVENT_CHANNELS.onCatalogOpening,
      EVENT_CHANNELS.onCatalogChanged
    ])
    // No file there: nothing to announce; the result says what is wrong.
    vi.mocked(window.webContents.send).mockClear()
    choose(join(folder, 'gone.yaml'))
    await catalog.openCatalogFromMenu(window as never)
    expect(sent()).toEqual([EVENT_CHANNELS.onCatalogChanged])
  })

  it('Cancel while a file is read: its result changes nothing, the catalog stays', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'orgscope-cancel-'))
    const big = join(folder, 'big.yaml')
    await writeFile(big, 'x'.repeat(4096))
    await invoke(INVOKE_CHANNELS.loadCatalog)
    const exported = await catalog.currentCatalogJson()
    // Nothing being read: nothing to cancel (a result already sent is on its way).
    expect(await invoke(INVOKE_CHANNELS.cancelOpen)).toEqual({ ok: true, canceled: false })

    let finish = () => {}
    loadOffThread.mockImplementationOnce(
      (source) =>
        new Promise((resolve) => {
          finish = () =>
            resolve({ ok: true, value: { company: { name: (source as { path: string }).path } } })
        }) as never
    )
    const opened = invoke(INVOKE_CHANNELS.openDroppedFile, { path: big })
    await vi.waitFor(() =>
      expect(loadOffThread).toHaveBeenLastCalledWith({ kind: 'file', path: big })
    )
    expect(await invoke(INVOKE_CHANNELS.cancelOpen)).toEqual({ ok: true, canceled: true })
    finish()

    expect(await opened).toEqual({ ok: false, canceled: true })
    // Not the current catalog, nor what exports draw, nor watched, nor in Open Recent.
    expect(catalog.currentCatalogPath()).toBe(BUNDLED)
    expect(await catalog.currentCatalogJson()).toEqual(exported)
    const recent = await import('../../src/main/recent-catalogs')
    expect(recent.recentCatalogs()).not.toContain(big)
    // The next open goes on as ever.
    expect(await invoke(INVOKE_CHANNELS.openDroppedFile, { path: big })).toMatchObject({ ok: true })
    expect(catalog.currentCatalogPath()).toBe(big)
  })

  it('a canceled open from File → Open Recent sends the page nothing', async () => {
    loadOffThread.mockClear()
    let finish = () => {}
    loadOffThread.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          finish = () => resolve({ ok: true, value: { company: { name: 'Slow' } } })
        }) as never
    )
    const opened = catalog.openCatalogInWindow(window as never, '/tmp/slow.yaml')
    await vi.waitFor(() => expect(loadOffThread).toHaveBeenCalled())
    expect(catalog.cancelOpen()).toBe(true)
    finish()
    await opened

    expect(window.webContents.send).not.toHaveBeenCalledWith(
      EVENT_CHANNELS.onCatalogChanged,
      expect.anything()
    )
    expect(catalog.currentCatalogPath()).toBe(BUNDLED)
  })

  it.each([
    ['a relative path', 'team.yaml', /not a file on disk/],
    ['no path (a File the page made itself)', '', /not a file on disk/],
    [
      'a file that is not a catalog',
      '/home/me/.ssh/id_rsa',
      /opens \.yaml, \.yml, \.json, \.md, \.mdx, \.markdown files/
    ],
    ['a NUL in the path', '/tmp/a\0.yaml', /NUL/]
  ])('refuses a dropped file with %s, without reading it', async (_name, path, message) => {
    loadOffThread.mockClear()

    expect(await invoke(INVOKE_CHANNELS.openDroppedFile, { path })).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(message) }]
    })
    expect(loadOffThread).not.toHaveBeenCalled()
    expect(catalog.currentCatalogPath()).toBe(BUNDLED)
  })

  it('puts a catalog that loaded at the top of Open Recent, and not one that failed', async () => {
    const recent = await import('../../src/main/recent-catalogs')
    await recent.clearRecentCatalogs()

    await catalog.openCatalogPath('/tmp/first.yaml')
    await catalog.openCatalogPath('/tmp/broken.yaml')
    await catalog.openCatalogPath('/tmp/second.json')

    expect(recent.recentCatalogs()).toEqual(['/tmp/second.json', '/tmp/first.yaml'])
  })

  it('finds the bundled catalog among the resources when packaged', () => {
    electron.app.isPackaged = true
    Object.defineProperty(process, 'resourcesPath', {
      value: '/opt/OrgScope/resources',
      configurable: true
    })
    try {
      expect(catalog.bundledPath()).toBe(join('/opt/OrgScope/resources', 'data', 'teleport.yaml'))
    } finally {
      Reflect.deleteProperty(process, 'resourcesPath')
    }
  })

  it('File → Open pushes the result to the page, and nothing when canceled', async () => {
    choose(undefined)
    await catalog.openCatalogFromMenu(window as never)
    expect(window.webContents.send).not.toHaveBeenCalled()

    choose('/tmp/broken.json')
    await catalog.openCatalogFromMenu(window as never)
    expect(window.webContents.send).toHaveBeenCalledWith(
      EVENT_CHANNELS.onCatalogChanged,
      expect.objectContaining({
        ok: false,
        source: expect.objectContaining({ name: 'broken.json' })
      })
    )
  })
})
