// eng-disable AUXCLICK_JS_CHECK (Electronegativity reads this first line; see below)
import { app, BrowserWindow, nativeTheme } from 'electron'
import { THEMES } from '../shared/theme/palette'
import { PRELOAD_PATH, RENDERER_INDEX, rendererDevUrl } from './app-paths'

/*
 * Why AUXCLICK_JS_CHECK is off for this file: Electronegativity wants the Auxclick Blink feature
 * disabled because a middle-click on a link opens a new window. Here every new window is denied
 * by security.ts's window-open handler (http/https/mailto go to the system browser instead), which
 * tests/main/security-checklist.test.ts checks, so the feature switch would add nothing.
 */

/** The windows this app created: the IPC gatekeeper answers only these. */
const appWindows = new Set<BrowserWindow>()

export function isAppWindow(window: BrowserWindow | null | undefined): window is BrowserWindow {
  return window != null && appWindows.has(window)
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
    /**
     * The renderer runs untrusted-by-default content (catalog text, links), so it gets no Node,
     * an isolated world for the preload, and Chromium's sandbox. Everything it may do goes
     * through the preload's typed API, which main validates. Written out here, not built by a
     * helper, so that static checks (Electronegativity) can see every setting.
     */
    webPreferences: {
      // Reviewed (Electronegativity asks to review every preload): ours is one CommonJS bundle
      // that exposes named functions only, never ipcRenderer (built-shell.test.ts, checklist 20).
      preload: PRELOAD_PATH, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false
    }
  })
  appWindows.add(window)
  window.on('closed', () => appWindows.delete(window))
  window.once('ready-to-show', () => window.show())

  const devUrl = rendererDevUrl(app.isPackaged)
  const loading = devUrl ? window.loadURL(devUrl) : window.loadFile(RENDERER_INDEX)
  loading.catch((error: unknown) => console.error('could not load the OrgScope page:', error))
  return window
}
