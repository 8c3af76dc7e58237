/**
 * The one fake of the `electron` module: vitest.config.ts aliases `electron` here, and the
 * built main bundle runs on it in plain Node too (tests/main/fixtures/fake-electron-register.mjs,
 * for built-shell.test.ts). It behaves just enough like Electron for main and preload code to
 * run in Node, and records what that code did (windows created, handlers registered, dialogs
 * shown) so tests can assert. Call `resetElectronMock()` in `beforeEach`.
 */
import { EventEmitter } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { vi } from 'vitest'

type Listener = (...args: never[]) => unknown
let fakeAppData: string | undefined

/** A frame as IPC sees it: main frame or sub-frame, with the URL it shows. */
export class FakeFrame {
  constructor(public url = 'about:blank') {}
}

export class FakeWebContents extends EventEmitter {
  readonly mainFrame = new FakeFrame()
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | undefined
  /** Serializes the payload as Electron's IPC does (its cost on main, and what cannot be sent). */
  readonly send = vi.fn((_channel: string, ...payload: unknown[]) => void structuredClone(payload))
  /** Chromium's print to PDF: a stand-in document, with the options recorded. */
  readonly printToPDF = vi.fn(async (_options: Record<string, unknown>) =>
    Buffer.from('%PDF-1.7\n% OrgScope test page\n%%EOF\n')
  )
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }) {
    this.windowOpenHandler = handler
  }
  getURL(): string {
    return this.mainFrame.url
  }
}

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  whenReady: vi.fn(() => Promise.resolve()),
  getAppPath: vi.fn(() => process.cwd()),
  getVersion: vi.fn(() => '0.0.0-test'),
  // A fresh folder per test file, so code that saves in userData never shares a real file.
  getPath: vi.fn(
    (_name: string) => (fakeAppData ??= mkdtempSync(join(tmpdir(), 'orgscope-test-')))
  ),
  /** The OS region and language (Electron reads them from the system). */
  getLocaleCountryCode: vi.fn(() => 'US'),
  getLocale: vi.fn(() => 'en-US'),
  quit: vi.fn(),
  /** This copy holds the single-instance lock (false: another copy of the app runs). */
  requestSingleInstanceLock: vi.fn(() => true),
  enableSandbox: vi.fn(),
  setAboutPanelOptions: vi.fn()
})

export class BrowserWindow extends EventEmitter {
  /** Every window constructed since the last reset, in order. */
  static instances: BrowserWindow[] = []
  static getAllWindows = vi.fn(() => BrowserWindow.instances.filter((w) => !w.destroyed))
  static getFocusedWindow = vi.fn(() => BrowserWindow.getAllWindows()[0] ?? null)
  /**
   * A plain lookup, not a recording mock: main calls it on every IPC request (ipc.ts), and a
   * mock's record of each call would grow main's heap without end in a long run (the latency
   * probe asks 300,000 times), which Electron's main does not.
   */
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.instances.find((w) => w.webContents === contents) ?? null
  }

  readonly webContents = new FakeWebContents()
  destroyed = false
  readonly show = vi.fn()
  readonly focus = vi.fn()
  minimized = false
  readonly isMinimized = vi.fn(() => this.minimized)
  readonly restore = vi.fn(() => {
    this.minimized = false
  })
  readonly loadFile = vi.fn(async (path: string) => {
    this.webContents.mainFrame.url = pathToFileURL(path).href
  })
  readonly loadURL = vi.fn(async (url: string) => {
    this.webContents.mainFrame.url = url
  })

  constructor(public readonly options: Record<string, unknown> = {}) {
    super()
    BrowserWindow.instances.push(this)
    // As in Electron, creating a window creates its web contents, which apps lock down here.
    app.emit('web-contents-created', { preventDefault: vi.fn() }, this.webContents)
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  destroy(): void {
    this.destroyed = true
    this.emit('closed')
  }
}

/** Records `ipcMain.handle` registrations; `handlers` maps channel → listener. */
export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle: vi.fn((channel: string, listener: Listener) => {
    if (ipcMain.handlers.has(channel)) {
      // Electron throws on a second handler for a channel; so does the fake.
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    }
    ipcMain.handlers.set(channel, listener)
  }),
  removeHandler: vi.fn((channel: string) => ipcMain.handlers.delete(channel))
}

/**
 * Calls the handler main registered for `channel` as `window`'s own page would: the sender is
 * its webContents, the frame its main frame (what the IPC gatekeeper checks).
 */
export function invokeFrom(
  window: BrowserWindow,
  channel: string,
  ...payload: unknown[]
): Promise<unknown> {
  const listener = ipcMain.handlers.get(channel) as
    ((event: unknown, ...payload: unknown[]) => Promise<unknown>) | undefined
  if (!listener) throw new Error(`no handler registered for ${channel}`)
  const { webContents } = window
  return (async () => {
    // As over IPC, the request reaches main as a task of its own (main's event loop runs what
    // was waiting first), and the answer goes back serialized: copied, on main's thread.
    await new Promise((resolve) => setImmediate(resolve))
    const answer = await listener(
      { sender: webContents, senderFrame: webContents.mainFrame },
      ...payload
    )
    return structuredClone(answer)
  })()
}

export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({
    canceled: true,
    filePaths: [] as string[]
  })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false }))
}

export const shell = {
  openExternal: vi.fn(async (_url: string) => {}),
  showItemInFolder: vi.fn((_path: string) => {})
}

/** Electron 45's clipboard: W3C-style items; `write` records what was put on it. */
export class ClipboardItem {
  readonly types: string[]
  constructor(readonly items: Record<string, unknown>) {
    this.types = Object.keys(items)
  }
}
export const clipboard = { write: vi.fn(async (_items: ClipboardItem[]) => {}) }

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn()
}

export const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false })

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() }
  }
}

/** Preload side: what was exposed to the page, by key. */
export const contextBridge = {
  exposed: {} as Record<string, unknown>,
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed[key] = api
  })
}

export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined),
  send: vi.fn()
})

/** Electron gives a File the user really dropped its path; here, a `path` the test puts on it. */
export const webUtils = {
  getPathForFile: vi.fn((file: { path?: string }) => file.path ?? '')
}

/** Forget every recorded call, window, handler and listener. */
export function resetElectronMock(): void {
  vi.clearAllMocks()
  BrowserWindow.instances = []
  ipcMain.handlers.clear()
  contextBridge.exposed = {}
  for (const emitter of [app, nativeTheme, ipcRenderer]) emitter.removeAllListeners()
  app.isPackaged = false
  nativeTheme.shouldUseDarkColors = false
}

export default {
  app,
  BrowserWindow,
  ipcMain,
  dialog,
  shell,
  clipboard,
  ClipboardItem,
  Menu,
  nativeTheme,
  session,
  contextBridge,
  ipcRenderer,
  webUtils
}
