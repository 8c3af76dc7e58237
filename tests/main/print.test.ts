// @vitest-environment node
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../src/shared/ipc/channels'
import type { BrowserWindow } from '../mocks/electron'

describe('print to PDF', () => {
  let electron: typeof import('../mocks/electron')
  let print: typeof import('../../src/main/print')
  let window: BrowserWindow
  let dir: string
  const argv = process.argv

  // As `npm start` runs it: main loads the bundled catalog.
  beforeAll(() => {
    process.argv = ['/path/to/electron', '.']
    Object.defineProperty(process, 'defaultApp', { value: true, configurable: true })
  })
  afterAll(() => {
    process.argv = argv
    Reflect.deleteProperty(process, 'defaultApp')
  })

  beforeEach(async () => {
    vi.resetModules()
    electron = await import('../mocks/electron')
    electron.resetElectronMock()
    const catalog = await import('../../src/main/catalog')
    print = await import('../../src/main/print')
    const { createMainWindow } = await import('../../src/main/window')
    window = createMainWindow() as unknown as BrowserWindow
    catalog.setupCatalog()
    print.setupPrint()
    dir = await mkdtemp(join(tmpdir(), 'orgscope-print-'))
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

  it('prints the page landscape on the user’s paper, with backgrounds, and writes the file', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    const path = join(dir, 'org.pdf')
    saveAs(path)
    expect(await invoke(INVOKE_CHANNELS.printToPdf, { technologies: ['Go'] })).toEqual({
      ok: true,
      path
    })
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ landscape: true, pageSize: 'Letter', printBackground: true })
    )
    expect((await readFile(path)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    // Written atomically: nothing but the PDF in the folder (no temporary file left).
    expect(await readdir(dir)).toEqual(['org.pdf'])
    const [, options] = electron.dialog.showSaveDialog.mock.calls[0] as [
      unknown,
      { defaultPath: string; filters: { extensions: string[] }[] }
    ]
    expect(options.defaultPath).toMatch(/teleport-org-chart-go-\d{4}-\d\d-\d\d\.pdf$/)
    expect(options.filters[0].extensions).toEqual(['pdf'])
  })

  it('prints on A4 where Letter is not the usual paper', async () => {
    electron.app.getLocaleCountryCode.mockReturnValueOnce('DE')
    await invoke(INVOKE_CHANNELS.loadCatalog)
    saveAs(join(dir, 'org.pdf'))
    await invoke(INVOKE_CHANNELS.printToPdf, {})
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4' })
    )
  })

  it('asks where to save first: a cancel prints nothing and writes nothing', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    saveAs(undefined)
    expect(await invoke(INVOKE_CHANNELS.printToPdf, {})).toEqual({ ok: false, canceled: true })
    expect(window.webContents.printToPDF).not.toHaveBeenCalled()
    expect(await readdir(dir)).toEqual([])
  })

  it('keeps an existing file whole when printing fails, and says why', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    const path = join(dir, 'org.pdf')
    await writeFile(path, 'last week’s PDF')
    saveAs(path)
    window.webContents.printToPDF.mockRejectedValueOnce(new Error('printing failed'))
    expect(await invoke(INVOKE_CHANNELS.printToPdf, {})).toMatchObject({
      ok: false,
      errors: [{ message: 'could not print the chart: printing failed' }]
    })
    expect(await readFile(path, 'utf8')).toBe('last week’s PDF')
  })

  it('reports a folder it cannot write to as an error value', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    saveAs(join(dir, 'missing', 'org.pdf'))
    expect(await invoke(INVOKE_CHANNELS.printToPdf, {})).toMatchObject({
      ok: false,
      errors: [{ message: `the folder ${join(dir, 'missing')} does not exist` }]
    })
  })

  it('refuses before a catalog has loaded', async () => {
    expect(await invoke(INVOKE_CHANNELS.printToPdf, {})).toMatchObject({
      ok: false,
      errors: [{ message: /no catalog has loaded/ }]
    })
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('File → Print to PDF… asks the page to lay out its print sheet', () => {
    print.requestPrint(window as never)
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNELS.onPrintRequested, undefined)
  })
})
