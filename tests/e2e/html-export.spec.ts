import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test } from '@playwright/test'
import { bundledCatalogPath, loadCatalogFile } from '../../src/node/catalog/load-file'
import { renderInNode } from '../../src/node/export/render-in-node'
import { ExportOptions, ExportView } from '../../src/shared/export/options'
import { teamNodeIds } from '../../src/shared/tree/org-tree'
import { watchConsole } from './console'

/**
 * The standalone HTML export as a reader opens it: a file on disk, in Chromium. Its CSP allows
 * its viewer script by hash (issue 18, case 9), so the viewer must still run (pan, zoom,
 * details) with no violation reported, and any other inline script must be refused.
 */
test.describe('the exported HTML page', () => {
  let dir: string
  let url: string

  test.beforeAll(async () => {
    const catalog = await loadCatalogFile(bundledCatalogPath(process.cwd()))
    if (!catalog.ok) throw new Error(catalog.errors.map((e) => e.message).join('\n'))
    const view = ExportView.parse({ collapsed: teamNodeIds(catalog.value) })
    const html = await renderInNode(catalog.value, view, ExportOptions.parse({ format: 'html' }))
    dir = await mkdtemp(join(tmpdir(), 'orgscope-html-export-'))
    const file = join(dir, 'chart.html')
    await writeFile(file, html.bytes)
    url = pathToFileURL(file).href
  })

  test.afterAll(() => rm(dir, { recursive: true, force: true }))

  test('pans, zooms and shows details under its CSP, and refuses any other inline script', async ({
    page
  }) => {
    const problems = watchConsole(page)
    await page.goto(url)
    const svg = page.locator('#chart svg')
    const viewBox = async () => (await svg.getAttribute('viewBox'))!.split(' ').map(Number)
    const fitted = await viewBox()

    await page.getByRole('button', { name: 'Zoom in' }).click()
    await expect.poll(async () => (await viewBox())[2]).toBeLessThan(fitted[2])
    const zoomed = await viewBox()

    const box = (await svg.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 5 })
    await page.mouse.up()
    await expect.poll(async () => (await viewBox())[0]).toBeLessThan(zoomed[0])

    await page.mouse.wheel(0, 400)
    await expect.poll(async () => (await viewBox())[2]).toBeGreaterThan(zoomed[2])

    await page.locator('[data-node-id="team:cloud-reliability"]').click()
    const details = page.getByRole('complementary', { name: 'Details' })
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Cloud Reliability Team')
    expect(problems, 'console errors, CSP violations included').toEqual([])

    // The policy is in force: an inline script the page did not ship (what a catalog name that
    // slipped into markup would be) does not run, and the browser says why.
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'document.body.dataset.injected = "ran"'
      document.body.append(script)
    })
    await expect.poll(() => problems.join('\n')).toContain('Content Security Policy')
    expect(await page.locator('body').getAttribute('data-injected')).toBeNull()
  })
})
