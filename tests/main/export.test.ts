// @vitest-environment node
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { INVOKE_CHANNELS } from '../../src/shared/ipc/channels'
import { loadTeleportCatalog } from '../fixtures/catalog'
import { exportFeature } from './export-feature'
import { useMainHarness } from './main-harness'

const request = {
  options: { format: 'png', scale: 1, date: '2026-03-04' },
  view: { lens: { technologies: ['Go'] } }
}

// Each test loads the catalog on the loader's worker and draws on the export's, both started
// from source through tsx: seconds on a busy machine, past vitest's default 5 s.
describe('export IPC', { timeout: 60_000 }, () => {
  const main = useMainHarness('orgscope-ipc-export-', exportFeature)
  const { invoke, saveAs } = main

  it('refuses to export before a catalog has loaded', async () => {
    expect(await invoke(INVOKE_CHANNELS.exportChart, request)).toMatchObject({
      ok: false,
      errors: [{ message: 'there is no chart to export: no catalog has loaded' }]
    })
  })

  it('asks where to save, suggesting a name from catalog, filter and date, and writes the file', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    const path = join(main.dir, 'chart.png')
    saveAs(path)
    expect(await invoke(INVOKE_CHANNELS.exportChart, request)).toEqual({ ok: true, path })
    const [, options] = main.electron.dialog.showSaveDialog.mock.calls[0] as [
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
    saveAs(join(main.dir, 'missing', 'chart.png'))
    expect(await invoke(INVOKE_CHANNELS.exportChart, request)).toMatchObject({
      ok: false,
      errors: [{ message: `the folder ${join(main.dir, 'missing')} does not exist` }]
    })
  })

  it('rejects a malformed request before doing anything', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    const bad = { ...request, options: { ...request.options, scale: 9 } }
    expect(await invoke(INVOKE_CHANNELS.exportChart, bad)).toMatchObject({ ok: false })
    expect(main.electron.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('draws a comparison from its own newer catalog and the older one the page sends', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    // The older version lacks the first team: against main's copy, that team was added.
    const older = structuredClone(loadTeleportCatalog())
    const [formed] = older.divisions[0].teams.splice(0, 1)
    const path = join(main.dir, 'compared.svg')
    saveAs(path)
    const compared = {
      options: { format: 'svg', date: '2026-03-04' },
      view: { compare: { label: 'teleport-2025.yaml', older } }
    }
    expect(await invoke(INVOKE_CHANNELS.exportChart, compared)).toEqual({ ok: true, path })
    const svg = await readFile(path, 'utf8')
    expect(svg).toContain('>Changes since teleport-2025.yaml:</text>')
    expect(svg).toContain('>Added 1</text>')
    expect(svg).toContain('>Removed 0</text>')
    expect(svg).toContain(`>${formed.name}</text>`)
  })

  it('refuses a comparison whose older version is not a catalog, before asking where to save', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    const bad = {
      ...request,
      view: { compare: { label: 'v1', older: { company: { name: 'Acme' }, divisions: 'all' } } }
    }
    expect(await invoke(INVOKE_CHANNELS.exportChart, bad)).toMatchObject({ ok: false })
    expect(main.electron.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('shows in its folder only a file it exported itself', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    expect(await invoke(INVOKE_CHANNELS.revealInFolder, { path: '/etc/passwd' })).toMatchObject({
      ok: false
    })
    expect(main.electron.shell.showItemInFolder).not.toHaveBeenCalled()
    const path = join(main.dir, 'chart.png')
    saveAs(path)
    await invoke(INVOKE_CHANNELS.exportChart, request)
    expect(await invoke(INVOKE_CHANNELS.revealInFolder, { path })).toEqual({ ok: true })
    expect(main.electron.shell.showItemInFolder).toHaveBeenCalledWith(path)
  })

  it('copies a PNG to the clipboard', async () => {
    await invoke(INVOKE_CHANNELS.loadCatalog)
    expect(await invoke(INVOKE_CHANNELS.copyPng, request)).toEqual({ ok: true })
    const [items] = main.electron.clipboard.write.mock.calls[0]
    expect(items.map((item) => item.types)).toEqual([['image/png']])
    const blob = items[0].items['image/png'] as Blob
    expect(
      Buffer.from(await blob.arrayBuffer())
        .subarray(1, 4)
        .toString('latin1')
    ).toBe('PNG')
  })
})

describe('export IPC when drawing fails', { timeout: 60_000 }, () => {
  const main = useMainHarness('orgscope-ipc-export-fail-', async () => {
    // Out of memory on a huge chart, say: the failure comes after the save dialog.
    vi.doMock('../../src/node/export/export-in-worker', () => ({
      exportInWorker: () => ({ result: Promise.reject(new Error('out of memory')), cancel() {} })
    }))
    const feature = await import('../../src/main/export')
    feature.setupExport()
    return feature
  })
  afterAll(() => {
    vi.doUnmock('../../src/node/export/export-in-worker')
  })

  it('keeps an existing file whole and says what went wrong', async () => {
    // Main logs the error it turns into a message; that log is not this test's output.
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await main.invoke(INVOKE_CHANNELS.loadCatalog)
    const path = join(main.dir, 'chart.png')
    await writeFile(path, 'last week’s chart')
    main.saveAs(path)
    expect(await main.invoke(INVOKE_CHANNELS.exportChart, request)).toMatchObject({
      ok: false,
      errors: [{ message: 'internal error: out of memory' }]
    })
    expect(await readFile(path, 'utf8')).toBe('last week’s chart')
    expect(await readdir(main.dir)).toEqual(['chart.png'])
    log.mockRestore()
  })
})
