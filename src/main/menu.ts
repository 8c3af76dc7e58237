import {
  app,
  BrowserWindow,
  Menu,
  type BaseWindow,
  type MenuItemConstructorOptions
} from 'electron'
import { openCatalogFromMenu } from './catalog'
import { requestExport } from './export/setup-export'

export function setupMenu(): void {
  app.setAboutPanelOptions({ applicationName: 'OrgScope', applicationVersion: app.getVersion() })
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate()))
}

export function menuTemplate(): MenuItemConstructorOptions[] {
  const isMac = process.platform === 'darwin'
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [
        {
          label: 'Open Catalog…',
          accelerator: 'CmdOrCtrl+O',
          click: (_item, window) => {
            const target = asBrowserWindow(window)
            if (target) void openCatalogFromMenu(target)
          }
        },
        {
          label: 'Export…',
          accelerator: 'CmdOrCtrl+E',
          click: (_item, window) => {
            const target = asBrowserWindow(window)
            if (target) requestExport(target)
          }
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        // Developer tools only in development: in a packaged app they are a way around the API.
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] }
  ]
}

/** Menu clicks name a BaseWindow; the catalog needs the BrowserWindow that shows the page. */
function asBrowserWindow(window: BaseWindow | undefined): BrowserWindow | undefined {
  return BrowserWindow.getAllWindows().find((candidate) => candidate === window)
}
