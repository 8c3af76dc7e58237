// @vitest-environment node
/**
 * Checks the BUILT app shell (out/), not the sources: what Electron will actually load.
 * `npm test` runs `electron-vite build` first; run alone, this file builds when out/ is missing.
 * No Electron runtime is needed: the preload runs in node:vm with a fake `require`, and the main
 * bundle runs in Node with `electron` resolved to the electron fake vitest uses too
 * (tests/mocks/electron.ts, through tests/main/fixtures/fake-electron-register.mjs).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { compileFunction } from 'node:vm'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp'
import { EVENT_CHANNELS, INVOKE_CHANNELS, TRANSPORT_CHANNELS } from '../../src/shared/ipc/channels'
import { CONTRACT } from '../../src/shared/ipc/contract'
import { SECURE_WEB_PREFERENCES } from './fixtures/secure-web-preferences'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const MAIN = join(ROOT, 'out/main/index.js')
const PRELOAD_DIR = join(ROOT, 'out/preload')
const PRELOAD = join(PRELOAD_DIR, 'index.cjs')
const API_METHODS = [...Object.keys(INVOKE_CHANNELS), ...Object.keys(EVENT_CHANNELS)].sort()

beforeAll(() => {
  if (existsSync(MAIN) && existsSync(PRELOAD)) return
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' })
}, 180_000)

describe('built preload (out/preload/index.cjs)', () => {
  /** What the fake main answers every request with, unless a test says otherwise. */
  const ANSWER = { ok: false, errors: [] }

  /**
   * Runs the bundle as Electron's sandboxed preload loader does: a CommonJS function. `answer`
   * plays main: what each request (channel, payload) gets back.
   */
  function runPreload(answer: (...request: unknown[]) => unknown = () => ANSWER) {
    const requested: string[] = []
    const exposed = new Map<string, Record<string, unknown>>()
    const invoked: unknown[][] = []
    const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
    const ipcRenderer = {
      invoke: (...args: unknown[]) => {
        invoked.push(args)
        return Promise.resolve(answer(...args))
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener))
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener)
      }
    }
    const electron = {
      contextBridge: {
        exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api)
      },
      ipcRenderer,
      // Electron gives a real dropped File its path, and "" to a File a script made.
      webUtils: {
        getPathForFile: (file: { dropped?: string }) => file.dropped ?? ''
      }
    }
    const fakeRequire = (id: string) => {
      requested.push(id)
      if (id === 'electron') return electron
      throw new Error(`a sandboxed preload cannot require ${id}`)
    }
    const module = { exports: {} }
    const source = readFileSync(PRELOAD, 'utf8')
    const params = ['exports', 'require', 'module', '__filename', '__dirname']
    compileFunction(source, params, { filename: PRELOAD })(
      module.exports,
      fakeRequire,
      module,
      PRELOAD,
      PRELOAD_DIR
    )
    return { requested, exposed, invoked, listeners }
  }

  it('is one CommonJS file', () => {
    expect(readdirSync(PRELOAD_DIR)).toEqual(['index.cjs'])
  })

  it("requires nothing but 'electron' and has no import statements", () => {
    const source = readFileSync(PRELOAD, 'utf8')
    const requireCalls = source.match(/\brequire\s*\(/g) ?? []
    const literalRequires = [...source.matchAll(/\brequire\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g)]

    expect(literalRequires.map((match) => match[2])).toEqual(['electron'])
    expect(requireCalls).toHaveLength(literalRequires.length)
    expect(source).not.toMatch(/^\s*import[\s{*"']/m)
    expect(source).not.toMatch(/\bimport\s*\(/)
    expect(source).not.toMatch(/\bimport\.meta\b/)
  })

  it('exposes exactly one key, orgscope, with one function per contract method', () => {
    const { requested, exposed } = runPreload()

    expect(requested).toEqual(['electron'])
    expect([...exposed.keys()]).toEqual(['orgscope'])
    const api = exposed.get('orgscope')!
    expect(Object.keys(api).sort()).toEqual(API_METHODS)
    for (const method of API_METHODS) expect(typeof api[method]).toBe('function')
  })

  it('invokes the contract channel for each operation, with the payload only', async () => {
    const { exposed, invoked } = runPreload()
    const api = exposed.get('orgscope') as Record<string, (...args: unknown[]) => Promise<unknown>>

    expect(await api.loadCatalog()).toBe(ANSWER)
    await api.openCatalog()
    await api.openExternal({ url: 'https://goteleport.com' })

    expect(invoked).toEqual([
      [INVOKE_CHANNELS.loadCatalog],
      [INVOKE_CHANNELS.openCatalog],
      [INVOKE_CHANNELS.openExternal, { url: 'https://goteleport.com' }]
    ])
  })

  it('sends the path Electron knows for a dropped file, never one the page names', async () => {
    const { exposed, invoked } = runPreload()
    const api = exposed.get('orgscope') as Record<string, (...args: unknown[]) => Promise<unknown>>

    await api.openDroppedFile({ name: 'team.yaml', dropped: '/home/me/team.yaml' })
    await api.openDroppedFile({ name: '/etc/passwd', path: '/etc/passwd' })

    expect(invoked).toEqual([
      [INVOKE_CHANNELS.openDroppedFile, { path: '/home/me/team.yaml' }],
      [INVOKE_CHANNELS.openDroppedFile, { path: '' }]
    ])
  })

  it('fetches a loaded catalog part by part on the transport channel, and parses it', async () => {
    const catalog = { company: { name: 'Acme ✓' }, divisions: [] }
    const json = new TextEncoder().encode(JSON.stringify(catalog))
    // Cut inside the ✓ (3 bytes in UTF-8): the parts must be decoded as one text.
    const cut = json.indexOf(0xe2) + 1
    const parts = [json.slice(0, cut), json.slice(cut)]
    const source = { path: '/c/acme.yaml', name: 'acme.yaml', bundled: false }
    const { exposed, invoked } = runPreload((channel, payload) =>
      channel === INVOKE_CHANNELS.loadCatalog
        ? { ok: true, ticket: { id: 7, parts: 2 }, source }
        : { ok: true, bytes: parts[(payload as { index: number }).index] }
    )
    const api = exposed.get('orgscope') as Record<string, () => Promise<unknown>>

    expect(await api.loadCatalog()).toEqual({ ok: true, catalog, source })
    expect(invoked).toEqual([
      [INVOKE_CHANNELS.loadCatalog],
      [TRANSPORT_CHANNELS.catalogPart, { id: 7, index: 0 }],
      [TRANSPORT_CHANNELS.catalogPart, { id: 7, index: 1 }]
    ])
  })

  it('hands subscribers the payload, never the IPC event, and unsubscribes', async () => {
    const { exposed, listeners } = runPreload()
    const api = exposed.get('orgscope') as Record<string, (listener: unknown) => () => void>
    const received: unknown[][] = []

    const unsubscribe = api.onCatalogChanged((...args: unknown[]) => received.push(args))
    const subscribed = [...(listeners.get(EVENT_CHANNELS.onCatalogChanged) ?? [])]
    expect(subscribed).toHaveLength(1)
    const ipcEvent = { sender: { send: () => {} }, ports: [] }
    subscribed[0](ipcEvent, { ok: false, errors: [], marker: 1 })

    // A catalog message may need fetching first, so it is handed over a moment later.
    await vi.waitFor(() => expect(received).toEqual([[{ ok: false, errors: [], marker: 1 }]]))
    unsubscribe()
    expect(listeners.get(EVENT_CHANNELS.onCatalogChanged)?.size).toBe(0)
  })
})

describe('built main (out/main/index.js) on a fake electron', () => {
  type Report = {
    catalogLoaded: unknown
    sandboxEnabled: boolean
    handledChannels: string[]
    windows: { options: Record<string, unknown>; loaded?: { file?: string; url?: string } }[]
    menuSet: boolean
    appEvents: string[]
    permissionRequest: unknown
    permissionCheck: unknown
    cspHeader: unknown
    windowOpen: unknown
    openedExternally: string[]
    navigationPrevented: { foreign: boolean; app: boolean; foreignRedirect: boolean }
    webviewPrevented: boolean
  }
  let report: Report

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'orgscope-main-'))
    const reportFile = join(dir, 'report.json')
    const register = pathToFileURL(join(ROOT, 'tests/main/fixtures/fake-electron-register.mjs'))
    const env: Record<string, string | undefined> = {
      ...process.env,
      ORGSCOPE_FAKE_ELECTRON_REPORT: reportFile
    }
    delete env.ELECTRON_RENDERER_URL
    const reporter = pathToFileURL(join(ROOT, 'tests/main/fixtures/report-main-startup.ts'))
    const run = spawnSync(
      process.execPath,
      ['--import', register.href, '--import', reporter.href, MAIN],
      {
        cwd: ROOT,
        env,
        encoding: 'utf8',
        timeout: 30_000
      }
    )
    if (run.status !== 0 || !existsSync(reportFile)) {
      throw new Error(`main did not start on the fake electron (${run.status}):\n${run.stderr}`)
    }
    report = JSON.parse(readFileSync(reportFile, 'utf8'))
    rmSync(dir, { recursive: true, force: true })
  }, 40_000)

  it('opens one window, sandboxed and isolated, without Node', () => {
    expect(report.windows).toHaveLength(1)
    const webPreferences = report.windows[0].options.webPreferences as Record<string, unknown>
    expect(webPreferences).toMatchObject(SECURE_WEB_PREFERENCES)
    expect(report.sandboxEnabled).toBe(true)
  })

  it('gives the window the built CommonJS preload, which exists', () => {
    const { preload } = report.windows[0].options.webPreferences as { preload: string }
    expect(preload).toMatch(/[\\/]preload[\\/]index\.cjs$/)
    expect(existsSync(preload)).toBe(true)
  })

  it('loads the built page from disk', () => {
    expect(report.windows[0].loaded).toEqual({ file: join(ROOT, 'out/renderer/index.html') })
  })

  it('loads the bundled catalog on its built worker thread and hands it out in parts', () => {
    expect(report.catalogLoaded).toEqual({ ok: true, company: 'Teleport', parts: 1 })
  })

  it('registers a handler for every contract channel, no more and no fewer', () => {
    expect([...report.handledChannels].sort()).toEqual(Object.keys(CONTRACT).sort())
  })

  it('installs the security hooks: CSP header, permissions, web contents lock-down', () => {
    expect(report.cspHeader).toEqual([CONTENT_SECURITY_POLICY])
    expect(report.permissionRequest).toBe(false)
    expect(report.permissionCheck).toBe(false)
    expect(report.appEvents).toEqual(
      expect.arrayContaining(['web-contents-created', 'window-all-closed'])
    )
    expect(report.windowOpen).toEqual([
      { url: 'https://example.com/', action: 'deny' },
      { url: 'file:///etc/passwd', action: 'deny' },
      { url: 'javascript:alert(1)', action: 'deny' }
    ])
    expect(report.openedExternally).toEqual(['https://example.com/'])
    expect(report.navigationPrevented).toEqual({ foreign: true, app: false, foreignRedirect: true })
    expect(report.webviewPrevented).toBe(true)
    expect(report.menuSet).toBe(true)
  })
})
