// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RENDERER_INDEX } from '../../src/main/app-paths'
import { createMainWindow } from '../../src/main/window'
import { THEMES } from '../../src/shared/theme/palette'
import { app, BrowserWindow, nativeTheme, resetElectronMock } from '../mocks/electron'
import { SECURE_WEB_PREFERENCES } from './fixtures/secure-web-preferences'

describe('main window', () => {
  beforeEach(() => {
    resetElectronMock()
    vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
  })
  afterEach(() => vi.unstubAllEnvs())

  function create() {
    return createMainWindow() as unknown as BrowserWindow
  }

  it('runs the page sandboxed and isolated, without Node', () => {
    const { webPreferences } = create().options as { webPreferences: Record<string, unknown> }
    expect(webPreferences).toMatchObject(SECURE_WEB_PREFERENCES)
    expect(webPreferences.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/)
  })

  it('is created hidden with those preferences and shown when ready', () => {
    const window = create()

    expect(window.options).toMatchObject({
      width: 1280,
      height: 800,
      minWidth: 800,
      show: false,
      title: 'OrgScope'
    })
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalled()
  })

  it('paints the background of the system theme', () => {
    expect(create().options.backgroundColor).toBe(THEMES.light.background)
    nativeTheme.shouldUseDarkColors = true
    expect(create().options.backgroundColor).toBe(THEMES.dark.background)
  })

  it('loads the built page from disk', () => {
    const window = create()

    expect(window.loadFile).toHaveBeenCalledWith(RENDERER_INDEX)
    expect(window.loadURL).not.toHaveBeenCalled()
  })

  it('loads the dev server in development', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')

    const window = create()

    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173')
    expect(window.loadFile).not.toHaveBeenCalled()
  })

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example')
    app.isPackaged = true

    const window = create()

    expect(window.loadURL).not.toHaveBeenCalled()
    expect(window.loadFile).toHaveBeenCalledWith(RENDERER_INDEX)
  })
})
