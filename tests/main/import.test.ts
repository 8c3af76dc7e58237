// @vitest-environment node
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { INVOKE_CHANNELS } from '../../src/shared/ipc/channels'
import { useMainHarness } from './main-harness'

const REQUEST = {
  source: 'teams.csv',
  catalogName: 'teams.yaml',
  catalog: 'schemaVersion: 2\n',
  mappingName: 'teams.import.json',
  mapping: '{"version":1,"roles":{"column:Snack":"team-part"}}\n'
}

describe('saving an import (the preview’s Accept)', () => {
  const main = useMainHarness('orgscope-import-', async () => {
    const module = await import('../../src/main/import')
    module.setupImport()
    return module
  })
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
