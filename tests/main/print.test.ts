// @vitest-environment node
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../src/shared/ipc/channels'
import { useMainHarness } from './main-harness'

describe('print to PDF', () => {
  const main = useMainHarness('orgscope-print-', async () => {
    const print = await import('../../src/main/print')
    print.setupPrint()
    return print
  })
  const { invoke, saveAs } = main

  it('prints the page landscape on the user’s paper, with backgrounds, and writes the file', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    const path = join(main.dir, 'org.pdf')
    saveAs(path)
    expect(await invoke(INVOKE_CHANNELS.printToPdf, { technologies: ['Go'] })).toEqual({
      ok: true,
      path
    })
    expect(main.window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ landscape: true, pageSize: 'Letter', printBackground: true })
    )
    expect((await readFile(path)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    // Written atomically: nothing but the PDF in the folder (no temporary file left).
    expect(await readdir(main.dir)).toEqual(['org.pdf'])
    const [, options] = main.electron.dialog.showSaveDialog.mock.calls[0] as [
      unknown,
      { defaultPath: string; filters: { extensions: string[] }[] }
    ]
    expect(options.defaultPath).toMatch(/teleport-org-chart-go-\d{4}-\d\d-\d\d\.pdf$/)
    expect(options.filters[0].extensions).toEqual(['pdf'])
  })

  it('prints on A4 where Letter is not the usual paper', async () => {
    main.electron.app.getLocaleCountryCode.mockReturnValueOnce('DE')
    await invoke(INVOKE_CHANNELS.loadCatalog)
    saveAs(join(main.dir, 'org.pdf'))
    await invoke(INVOKE_CHANNELS.printToPdf, {})
    expect(main.window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4' })
    )
  })

  it('asks where to save first: a cancel prints nothing and writes nothing', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    saveAs(undefined)
    expect(await invoke(INVOKE_CHANNELS.printToPdf, {})).toEqual({ ok: false, canceled: true })
    expect(main.window.webContents.printToPDF).not.toHaveBeenCalled()
    expect(await readdir(main.dir)).toEqual([])
  })

  it('keeps an existing file whole when printing fails, and says why', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    const path = join(main.dir, 'org.pdf')
    await writeFile(path, 'last week’s PDF')
    saveAs(path)
    main.window.webContents.printToPDF.mockRejectedValueOnce(new Error('printing failed'))
    expect(await invoke(INVOKE_CHANNELS.printToPdf, {})).toMatchObject({
      ok: false,
      errors: [{ message: 'could not print the chart: printing failed' }]
    })
    expect(await readFile(path, 'utf8')).toBe('last week’s PDF')
  })

  it('reports a folder it cannot write to as an error value', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    saveAs(join(main.dir, 'missing', 'org.pdf'))
    expect(await invoke(INVOKE_CHANNELS.printToPdf, {})).toMatchObject({
      ok: false,
      errors: [{ message: `the folder ${join(main.dir, 'missing')} does not exist` }]
    })
  })

  it('refuses before a catalog has loaded', async () => {
    expect(await invoke(INVOKE_CHANNELS.printToPdf, {})).toMatchObject({
      ok: false,
      errors: [{ message: /no catalog has loaded/ }]
    })
    expect(main.electron.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('File → Print to PDF… asks the page to lay out its print sheet', () => {
    main.feature.requestPrint(main.window as never)
    expect(main.window.webContents.send).toHaveBeenCalledWith(
      EVENT_CHANNELS.onPrintRequested,
      undefined
    )
  })
})
