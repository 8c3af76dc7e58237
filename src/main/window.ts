import { app, BrowserWindow, nativeTheme, type WebPreferences } from 'electron'
import { THEMES } from '../shared/theme/palette'
import { PRELOAD_PATH, RENDERER_INDEX, rendererDevUrl } from './app-paths'

/** The windows this app created: the IPC gatekeeper answers only these. */
const appWindows = new Set<BrowserWindow>()

export function isAppWindow(window: BrowserWindow | null | undefined): window is BrowserWindow {
  return window != null && appWindows.has(window)
}

/**
 * The renderer runs untrusted-by-default content (catalog text, links), so it gets no Node,
 * an isolated world for the preload, and Chromium's sandbox. Everything it may do goes through
 * the preload's typed API, which main validates.
 */
export function mainWindowWebPreferences(): WebPreferences {
  return {
    preload: PRELOAD_PATH,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false
  }
}

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    // Shown on ready-to-show, painted in the theme's background, so it never flashes white.
    show: false,
    backgroundColor: THEMES[nativeTheme.shouldUseDarkColors ? 'dark' : 'light'].background,
    title: 'OrgScope',
    webPreferences: mainWindowWebPreferences()
  })
  appWindows.add(window)
  window.on('closed', () => appWindows.delete(window))
  window.once('ready-to-show', () => window.show())

  const devUrl = rendererDevUrl(app.isPackaged)
  const loading = devUrl ? window.loadURL(devUrl) : window.loadFile(RENDERER_INDEX)
  loading.catch((error: unknown) => console.error('could not load the OrgScope page:', error))
  return window
}
