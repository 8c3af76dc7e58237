import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../src/shared/ipc/channels'

/**
 * The real app in a real Electron, driven by Playwright's _electron: what unit tests with a fake
 * electron cannot show (the page really has no Node, the sandboxed preload really loads). Needs
 * the built app (`electron-vite build`), an Electron runtime and, on Linux, a display
 * (`xvfb-run -a npx playwright test --project electron`). Without a runtime it skips, saying so.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const API_METHODS = [...Object.keys(INVOKE_CHANNELS), ...Object.keys(EVENT_CHANNELS)].sort()
const TEAMS_IN_BUNDLED_CATALOG = 13

/** The Electron executable: the same places `npm start` (scripts/start.mjs) looks. */
function electronRuntime(): string | undefined {
  const { ELECTRON_OVERRIDE_DIST_PATH: distPath, ELECTRON_EXEC_PATH: execPath } = process.env
  const module = join(ROOT, 'node_modules', 'electron')
  const pathFile = join(module, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : defaultName()
  const candidates = [
    distPath && join(distPath, executable),
    execPath,
    existsSync(pathFile) ? join(module, 'dist', executable) : undefined
  ]
  return candidates.find((path): path is string => Boolean(path && existsSync(path)))
}

function defaultName(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  return process.platform === 'win32' ? 'electron.exe' : 'electron'
}

/** The page's globals, typed loosely: this file is type-checked without the DOM library. */
type PageGlobals = { orgscope: Record<string, (...args: unknown[]) => Promise<unknown>> }

test.describe('electron app', () => {
  // One app for the whole group, launched once.
  test.describe.configure({ mode: 'serial' })

  let app: ElectronApplication
  let page: Page

  test.beforeAll(async () => {
    const executablePath = electronRuntime()
    if (!executablePath) {
      console.log(
        'electron e2e skipped: no Electron runtime (run `npm start` once online to download it, ' +
          'or set ELECTRON_OVERRIDE_DIST_PATH=/folder/with/electron or ELECTRON_EXEC_PATH=/path/to/electron)'
      )
      test.skip(true, 'no Electron runtime on this machine')
      return
    }
    const env: Record<string, string> = {}
    for (const [name, value] of Object.entries(process.env)) if (value) env[name] = value
    delete env.ELECTRON_RENDERER_URL // the built page, not a dev server
    delete env.ELECTRON_RUN_AS_NODE
    app = await _electron.launch({
      executablePath,
      // The project folder, as `electron .` (npm start) runs it: package.json main is
      // out/main/index.js, and app.getAppPath() is the root that holds data/teleport.yaml.
      // Chromium refuses to start as root with its sandbox (containers, CI): only then, drop it.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT],
      cwd: ROOT,
      env
    })
    page = await app.firstWindow()
  })

  test.afterAll(async () => {
    await app?.close()
  })

  test('opens the OrgScope window and draws the bundled catalog', async () => {
    await expect(page).toHaveTitle('OrgScope')
    await expect(page.locator('[data-testid="node-team"]')).toHaveCount(TEAMS_IN_BUNDLED_CATALOG)
  })

  test('gives the page no Node: no require, no process, no module', async () => {
    const types = await page.evaluate(() => [typeof require, typeof process, typeof module])
    expect(types).toEqual(['undefined', 'undefined', 'undefined'])
  })

  test('exposes exactly the contract API on window.orgscope', async () => {
    const api = await page.evaluate(() => {
      const { orgscope } = globalThis as unknown as PageGlobals
      return Object.keys(orgscope)
        .sort()
        .map((key) => [key, typeof orgscope[key]])
    })
    expect(api).toEqual(API_METHODS.map((method) => [method, 'function']))
  })

  test('answers the API through the IPC gatekeeper', async () => {
    const [loaded, refused] = await page.evaluate(async () => {
      const { orgscope } = globalThis as unknown as PageGlobals
      return [
        await orgscope.loadCatalog(),
        await orgscope.openExternal({ url: 'javascript:alert(1)' })
      ]
    })
    expect(loaded).toMatchObject({ ok: true, source: { name: 'teleport.yaml', bundled: true } })
    expect(refused).toMatchObject({
      ok: false,
      errors: [{ message: /only http, https and mailto/ }]
    })
  })
})
