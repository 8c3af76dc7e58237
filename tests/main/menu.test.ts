// @vitest-environment node
import type { MenuItemConstructorOptions } from 'electron'
import { beforeEach, describe, expect, it } from 'vitest'
import { menuTemplate, setupMenu } from '../../src/main/menu'
import { app, Menu, resetElectronMock } from '../mocks/electron'

/** Every role and label in the menu, depth first. */
function entries(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    item.role ?? item.label ?? item.type ?? '?',
    ...(Array.isArray(item.submenu) ? entries(item.submenu) : [])
  ])
}

describe('application menu', () => {
  beforeEach(() => resetElectronMock())

  it('is installed as the application menu', () => {
    setupMenu()
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(
      Menu.buildFromTemplate.mock.results[0].value
    )
  })

  it('opens a catalog with CmdOrCtrl+O', () => {
    const [file] = menuTemplate().filter((item) => item.label === 'File')
    const open = (file.submenu as MenuItemConstructorOptions[])[0]
    expect(open).toMatchObject({ label: 'Open Catalog…', accelerator: 'CmdOrCtrl+O' })
  })

  it('imports a guide, spreadsheet or Backstage files with CmdOrCtrl+I, after Open Recent', () => {
    const [file] = menuTemplate().filter((item) => item.label === 'File')
    const labels = (file.submenu as MenuItemConstructorOptions[]).map((item) => item.label)
    expect(labels.indexOf('Import…')).toBe(labels.indexOf('Open Recent') + 1)
    const item = (file.submenu as MenuItemConstructorOptions[]).find((i) => i.label === 'Import…')
    expect(item).toMatchObject({ accelerator: 'CmdOrCtrl+I' })
  })

  it('offers developer tools only in development', () => {
    expect(entries(menuTemplate())).toContain('toggleDevTools')
    app.isPackaged = true
    expect(entries(menuTemplate())).not.toContain('toggleDevTools')
  })
})
