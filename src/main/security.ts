import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, session, shell, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'
import { ExternalUrl } from '../shared/ipc/contract'
import { RENDERER_INDEX, rendererDevUrl } from './app-paths'

/**
 * Electron's security checklist, applied once for every web contents the app ever creates:
 * no navigation away from our page, no new windows, no <webview>, no permissions, and the CSP
 * sent as a header too. The window's own settings (sandbox, isolation) live in window.ts.
 */
export function setupSecurity(): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents))

  const { defaultSession } = session
  // A chart viewer needs no camera, notifications, geolocation, clipboard reads, …
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  defaultSession.setPermissionCheckHandler(() => false)
  // The <meta> CSP in index.html is what protects file:// pages (they have no headers); the
  // header covers the dev server and anything else served over http(s).
  defaultSession.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withCsp(details.responseHeaders) })
  )
}

/** Locks down one web contents. Exported so tests can apply it to a fake. */
export function lockDown(contents: WebContents): void {
  // A page that navigated elsewhere would keep this window and its preload API.
  const stayOnAppPage = (event: Electron.Event<{ url: string }>) => {
    if (!isAppUrl(event.url)) event.preventDefault()
  }
  contents.on('will-navigate', stayOnAppPage)
  contents.on('will-redirect', stayOnAppPage)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // Never a second Electron window (it would not get our checks); links the catalog carries
  // open in the system browser instead, after the same check the IPC contract applies.
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      openExternalSafely(url).catch((error) => console.error(`could not open ${url}:`, error))
    }
    return { action: 'deny' }
  })
}

/** Response headers with our CSP added (an existing policy stays: browsers enforce both). */
export function withCsp(headers: Record<string, string[]> = {}): Record<string, string[]> {
  const existing = headers['Content-Security-Policy'] ?? []
  return { ...headers, 'Content-Security-Policy': [...existing, CONTENT_SECURITY_POLICY] }
}

/** Where the app's page lives: the built file, or in development the Vite dev server. */
export interface AppLocation {
  indexFile: string
  devServerUrl?: string
}

export function appLocation(): AppLocation {
  return { indexFile: RENDERER_INDEX, devServerUrl: rendererDevUrl(app.isPackaged) }
}

/**
 * Is `url` the app's own page? file:// URLs must name exactly the built index.html (query and
 * hash aside; `..` segments are resolved first); http(s) URLs must have the dev server's origin.
 */
export function isAppUrl(url: string, location: AppLocation = appLocation()): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === 'file:') {
    // file://host/… is a network share, never our page.
    if (parsed.host !== '') return false
    try {
      return samePath(fileURLToPath(parsed), location.indexFile)
    } catch {
      return false
    }
  }
  if (!location.devServerUrl) return false
  try {
    return parsed.origin === new URL(location.devServerUrl).origin
  } catch {
    return false
  }
}

/**
 * May `url` be handed to the operating system? The same rule as the IPC contract's
 * `ExternalUrl` (http, https, mailto), so a link opened from a click and one opened through
 * the API are checked alike.
 */
export function isSafeExternalUrl(url: unknown): boolean {
  return ExternalUrl.safeParse(url).success
}

/**
 * The one place the app hands a URL to the operating system, checked here whatever the caller
 * checked: a file:, smb: or custom-scheme URL can make the OS run a program.
 */
export async function openExternalSafely(url: string): Promise<void> {
  if (!isSafeExternalUrl(url)) {
    throw new Error(`refused to open ${url}: only http, https and mailto links are opened`)
  }
  await shell.openExternal(url) // eng-disable OPEN_EXTERNAL_JS_CHECK (checked just above)
}

function samePath(a: string, b: string): boolean {
  const [x, y] = [resolve(a), resolve(b)]
  return process.platform === 'win32' ? x.toLowerCase() === y.toLowerCase() : x === y
}
