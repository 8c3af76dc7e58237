// @vitest-environment node
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { INVOKE_CHANNELS } from '../../../src/shared/ipc/channels'
import type { BrowserWindow } from '../../mocks/electron'

const request = {
  options: { format: 'png', scale: 1, date: '2026-03-04' },
  view: { lens: { technologies: ['Go'] } }
}

describe('export IPC', () => {
  let window: BrowserWindow
  let electron: typeof import('../../mocks/electron')
  let dir: string
  const argv = process.argv

  // As `npm start` runs it (`electron .`, no catalog argument): main loads the bundled catalog.
  beforeAll(() => {
    process.argv = ['/path/to/electron', '.']
    Object.defineProperty(process, 'defaultApp', { value: true, configurable: true })
  })
  afterAll(() => {
    process.argv = argv
    Reflect.deleteProperty(process, 'defaultApp')
  })

  // Fresh modules per test: the current catalog and the set of written files are module state.
  beforeEach(async () => {
    vi.resetModules()
    electron = await import('../../mocks/electron')
    electron.resetElectronMock()
    const catalog = await import('../../../src/main/catalog')
    const { setupExport } = await import('../../../src/main/export/setup-export')
    const { createMainWindow } = await import('../../../src/main/window')
    window = createMainWindow() as unknown as BrowserWindow
    catalog.setupCatalog()
    setupExport()
    dir = await mkdtemp(join(tmpdir(), 'orgscope-ipc-export-'))
  })

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  function invoke(channel: string, payload?: unknown) {
    const listener = electron.ipcMain.handlers.get(channel) as unknown as (
      event: IpcMainInvokeEvent,
      payload: unknown
    ) => Promise<unknown>
    const { webContents } = window
    return listener({ sender: webContents, senderFrame: webContents.mainFrame } as never, payload)
  }

  function saveAs(path: string | undefined) {
    electron.dialog.showSaveDialog.mockResolvedValueOnce(
      path ? { canceled: false, filePath: path } : { canceled: true, filePath: '' }
    )
  }

  it('refuses to export before a catalog has loaded', async () => {
    expect(await invoke(INVOKE_CHANNELS.exportChart, request)).toMatchObject({
      ok: false,
      errors: [{ message: 'there is no chart to export: no catalog has loaded' }]
    })
  })

  it('asks where to save, suggesting a name from catalog, filter and date, and writes the file', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    const path = join(dir, 'chart.png')
    saveAs(path)
    expect(await invoke(INVOKE_CHANNELS.exportChart, request)).toEqual({ ok: true, path })
    const [, options] = electron.dialog.showSaveDialog.mock.calls[0] as [
      unknown,
      { defaultPath: string }
    ]
    expect(options.defaultPath).toMatch(/teleport-org-chart-go-2026-03-04\.png$/)
    expect((await readFile(path)).subarray(1, 4).toString('latin1')).toBe('PNG')
  })

  it('returns canceled when the save dialog is closed, writing nothing', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    saveAs(undefined)
    expect(await invoke(INVOKE_CHANNELS.exportChart, request)).toEqual({
      ok: false,
      canceled: true
    })
  })

  it('reports an unwritable folder as an error value', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    saveAs(join(dir, 'missing', 'chart.png'))
    expect(await invoke(INVOKE_CHANNELS.exportChart, request)).toMatchObject({
      ok: false,
      errors: [{ message: `the folder ${join(dir, 'missing')} does not exist` }]
    })
  })

  it('rejects a malformed request before doing anything', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    const bad = { ...request, options: { ...request.options, scale: 9 } }
    expect(await invoke(INVOKE_CHANNELS.exportChart, bad)).toMatchObject({ ok: false })
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('shows in its folder only a file it exported itself', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    expect(await invoke(INVOKE_CHANNELS.revealInFolder, { path: '/etc/passwd' })).toMatchObject({
      ok: false
    })
    expect(electron.shell.showItemInFolder).not.toHaveBeenCalled()
    const path = join(dir, 'chart.png')
    saveAs(path)
    await invoke(INVOKE_CHANNELS.exportChart, request)
    expect(await invoke(INVOKE_CHANNELS.revealInFolder, { path })).toEqual({ ok: true })
    expect(electron.shell.showItemInFolder).toHaveBeenCalledWith(path)
  })

  it('copies a PNG to the clipboard', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    expect(await invoke(INVOKE_CHANNELS.copyPng, request)).toEqual({ ok: true })
    const [items] = electron.clipboard.write.mock.calls[0]
    expect(items.map((item) => item.types)).toEqual([['image/png']])
    const blob = items[0].items['image/png'] as Blob
    expect(
      Buffer.from(await blob.arrayBuffer())
        .subarray(1, 4)
        .toString('latin1')
    ).toBe('PNG')
  })
})
