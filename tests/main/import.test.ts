// @vitest-environment node
import { mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_CATALOG_BYTES } from '../../src/shared/catalog/size-limit'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../src/shared/ipc/channels'
import { useMainHarness } from './main-harness'

const REQUEST = {
  source: 'teams.csv',
  catalogName: 'teams.yaml',
  catalog: 'schemaVersion: 2\n',
  mappingName: 'teams.import.json',
  mapping: '{"version":1,"roles":{"column:Snack":"team-part"}}\n'
}

/** useMainHarness's `setup`: main's import feature, imported fresh, its handlers registered. */
async function importFeature() {
  const feature = await import('../../src/main/import')
  feature.setupImport()
  return feature
}

describe('saving an import (the preview’s Accept)', () => {
  const main = useMainHarness('orgscope-import-', importFeature)
  const { invoke, saveAs } = main

  it('writes the catalog where the user chose, and the mapping beside it, nothing else', async () => {
    const path = join(main.dir, 'org.yaml')
    saveAs(path)
    expect(await invoke(INVOKE_CHANNELS.saveImport, REQUEST)).toEqual({ ok: true, path })
    expect(await readFile(path, 'utf8')).toBe(REQUEST.catalog)
    expect(await readFile(join(main.dir, 'teams.import.json'), 'utf8')).toBe(REQUEST.mapping)
    expect((await readdir(main.dir)).sort()).toEqual(['org.yaml', 'teams.import.json'])
    const [, options] = main.electron.dialog.showSaveDialog.mock.calls[0] as [
      unknown,
      { defaultPath: string; filters: { extensions: string[] }[] }
    ]
    expect(options.defaultPath).toMatch(/teams\.yaml$/)
    expect(options.filters[0].extensions).toEqual(['yaml', 'yml'])
  })

  it(
    'makes the saved catalog the current one, so exports and live reload follow it',
    { timeout: 60_000 },
    async () => {
      // Session 17, h114's QA: after Accept the page showed the import, but exports drew the
      // catalog shown before it (main still held that one).
      const path = join(main.dir, 'lindenhall.yaml')
      saveAs(path)
      const catalog = [
        'schemaVersion: 2',
        "company: { name: Lindenhall, summary: '' }",
        'technologies: []',
        'divisions:',
        '  - id: engineering',
        '    name: Engineering',
        "    summary: ''",
        '    teams:',
        "      - { id: ledger, name: Ledger, summary: '', stack: [], mentions: [], projects: [], links: [] }",
        ''
      ].join('\n')
      expect(await invoke(INVOKE_CHANNELS.saveImport, { ...REQUEST, catalog })).toEqual({
        ok: true,
        path
      })
      const current = await import('../../src/main/catalog')
      expect(current.currentCatalogPath()).toBe(path)
      expect(current.currentCompanyName()).toBe('Lindenhall')
      current.stopWatchingCatalog()
    }
  )

  it('writes nothing when the dialog is canceled', async () => {
    saveAs(undefined)
    expect(await invoke(INVOKE_CHANNELS.saveImport, REQUEST)).toEqual({ ok: false, canceled: true })
    expect(await readdir(main.dir)).toEqual([])
  })

  it('says so when the catalog cannot be written, and writes no mapping', async () => {
    const folder = join(main.dir, 'taken')
    await mkdir(folder)
    saveAs(folder)
    const result = await invoke(INVOKE_CHANNELS.saveImport, REQUEST)
    expect(result).toMatchObject({ ok: false, errors: [{ message: expect.any(String) }] })
    expect(await readdir(main.dir)).toEqual(['taken'])
  })

  it('refuses a request that names a path instead of a file name', async () => {
    saveAs(join(main.dir, 'org.yaml'))
    const result = await invoke(INVOKE_CHANNELS.saveImport, {
      ...REQUEST,
      mappingName: '../../.bashrc.import.json'
    })
    expect(result).toMatchObject({ ok: false })
    expect(await readdir(main.dir)).toEqual([])
  })
})

describe('File → Import…', () => {
  const main = useMainHarness('orgscope-import-menu-', importFeature)
  const choose = (...filePaths: string[]) =>
    main.electron.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: filePaths.length === 0,
      filePaths
    })
  /** The page was sent nothing; the user was warned with this message and detail instead. */
  const expectWarnedOnly = (message: string, detail: string) => {
    expect(sentToPage()).toEqual([])
    expect(main.electron.dialog.showMessageBox).toHaveBeenCalledWith(main.window, {
      type: 'warning',
      message,
      detail
    })
  }
  const sentToPage = () =>
    main.window.webContents.send.mock.calls.filter(
      ([channel]) => channel === EVENT_CHANNELS.onImportRequested
    )

  it('reads the files chosen and hands them to the page, which previews the import', async () => {
    const guide = join(main.dir, 'teams.md')
    const mapping = join(main.dir, 'teams.import.json')
    await writeFile(guide, '# Engineering\n\n## Platform\n\nRuns the platform. Ünïcode kept.\n')
    await writeFile(mapping, REQUEST.mapping)
    choose(guide, mapping)
    await main.feature.requestImport(main.window as never)
    const [, options] = main.electron.dialog.showOpenDialog.mock.calls[0] as [
      unknown,
      { properties: string[]; filters: { extensions: string[] }[] }
    ]
    expect(options.properties).toEqual(['openFile', 'multiSelections'])
    expect(options.filters[0].extensions).toEqual(
      expect.arrayContaining(['md', 'csv', 'tsv', 'yaml', 'json'])
    )
    expect(sentToPage()).toEqual([
      [
        EVENT_CHANNELS.onImportRequested,
        {
          files: [
            { name: 'teams.md', bytes: new Uint8Array(await readFile(guide)) },
            { name: 'teams.import.json', bytes: new Uint8Array(await readFile(mapping)) }
          ]
        }
      ]
    ])
  })

  it('sends nothing when the dialog is canceled', async () => {
    choose()
    await main.feature.requestImport(main.window as never)
    expect(sentToPage()).toEqual([])
    expect(main.electron.dialog.showMessageBox).not.toHaveBeenCalled()
  })

  it('says files over the import limit are too large, and reads none of them', async () => {
    const big = join(main.dir, 'teams.csv')
    await writeFile(big, '')
    await truncate(big, MAX_CATALOG_BYTES + 1)
    choose(big)
    await main.feature.requestImport(main.window as never)
    expectWarnedOnly(
      'Cannot import: the files are 32.0 MB, over the 32 MB an import may be',
      'import a part of them'
    )
  })

  it('names a file that is gone since the dialog listed it, says how to fix it, sends nothing', async () => {
    const guide = join(main.dir, 'teams.md')
    await writeFile(guide, '# Engineering\n')
    choose(guide, join(main.dir, 'gone.import.json'))
    await main.feature.requestImport(main.window as never)
    expectWarnedOnly(
      'Cannot import gone.import.json: file not found',
      'check the path, or create the file'
    )
  })
})
