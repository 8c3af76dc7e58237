// @vitest-environment node
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RENDERER_INDEX } from '../../src/main/app-paths'
import {
  isAppUrl,
  isSafeExternalUrl,
  setupSecurity,
  withCsp,
  type AppLocation
} from '../../src/main/security'
import { createMainWindow } from '../../src/main/window'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../src/shared/csp'
import { app, BrowserWindow, resetElectronMock, session, shell } from '../mocks/electron'

const INDEX = '/opt/OrgScope/resources/app/out/renderer/index.html'
const BUILT: AppLocation = { indexFile: INDEX }
const DEV: AppLocation = { indexFile: INDEX, devServerUrl: 'http://localhost:5173' }

describe('isAppUrl', () => {
  it.each([
    ['the built page', `file://${INDEX}`],
    ['the built page with a query and a hash', `file://${INDEX}?theme=dark#team/teleport`],
    [
      'the built page reached through ..',
      `file:///opt/OrgScope/resources/app/out/main/../renderer/index.html`
    ]
  ])('accepts %s', (_name, url) => {
    expect(isAppUrl(url, BUILT)).toBe(true)
  })

  it.each([
    ['a web page', 'https://evil.example/'],
    ['another file next to ours', 'file:///opt/OrgScope/resources/app/out/renderer/evil.html'],
    ['a longer name that starts like ours', `file://${INDEX}.evil`],
    ['a system file', 'file:///etc/passwd'],
    ['a network share', `file://evil-host${INDEX}`],
    ['the dev server without a dev server', 'http://localhost:5173/'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['about:blank', 'about:blank'],
    ['not a URL', 'index.html']
  ])('refuses %s', (_name, url) => {
    expect(isAppUrl(url, BUILT)).toBe(false)
  })

  it('accepts the dev server origin, any path, when started by the dev server', () => {
    expect(isAppUrl('http://localhost:5173/', DEV)).toBe(true)
    expect(isAppUrl('http://localhost:5173/src/main.tsx?t=1', DEV)).toBe(true)
    expect(isAppUrl(`file://${INDEX}`, DEV)).toBe(true)
  })

  it.each(['http://localhost:5174/', 'https://localhost:5173/', 'http://127.0.0.1:5173/'])(
    'refuses %s next to the dev server',
    (url) => {
      expect(isAppUrl(url, DEV)).toBe(false)
    }
  )
})

describe('isSafeExternalUrl', () => {
  it.each(['https://goteleport.com/careers', 'http://example.com', 'mailto:jobs@example.com'])(
    'allows %s',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(true)
    }
  )

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,hi',
    'ftp://example.com',
    'chrome://settings',
    'smb://server/share',
    '/relative/path',
    '',
    `https://example.com/${'a'.repeat(2100)}`,
    42
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })
})

describe('setupSecurity', () => {
  beforeEach(() => {
    resetElectronMock()
    vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
    vi.spyOn(console, 'error').mockImplementation(() => {})
    setupSecurity()
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.restoreAllMocks()
  })

  /** A window created after setup: its web contents went through `web-contents-created`. */
  function lockedDownContents() {
    return (createMainWindow() as unknown as BrowserWindow).webContents
  }

  function navigationEvent(url: string) {
    return { url, preventDefault: vi.fn() }
  }

  it('locks down every web contents the app creates', () => {
    expect(app.listenerCount('web-contents-created')).toBe(1)
  })

  it('denies every new window and opens only http, https and mailto links externally', () => {
    const contents = lockedDownContents()
    const open = (url: string) => contents.windowOpenHandler!({ url })

    expect(open('https://goteleport.com')).toEqual({ action: 'deny' })
    expect(open('mailto:jobs@example.com')).toEqual({ action: 'deny' })
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' })
    expect(open(pathToFileURL(RENDERER_INDEX).href)).toEqual({ action: 'deny' })

    expect(shell.openExternal.mock.calls).toEqual([
      ['https://goteleport.com'],
      ['mailto:jobs@example.com']
    ])
  })

  it.each(['will-navigate', 'will-redirect'])('%s: prevents leaving the app page', (name) => {
    const contents = lockedDownContents()
    const foreign = navigationEvent('https://evil.example/')
    const local = navigationEvent('file:///etc/passwd')
    const home = navigationEvent(pathToFileURL(RENDERER_INDEX).href + '#reload')

    contents.emit(name, foreign)
    contents.emit(name, local)
    contents.emit(name, home)

    expect(foreign.preventDefault).toHaveBeenCalled()
    expect(local.preventDefault).toHaveBeenCalled()
    expect(home.preventDefault).not.toHaveBeenCalled()
  })

  it('refuses to attach a <webview>', () => {
    const contents = lockedDownContents()
    const event = { preventDefault: vi.fn() }

    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example' })

    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('denies every permission request and check', () => {
    const [[requestHandler]] = session.defaultSession.setPermissionRequestHandler.mock.calls
    const [[checkHandler]] = session.defaultSession.setPermissionCheckHandler.mock.calls
    const callback = vi.fn()

    requestHandler({}, 'media', callback)

    expect(callback).toHaveBeenCalledWith(false)
    expect(checkHandler({}, 'clipboard-read')).toBe(false)
  })

  it('adds the CSP header to every response', () => {
    const [[listener]] = session.defaultSession.webRequest.onHeadersReceived.mock.calls
    const callback = vi.fn()

    listener({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback)

    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY]
      }
    })
  })
})

describe('the Content-Security-Policy', () => {
  it("is the page's <meta> policy plus frame-ancestors, which only a header can set", () => {
    const html = readFileSync(new URL('../../src/renderer/index.html', import.meta.url), 'utf8')
    const meta = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/)?.[1]

    expect(meta).toBe(META_CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`)
  })

  it('keeps a policy the server already sent (both are enforced)', () => {
    expect(withCsp({ 'Content-Security-Policy': ["default-src 'none'"] })).toEqual({
      'Content-Security-Policy': ["default-src 'none'", CONTENT_SECURITY_POLICY]
    })
  })

  it('allows only our own scripts, never eval or inline scripts', () => {
    const scripts = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'))
    expect(scripts).toBe("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
  })
})
