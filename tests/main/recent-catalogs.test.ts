// @vitest-environment node
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  addRecentCatalog,
  clearRecentCatalogs,
  MAX_RECENT_CATALOGS,
  onRecentCatalogsChanged,
  recentCatalogs,
  recentCatalogsFile,
  resetRecentCatalogsCache,
  withRecent
} from '../../src/main/recent-catalogs'
import { menuTemplate, openRecentMenu, setupMenu } from '../../src/main/menu'
import { app, Menu, resetElectronMock } from '../mocks/electron'

describe('withRecent', () => {
  it('puts the path first, once, and keeps the last eight', () => {
    const list = Array.from({ length: MAX_RECENT_CATALOGS }, (_, i) => `/c/${i}.yaml`)

    expect(withRecent(list, '/c/3.yaml')).toEqual([
      '/c/3.yaml',
      ...list.filter((p) => p !== '/c/3.yaml')
    ])
    expect(withRecent(list, '/c/new.yaml')).toEqual(['/c/new.yaml', ...list.slice(0, 7)])
    expect(withRecent([], 'relative.yaml')).toEqual([resolve('relative.yaml')])
  })
})

describe('recent catalogs', () => {
  let userData: string

  beforeEach(async () => {
    resetElectronMock()
    userData = await mkdtemp(join(tmpdir(), 'orgscope-recent-'))
    app.getPath.mockImplementation(() => userData)
    resetRecentCatalogsCache()
  })

  afterEach(async () => {
    await rm(userData, { recursive: true, force: true })
  })

  it('keeps the list in recent-catalogs.json in userData, and reads it back', async () => {
    await addRecentCatalog('/work/a.yaml')
    await addRecentCatalog('/work/b.json')

    expect(recentCatalogsFile()).toBe(join(userData, 'recent-catalogs.json'))
    expect(JSON.parse(await readFile(recentCatalogsFile(), 'utf8'))).toEqual({
      version: 1,
      files: ['/work/b.json', '/work/a.yaml']
    })
    resetRecentCatalogsCache()
    expect(recentCatalogs()).toEqual(['/work/b.json', '/work/a.yaml'])
  })

  it('writes atomically: no temporary file is left beside it', async () => {
    await Promise.all([addRecentCatalog('/a.yaml'), addRecentCatalog('/b.yaml')])
    const { readdir } = await import('node:fs/promises')

    expect(await readdir(userData)).toEqual(['recent-catalogs.json'])
    expect(JSON.parse(await readFile(recentCatalogsFile(), 'utf8')).files).toEqual([
      '/b.yaml',
      '/a.yaml'
    ])
  })

  it.each([
    ['not JSON', '{"version": 1, "files": ['],
    ['another version', '{"version": 2, "files": ["/a.yaml"]}'],
    ['wrong types', '{"version": 1, "files": [42]}']
  ])('starts empty when the file is %s', async (_name, text) => {
    await writeFile(recentCatalogsFile(), text)
    expect(recentCatalogs()).toEqual([])
  })

  it('Clear Recent empties the list and the file', async () => {
    await addRecentCatalog('/a.yaml')
    await clearRecentCatalogs()

    expect(recentCatalogs()).toEqual([])
    expect(JSON.parse(await readFile(recentCatalogsFile(), 'utf8')).files).toEqual([])
  })

  it('tells listeners when the list changes, not when it stays the same', async () => {
    const listener = vi.fn()
    const stop = onRecentCatalogsChanged(listener)
    await addRecentCatalog('/a.yaml')
    await addRecentCatalog('/a.yaml')
    stop()
    await addRecentCatalog('/b.yaml')

    expect(listener).toHaveBeenCalledTimes(1)
  })

  describe('File → Open Recent', () => {
    const items = () => openRecentMenu().submenu as MenuItemConstructorOptions[]

    it('is in the File menu, after Open Catalog…', () => {
      const file = menuTemplate().find((item) => item.label === 'File')!
      const labels = (file.submenu as MenuItemConstructorOptions[]).map((item) => item.label)
      expect(labels.slice(0, 2)).toEqual(['Open Catalog…', 'Open Recent'])
    })

    it('lists the recent catalogs, most recent first, then Clear Recent', async () => {
      await addRecentCatalog('/a.yaml')
      await addRecentCatalog('/b.yaml')

      expect(items().map((item) => item.label ?? item.type)).toEqual([
        '/b.yaml',
        '/a.yaml',
        'separator',
        'Clear Recent'
      ])
    })

    it('offers Clear Recent disabled when there is nothing to clear', () => {
      expect(items()).toEqual([expect.objectContaining({ label: 'Clear Recent', enabled: false })])
    })

    it('is rebuilt when the list changes', async () => {
      setupMenu()
      await addRecentCatalog('/a.yaml')

      expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2)
      const [template] = Menu.buildFromTemplate.mock.calls.at(-1) as [MenuItemConstructorOptions[]]
      const file = template.find((item) => item.label === 'File')!
      const recent = (file.submenu as MenuItemConstructorOptions[])[1]
      expect((recent.submenu as MenuItemConstructorOptions[])[0].label).toBe('/a.yaml')
    })
  })
})
