import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { launchApp, ROOT } from './runtime'

/**
 * Remembered state in the real app: settings.json in the user's data folder survives a
 * restart (theme, technologies, the last catalog), and saved views land in the catalog's
 * sidecar file. Each run has its own data folder: `--user-data-dir` and, on Linux,
 * XDG_CONFIG_HOME. Skips, saying why, without an Electron runtime.
 */
test.describe('electron: remembered state across a restart', () => {
  test.describe.configure({ mode: 'serial' })

  let app: ElectronApplication | undefined
  let page: Page
  let dir: string
  let catalog: string
  const lens = () => page.getByRole('region', { name: 'Technology lens' })

  /** Starts the app on its own data folder (the environment is read at launch). */
  async function start(args: string[]) {
    const xdg = process.env.XDG_CONFIG_HOME
    process.env.XDG_CONFIG_HOME = join(dir, 'config')
    try {
      app = await launchApp([`--user-data-dir=${join(dir, 'user-data')}`, ...args])
    } finally {
      if (xdg === undefined) delete process.env.XDG_CONFIG_HOME
      else process.env.XDG_CONFIG_HOME = xdg
    }
    if (app) page = await app.firstWindow()
  }

  async function settingsFile(): Promise<Record<string, unknown>> {
    const userData = await app!.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))
    const path = join(userData, 'settings.json')
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {}
  }

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'orgscope-electron-settings-'))
    catalog = join(dir, 'acme.yaml')
    copyFileSync(join(ROOT, 'data', 'teleport.yaml'), catalog)
    await start([catalog])
  })

  test.afterAll(async () => {
    await app?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  test('saves theme, technologies and the catalog to settings.json', async () => {
    await expect(page.getByTestId('node-team')).toHaveCount(13)
    const themeButton = page.getByRole('button', { name: /^Theme:/ })
    await themeButton.click()
    await themeButton.click()
    await lens()
      .getByRole('checkbox', { name: /^Kubernetes/ })
      .check()
    await expect.poll(settingsFile).toMatchObject({
      theme: 'dark',
      lens: { technologies: ['Kubernetes'] },
      lastCatalogPath: catalog
    })
  })

  test('saves views beside the catalog, in acme.yaml.views.json', async () => {
    await page.getByRole('button', { name: 'Views' }).click()
    const panel = page.getByRole('dialog', { name: 'Saved views' })
    await panel.getByRole('textbox', { name: 'Name', exact: true }).fill('Kubernetes teams')
    await panel.getByRole('button', { name: 'Save current view' }).click()
    await expect(panel).toContainText('acme.yaml.views.json')
    await expect
      .poll(
        () => existsSync(`${catalog}.views.json`) && readFileSync(`${catalog}.views.json`, 'utf8')
      )
      .toContain('"Kubernetes teams"')
  })

  test('after a restart WITHOUT a path: the same catalog, theme, technologies and views', async () => {
    await app?.close()
    await start([])
    await expect(page.getByTestId('node-team')).toHaveCount(13)
    await expect(page.getByRole('toolbar')).toContainText('acme.yaml')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(lens().getByRole('checkbox', { name: /^Kubernetes/ })).toBeChecked()
    await page.getByRole('button', { name: 'Views' }).click()
    await expect(page.getByRole('dialog', { name: 'Saved views' })).toContainText(
      'Kubernetes teams'
    )
  })
})
