import {
  app,
  BrowserWindow,
  Menu,
  type BaseWindow,
  type MenuItemConstructorOptions
} from 'electron'
import { openCatalogFromMenu, openCatalogInWindow } from './catalog'
import { requestExport } from './export'
import { requestImport } from './import'
import { requestPrint } from './print'
import { clearRecentCatalogs, onRecentCatalogsChanged, recentCatalogs } from './recent-catalogs'
import { requestResetView } from './settings'

export function setupMenu(): void {
  app.setAboutPanelOptions({ applicationName: 'OrgScope', applicationVersion: app.getVersion() })
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate()))
  // Menus are built once: rebuild when Open Recent changes.
  onRecentCatalogsChanged(() => Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate())))
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
        openRecentMenu(),
        {
          label: 'Import…',
          accelerator: 'CmdOrCtrl+I',
          click: (_item, window) => {
            const target = asBrowserWindow(window)
            if (target) void requestImport(target)
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
        {
          label: 'Print to PDF…',
          accelerator: 'CmdOrCtrl+P',
          click: (_item, window) => {
            const target = asBrowserWindow(window)
            if (target) requestPrint(target)
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
        { role: 'togglefullscreen' },
        { type: 'separator' },
        {
          label: 'Reset View',
          click: (_item, window) => {
            const target = asBrowserWindow(window)
            if (target) requestResetView(target)
          }
        }
      ]
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] }
  ]
}

/** File → Open Recent: the last catalogs opened, most recent first, and Clear Recent. */
export function openRecentMenu(): MenuItemConstructorOptions {
  const recent = recentCatalogs()
  return {
    label: 'Open Recent',
    submenu: [
      ...recent.map((path): MenuItemConstructorOptions => ({
        label: path,
        click: (_item, window) => {
          const target = asBrowserWindow(window)
          if (target) void openCatalogInWindow(target, path)
        }
      })),
      ...(recent.length ? [{ type: 'separator' } as const] : []),
      {
        label: 'Clear Recent',
        enabled: recent.length > 0,
        click: () => void clearRecentCatalogs()
      }
    ]
  }
}

/** Menu clicks name a BaseWindow; the catalog needs the BrowserWindow that shows the page. */
function asBrowserWindow(window: BaseWindow | undefined): BrowserWindow | undefined {
  return BrowserWindow.getAllWindows().find((candidate) => candidate === window)
}
