// @vitest-environment node
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../src/node/files/write-atomic'
import {
  readViews,
  viewsPaths,
  writeViews,
  type ViewsPaths
} from '../../../src/node/persist/views-file'
import { savedViewsText } from '../../../src/shared/persist/saved-views'
import { VIEWS } from '../../fixtures/saved-views'

let dir: string
let paths: ViewsPaths

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'orgscope-views-'))
  await fs.mkdir(join(dir, 'catalogs'))
  paths = viewsPaths(join(dir, 'catalogs', 'acme.yaml'), join(dir, 'user-data'), false)
})

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

describe('saved views sidecar', () => {
  it('is named after the catalog file, beside it; the fallback is in the data folder', () => {
    expect(paths.sidecar).toBe(join(dir, 'catalogs', 'acme.yaml.views.json'))
    expect(paths.appData).toMatch(
      /user-data[\\/]saved-views[\\/]acme\.yaml-[0-9a-f]{12}\.views\.json$/
    )
  })

  it('round-trips beside the catalog', async () => {
    expect(await writeViews(paths, VIEWS, 'Acme')).toEqual({
      ok: true,
      location: 'sidecar',
      path: paths.sidecar
    })
    expect(JSON.parse(await fs.readFile(paths.sidecar, 'utf8'))).toMatchObject({
      schemaVersion: 1,
      catalog: 'Acme',
      views: [{ name: 'Kubernetes teams' }, { name: 'Everything' }]
    })
    expect(await readViews(paths)).toEqual({
      ok: true,
      views: VIEWS,
      location: 'sidecar',
      path: paths.sidecar
    })
  })

  it('writes through a sidecar that is a symbolic link, keeping the link', async () => {
    const shared = join(dir, 'shared-views.json')
    await fs.writeFile(shared, savedViewsText([], 'Acme'))
    await fs.symlink(shared, paths.sidecar)
    expect(await writeViews(paths, VIEWS, 'Acme')).toMatchObject({ ok: true, location: 'sidecar' })
    expect((await fs.lstat(paths.sidecar)).isSymbolicLink()).toBe(true)
    expect(JSON.parse(await fs.readFile(shared, 'utf8'))).toMatchObject({
      views: [{ name: 'Kubernetes teams' }, { name: 'Everything' }]
    })
  })

  it('is an empty list before anything was saved', async () => {
    expect(await readViews(paths)).toEqual({
      ok: true,
      views: [],
      location: 'sidecar',
      path: paths.sidecar
    })
  })

  it('falls back to the data folder, with a notice, when the catalog folder is read-only', async () => {
    const readOnlyCatalogFolder = async (target: string, text: string) =>
      target === paths.sidecar
        ? {
            ok: false as const,
            errors: [
              {
                file: target,
                line: 0,
                column: 0,
                message: `cannot write to the folder ${join(dir, 'catalogs')}: it is on a read-only disk`
              }
            ]
          }
        : writeFileAtomic(target, text)
    const saved = await writeViews(paths, VIEWS, 'Acme', readOnlyCatalogFolder)
    expect(saved).toEqual({
      ok: true,
      location: 'app-data',
      path: paths.appData,
      notice: expect.stringMatching(/data folder: could not save next to the catalog .*read-only/)
    })
    // And that copy is what loads next time.
    expect(await readViews(paths)).toMatchObject({ views: VIEWS, location: 'app-data' })
  })

  it('falls back the same way when writing beside the catalog fails for real (no such folder)', async () => {
    const gone = viewsPaths(join(dir, 'missing', 'acme.yaml'), join(dir, 'user-data'), false)
    expect(await writeViews(gone, VIEWS)).toMatchObject({ ok: true, location: 'app-data' })
  })

  it('never writes beside the bundled catalog: its folder belongs to the app', async () => {
    const bundled = viewsPaths(join(dir, 'catalogs', 'teleport.yaml'), join(dir, 'user-data'), true)
    const saved = await writeViews(bundled, VIEWS)
    expect(saved).toMatchObject({ ok: true, location: 'app-data', notice: /bundled catalog/ })
    await expect(fs.stat(bundled.sidecar)).rejects.toThrow()
    expect(await readViews(bundled)).toMatchObject({ views: VIEWS, location: 'app-data' })
  })

  it('still reads a views file shipped beside the bundled catalog', async () => {
    const bundled = viewsPaths(join(dir, 'catalogs', 'teleport.yaml'), join(dir, 'user-data'), true)
    await fs.writeFile(bundled.sidecar, savedViewsText(VIEWS))
    expect(await readViews(bundled)).toMatchObject({ views: VIEWS })
  })

  it('loads the newer of the sidecar and the data-folder copy', async () => {
    await fs.mkdir(join(dir, 'user-data', 'saved-views'), { recursive: true })
    await fs.writeFile(paths.appData, savedViewsText([VIEWS[1]]))
    await fs.writeFile(paths.sidecar, savedViewsText(VIEWS))
    const past = new Date(Date.now() - 60_000)
    await fs.utimes(paths.appData, past, past)
    expect(await readViews(paths)).toMatchObject({ views: VIEWS, location: 'sidecar' })
    await fs.utimes(paths.sidecar, new Date(0), new Date(0))
    expect(await readViews(paths)).toMatchObject({ views: [VIEWS[1]], location: 'app-data' })
  })

  it('sets a corrupt sidecar aside with a warning, and starts an empty list', async () => {
    await fs.writeFile(paths.sidecar, '{"schemaVersion": 1, "views": [{"id": "v-1"')
    const loaded = await readViews(paths)
    expect(loaded).toMatchObject({
      ok: true,
      views: [],
      warning: expect.stringMatching(
        /acme\.yaml\.views\.json could not be used: it is not valid JSON/
      )
    })
    const files = await fs.readdir(join(dir, 'catalogs'))
    expect(files).toEqual([expect.stringMatching(/^acme\.yaml\.views\.json\.corrupt-/)])
  })

  it('sets aside a sidecar that is JSON but not views (a view without a name)', async () => {
    await fs.writeFile(
      paths.sidecar,
      JSON.stringify({ schemaVersion: 1, views: [{ id: 'v-1', name: '' }] })
    )
    expect(await readViews(paths)).toMatchObject({ views: [], warning: /views\.0\.name/ })
  })
})
