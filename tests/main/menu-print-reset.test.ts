// @vitest-environment node
import type { MenuItemConstructorOptions } from 'electron'
import { beforeEach, describe, expect, it } from 'vitest'
import { menuTemplate } from '../../src/main/menu'
import { createMainWindow } from '../../src/main/window'
import { EVENT_CHANNELS } from '../../src/shared/ipc/channels'
import { BrowserWindow, resetElectronMock } from '../mocks/electron'

function item(menu: string, label: string): MenuItemConstructorOptions {
  const submenu = menuTemplate().find((entry) => entry.label === menu)?.submenu
  const found = (submenu as MenuItemConstructorOptions[]).find((entry) => entry.label === label)
  if (!found) throw new Error(`no ${menu} → ${label}`)
  return found
}

/** Clicks a menu item as Electron does: with the focused window. */
function click(entry: MenuItemConstructorOptions, window: BrowserWindow) {
  ;(entry.click as (item: unknown, window: unknown, event: unknown) => void)(entry, window, {})
}

describe('application menu: print and reset view', () => {
  beforeEach(() => resetElectronMock())

  it('File → Print to PDF… (CmdOrCtrl+P) asks the page to lay out its print sheet', () => {
    const window = createMainWindow() as unknown as BrowserWindow
    const print = item('File', 'Print to PDF…')
    expect(print.accelerator).toBe('CmdOrCtrl+P')
    click(print, window)
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNELS.onPrintRequested, undefined)
  })

  it('View → Reset View asks the page to go back to the default view', () => {
    const window = createMainWindow() as unknown as BrowserWindow
    click(item('View', 'Reset View'), window)
    expect(window.webContents.send).toHaveBeenCalledWith(
      EVENT_CHANNELS.onResetViewRequested,
      undefined
    )
  })

  it('does nothing for a window that is not ours', () => {
    const stranger = new BrowserWindow()
    BrowserWindow.getAllWindows.mockReturnValueOnce([])
    click(item('View', 'Reset View'), stranger)
    expect(stranger.webContents.send).not.toHaveBeenCalled()
  })
})
