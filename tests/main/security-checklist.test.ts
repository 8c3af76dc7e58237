// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { IpcMainInvokeEvent } from 'electron'
import { parse } from 'yaml'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RENDERER_INDEX } from '../../src/main/app-paths'
import { handle } from '../../src/main/ipc'
import { isAppUrl, openExternalSafely, setupSecurity } from '../../src/main/security'
import { createMainWindow } from '../../src/main/window'
import { INVOKE_CHANNELS } from '../../src/shared/ipc/channels'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../src/shared/csp'
import {
  app,
  BrowserWindow,
  FakeWebContents,
  ipcMain,
  resetElectronMock,
  session,
  shell
} from '../mocks/electron'

/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), one test per item,
 * named after it, against the real main-process code on the fake electron. Items that do not apply
 * say why in their test. tests/main/built-shell.test.ts checks the same settings on the BUILT
 * bundle, and `npm run security` (Electronegativity) checks the sources statically.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const source = (path: string) => readFileSync(join(ROOT, path), 'utf8')

/** Every .ts/.tsx file under a folder of src/, with its text. */
function sources(folder: string): { path: string; text: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(name) ? [path] : []
    })
  return walk(join(ROOT, folder)).map((path) => ({ path, text: readFileSync(path, 'utf8') }))
}

describe("Electron's security checklist", () => {
  let window: BrowserWindow
  let webPreferences: Record<string, unknown>

  beforeEach(() => {
    resetElectronMock()
    vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.spyOn(console, 'error').mockImplementation(() => {})
    setupSecurity()
    window = createMainWindow() as unknown as BrowserWindow
    webPreferences = window.options.webPreferences as Record<string, unknown>
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.restoreAllMocks()
  })

  it('1. Only load secure content: the window loads our own page from disk, nothing remote', () => {
    expect(window.loadFile).toHaveBeenCalledWith(RENDERER_INDEX)
    expect(window.loadURL).not.toHaveBeenCalled()
    // No directive lets the page fetch, frame or run anything from the network (so no http: to
    // upgrade to https: either).
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/)
  })

  it('2. Do not enable Node.js integration for remote content', () => {
    expect(webPreferences).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false
    })
  })

  it('3. Enable Context Isolation', () => {
    expect(webPreferences.contextIsolation).toBe(true)
  })

  it('4. Enable process sandboxing: in the window, and for every renderer', async () => {
    expect(webPreferences.sandbox).toBe(true)
    // app.enableSandbox() runs when main's entry is imported, before the app is ready.
    vi.resetModules()
    const electron = await import('../mocks/electron')
    electron.app.whenReady.mockReturnValueOnce(new Promise(() => {}))
    await import('../../src/main/index')
    expect(electron.app.enableSandbox).toHaveBeenCalled()
  })

  it('5. Handle session permission requests from remote content: every one is denied', () => {
    const [[onRequest]] = session.defaultSession.setPermissionRequestHandler.mock.calls
    const [[onCheck]] = session.defaultSession.setPermissionCheckHandler.mock.calls
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const callback = vi.fn()
      onRequest({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
      expect(onCheck({}, permission)).toBe(false)
    }
  })

  it('6. Do not disable webSecurity', () => {
    expect(webPreferences.webSecurity).toBe(true)
  })

  it("7. Define a Content Security Policy, without 'unsafe-eval', as meta tag and header", () => {
    const html = source('src/renderer/index.html')
    expect(html).toContain(`content="${META_CONTENT_SECURITY_POLICY}"`)
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    const [[onHeaders]] = session.defaultSession.webRequest.onHeadersReceived.mock.calls
    const callback = vi.fn()
    onHeaders({ responseHeaders: {} }, callback)
    expect(callback.mock.calls[0][0].responseHeaders['Content-Security-Policy']).toEqual([
      CONTENT_SECURITY_POLICY
    ])
  })

  it('8. Do not enable allowRunningInsecureContent', () => {
    expect(webPreferences.allowRunningInsecureContent).toBe(false)
  })

  it('9. Do not enable experimental features', () => {
    expect(webPreferences.experimentalFeatures).toBe(false)
  })

  it('10. Do not use enableBlinkFeatures', () => {
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures')
    for (const { path, text } of sources('src/main')) {
      expect(text, path).not.toMatch(/enableBlinkFeatures|enable-blink-features/)
    }
  })

  it('11. <webview>: Do not use allowpopups (the tag is off altogether)', () => {
    expect(webPreferences.webviewTag).toBe(false)
  })

  it('12. <webview>: Verify options and params (every attach is refused)', () => {
    const event = { preventDefault: vi.fn() }
    window.webContents.emit(
      'will-attach-webview',
      event,
      { nodeIntegration: true },
      { src: 'https://evil.example', allowpopups: 'true' }
    )
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('13. Disable or limit navigation: only to our own page', () => {
    const attempt = (name: string, url: string) => {
      const event = { url, preventDefault: vi.fn() }
      window.webContents.emit(name, event)
      return event.preventDefault.mock.calls.length > 0
    }
    expect(attempt('will-navigate', 'https://evil.example/')).toBe(true)
    expect(attempt('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(attempt('will-redirect', 'https://evil.example/')).toBe(true)
    expect(attempt('will-navigate', pathToFileURL(RENDERER_INDEX).href)).toBe(false)
  })

  it('14. Disable or limit the creation of new windows: every one is denied', () => {
    for (const url of ['https://goteleport.com', 'file:///etc/passwd', 'about:blank']) {
      expect(window.webContents.windowOpenHandler!({ url })).toEqual({ action: 'deny' })
    }
    expect(BrowserWindow.instances).toHaveLength(1)
  })

  it('15. Do not use shell.openExternal with untrusted content: http, https, mailto only', async () => {
    await openExternalSafely('https://goteleport.com/careers')
    await openExternalSafely('mailto:jobs@example.com')
    for (const url of [
      'file:///bin/sh',
      'smb://host/share',
      'javascript:alert(1)',
      'x-app://run'
    ]) {
      await expect(openExternalSafely(url)).rejects.toThrow(/only http, https and mailto/)
    }
    expect(shell.openExternal.mock.calls).toEqual([
      ['https://goteleport.com/careers'],
      ['mailto:jobs@example.com']
    ])
    // …and that check is the only way to the OS: no other call site.
    const callers = sources('src').filter(({ text }) => /shell\.openExternal\(/.test(text))
    expect(callers.map(({ path }) => path.slice(ROOT.length))).toEqual(['src/main/security.ts'])
  })

  it('16. Use a current version of Electron: not older than the one this list was checked on', () => {
    const pkg = JSON.parse(source('package.json'))
    const range: string = pkg.devDependencies.electron ?? pkg.dependencies.electron
    expect(Number(range.match(/\d+/)?.[0])).toBeGreaterThanOrEqual(45)
  })

  it('17. Validate the sender of all IPC messages', async () => {
    const fn = vi.fn(async () => ({ ok: true as const }))
    handle(INVOKE_CHANNELS.openExternal, fn)
    const listener = ipcMain.handlers.get(INVOKE_CHANNELS.openExternal) as unknown as (
      event: IpcMainInvokeEvent,
      payload: unknown
    ) => Promise<unknown>
    const stranger = new FakeWebContents()
    stranger.mainFrame.url = window.webContents.mainFrame.url

    const result = await listener({ sender: stranger, senderFrame: stranger.mainFrame } as never, {
      url: 'https://goteleport.com'
    })

    expect(result).toMatchObject({ ok: false, errors: [{ message: /not an OrgScope window/ }] })
    expect(fn).not.toHaveBeenCalled()
    // Every handler goes through that gatekeeper: ipcMain is used in ipc.ts only.
    const users = sources('src/main').filter(({ text }) => /ipcMain\.(handle|on|once)\(/.test(text))
    expect(users.map(({ path }) => path.slice(ROOT.length))).toEqual(['src/main/ipc.ts'])
  })

  it('18. Avoid the file:// protocol: not done; our file:// page is the only one trusted', () => {
    // The page is one built index.html on disk (no custom protocol): it makes no requests that
    // a protocol handler would have to restrict, and the packaged app turns off the fuse that
    // gives file:// extra privileges (19). What counts as "the app" is that exact file.
    expect(isAppUrl(pathToFileURL(RENDERER_INDEX).href)).toBe(true)
    expect(isAppUrl(new URL('./other.html', pathToFileURL(RENDERER_INDEX)).href)).toBe(false)
    expect(isAppUrl('file:///etc/passwd')).toBe(false)
  })

  it('19. Check which fuses you can change: the packaged app turns the risky ones off', () => {
    const config = parse(source('electron-builder.yml'))
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('20. Do not expose Electron APIs to untrusted web content: named functions only', async () => {
    vi.resetModules()
    const electron = await import('../mocks/electron')
    await import('../../src/preload/index')
    expect(Object.keys(electron.contextBridge.exposed)).toEqual(['orgscope'])
    const api = electron.contextBridge.exposed.orgscope as Record<string, unknown>
    for (const [name, value] of Object.entries(api)) {
      expect(typeof value, name).toBe('function')
      expect(value, name).not.toBe(electron.ipcRenderer)
    }
    expect(Object.keys(api).filter((name) => /^(invoke|send|on|ipcRenderer)$/.test(name))).toEqual(
      []
    )
  })

  it('No remote module: @electron/remote is not used, enableRemoteModule is never set', () => {
    const pkg = JSON.parse(source('package.json'))
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('@electron/remote')
    for (const { path, text } of sources('src')) {
      expect(text, path).not.toMatch(/enableRemoteModule|@electron\/remote/)
    }
  })

  it('No custom protocol is registered, so there is no protocol handler to validate', () => {
    for (const { path, text } of sources('src/main')) {
      expect(text, path).not.toMatch(/protocol\.(handle|register\w*Protocol)\(/)
      expect(text, path).not.toMatch(/setAsDefaultProtocolClient/)
    }
    expect(app.listenerCount('open-url')).toBe(0)
  })
})
