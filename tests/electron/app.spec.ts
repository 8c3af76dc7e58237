import { expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../src/shared/ipc/channels'
import { launchApp } from './runtime'

/**
 * The real app in a real Electron, driven by Playwright's _electron: what unit tests with a fake
 * electron cannot show (the page really has no Node, the sandboxed preload really loads). Needs
 * the built app (`electron-vite build`), an Electron runtime and, on Linux, a display
 * (`xvfb-run -a npx playwright test --project electron`). Without a runtime it skips, saying so.
 */
const API_METHODS = [...Object.keys(INVOKE_CHANNELS), ...Object.keys(EVENT_CHANNELS)].sort()
const TEAMS_IN_BUNDLED_CATALOG = 13

/** The page's globals, typed loosely: this file is type-checked without the DOM library. */
type PageGlobals = { orgscope: Record<string, (...args: unknown[]) => Promise<unknown>> }

test.describe('electron app', () => {
  // One app for the whole group, launched once.
  test.describe.configure({ mode: 'serial' })

  let app: ElectronApplication
  let page: Page

  test.beforeAll(async () => {
    const launched = await launchApp()
    if (!launched) return
    app = launched
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
