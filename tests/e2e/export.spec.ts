import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { PNG } from 'pngjs'
import { MARGIN } from '../../src/shared/export/frame'
import { RASTER_LIMITS } from '../../src/shared/export/raster-size'
import { syntheticCatalogYaml } from '../../src/shared/synth/synthetic-catalog'
import { editCatalog, openChart } from './chart-page'
import { failOnConsoleProblems } from './console'
import { meanAbsoluteDifference, type Box } from './png-compare'

/**
 * Threshold for the exported PNG against a screenshot of the same view: the mean absolute
 * difference per channel (0–255) over the nodes' pixels, with the export (drawn at 2×) resampled
 * bilinearly onto the screenshot's pixels (a 2× screen at the fit zoom, ~0.7, so ~1.4 px per
 * layout px), aligned through React Flow's viewport transform and the export's margin.
 *
 * Why 6: what legitimately differs is antialiasing of text and curves at two resolutions, the
 * screen's soft drop shadows (the export has only a faint 1px one) and the screen's ▸ caret
 * glyph against the export's vector triangle. Measured on this chart: ~3 in light without a lens
 * (mostly white cards: every text edge counts), ~1.6 in dark with Go selected (dimmed cards),
 * and 4–5 at a 1× screen. What must fail it: another font or different wrapping (every glyph
 * moves by pixels), a wrong colour or theme (tens to hundreds), a misplaced node. The test
 * shows the metric can fail: the same export shifted by 4 CSS px scores above the threshold
 * (~21 light, ~10 dark).
 */
const THRESHOLD = 6
const SHIFT_MUST_EXCEED = THRESHOLD
const DEVICE_PIXEL_RATIO = 2

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export chart' })
  await expect(dialog).toBeVisible()
  return dialog
}

/** React Flow's viewport transform and every node's box on screen, in CSS px. */
async function screenGeometry(page: Page) {
  return page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport') as HTMLElement
    const pane = document.querySelector('.react-flow') as HTMLElement
    const m = new DOMMatrixReadOnly(getComputedStyle(viewport).transform)
    const origin = pane.getBoundingClientRect()
    const boxes = [...document.querySelectorAll('.react-flow__node')].map((node) => {
      const r = node.getBoundingClientRect()
      return { x: r.x, y: r.y, width: r.width, height: r.height }
    })
    return { zoom: m.a, x: origin.x + m.e, y: origin.y + m.f, boxes }
  })
}

/**
 * Waits until the chart has stopped changing, before measuring the screen: the web fonts
 * loaded, every node measured by React Flow (unmeasured ones are hidden) and so the queued
 * fit-view run, and the camera and every node's box the same two frames running.
 */
async function chartSettled(page: Page) {
  await page.evaluate(() => document.fonts.ready)
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
        const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
        if (nodes.some((node) => node.style.visibility === 'hidden')) return false
        const snapshot = () =>
          JSON.stringify([
            getComputedStyle(document.querySelector('.react-flow__viewport')!).transform,
            ...[...document.querySelectorAll('.react-flow__node')].map((node) => {
              const { x, y, width, height } = node.getBoundingClientRect()
              return [x, y, width, height]
            })
          ])
        const before = snapshot()
        await frame()
        await frame()
        return snapshot() === before
      })
    )
    .toBe(true)
}

/** The chart of a generated catalog of `teams` teams, loaded as an edit of the open file. */
async function openSyntheticChart(page: Page, teams: number): Promise<void> {
  await openChart(page, '/?e2e-watch')
  await editCatalog(page, syntheticCatalogYaml({ teams, seed: 1 }))
  await expect(page.getByTestId('node-company')).toContainText('Synthetic Co.')
}

test.describe('export', () => {
  failOnConsoleProblems()

  test('opens from the toolbar and Ctrl+E, closes with Escape, and says where PDF lives', async ({
    page
  }) => {
    await openChart(page)
    const dialog = await openExport(page)
    // The browser build writes PNG, SVG and HTML; PDF needs Node (the app or the CLI).
    for (const format of ['PNG', 'SVG', 'HTML']) {
      await expect(dialog.getByRole('radio', { name: new RegExp(`^${format}`) })).toBeVisible()
    }
    await expect(dialog.getByRole('radio')).toHaveCount(3)
    await expect(dialog).toContainText('PDF export is available in the desktop app and the CLI')
    await expect(dialog.getByRole('radio', { name: /PNG/ })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
    await page.keyboard.press('Control+e')
    await expect(page.getByRole('dialog', { name: 'Export chart' })).toBeVisible()
  })

  test('keeps the keyboard focus inside the dialog through an export: on Close when done', async ({
    page
  }) => {
    await openChart(page)
    const dialog = await openExport(page)
    const inside = () => dialog.evaluate((el) => el.contains(document.activeElement))
    await dialog.getByRole('radio', { name: /PNG/ }).check()
    await dialog.getByRole('button', { name: 'Export…' }).focus()
    const download = page.waitForEvent('download')
    await page.keyboard.press('Enter')
    await download
    await expect(dialog.getByRole('status')).toContainText('Saved teleport-org-chart')
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
    // Tab and Shift+Tab go round the dialog's controls, never to the page behind it.
    for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key)
      expect(await inside(), `focus inside the dialog after ${key}`).toBe(true)
    }
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab')
      expect(await inside(), `focus inside the dialog after ${i + 1} Tabs`).toBe(true)
    }
    // Closed, focus goes back to the button that opened it.
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Export…' })).toBeFocused()
  })

  test.describe('PNG against the screen', () => {
    // A 2× screen, so both sides are drawn finer than the comparison's features.
    test.use({ deviceScaleFactor: DEVICE_PIXEL_RATIO })
    for (const { name, hash, theme } of [
      { name: 'light theme, no lens', hash: '', theme: 'light' as const },
      { name: 'dark theme, Go selected', hash: '#tech=Go', theme: 'dark' as const }
    ]) {
      test(`exports a PNG that matches the screen (${name})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme })
        await openChart(page, `/${hash}`)
        await chartSettled(page)
        const screen = await screenGeometry(page)
        const screenshot = PNG.sync.read(await page.screenshot())

        const dialog = await openExport(page)
        await dialog.getByRole('radio', { name: /PNG/ }).check()
        await dialog.getByLabel('Scale').selectOption('2')
        // Nothing above the chart, so it starts at the margin in the file.
        await dialog.getByLabel('Legend of selected technologies').uncheck()
        await dialog.getByLabel('Footer with today’s date').uncheck()
        const download = page.waitForEvent('download')
        await dialog.getByRole('button', { name: 'Export…' }).click()
        const file = await download
        expect(file.suggestedFilename()).toMatch(/^teleport-org-chart-.*\.png$/)
        await expect(dialog.getByRole('status')).toContainText('Saved teleport-org-chart')
        const exported = PNG.sync.read(await readFile(await file.path()))

        // The layout's bounds are the nodes' bounding box; in the file it starts at the margin.
        const left = Math.min(...screen.boxes.map((b: Box) => (b.x - screen.x) / screen.zoom))
        const top = Math.min(...screen.boxes.map((b: Box) => (b.y - screen.y) / screen.zoom))
        const right = Math.max(
          ...screen.boxes.map((b: Box) => (b.x + b.width - screen.x) / screen.zoom)
        )
        expect(Math.abs(exported.width - (right - left + 2 * MARGIN) * 2)).toBeLessThanOrEqual(4)

        const mapping = {
          devicePixelRatio: DEVICE_PIXEL_RATIO,
          zoom: screen.zoom,
          screenOrigin: { x: screen.x, y: screen.y },
          exportOrigin: { x: MARGIN - left, y: MARGIN - top },
          scale: 2
        }
        const difference = meanAbsoluteDifference(screenshot, exported, screen.boxes, mapping)
        console.log(`export vs screen (${name}): mean absolute difference ${difference.toFixed(2)}`)
        expect(difference).toBeLessThan(THRESHOLD)
        const shifted = meanAbsoluteDifference(screenshot, exported, screen.boxes, mapping, {
          x: 4,
          y: 4
        })
        console.log(`shifted by 4 px: ${shifted.toFixed(2)}`)
        expect(shifted).toBeGreaterThan(SHIFT_MUST_EXCEED)
      })
    }
  })

  test('says how large a PNG will be before exporting it, and makes it that size', async ({
    page
  }) => {
    await openChart(page)
    const dialog = await openExport(page)
    await dialog.getByRole('radio', { name: /PNG/ }).check()
    await dialog.getByLabel('Scale').selectOption('3')
    const estimate = dialog.getByTestId('export-estimate')
    await expect(estimate).toHaveText(/^PNG: [\d,]+ × [\d,]+ px$/)
    const [width, height] = (/([\d,]+) × ([\d,]+)/.exec((await estimate.textContent())!) ?? [])
      .slice(1)
      .map((n) => Number(n.replace(/,/g, '')))
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Export…' }).click()
    const png = PNG.sync.read(await readFile(await (await download).path()))
    expect([png.width, png.height]).toEqual([width, height])
    // No PDF in the browser build, so nothing about paper.
    await expect(dialog.getByLabel('Paper')).toHaveCount(0)
  })

  test('scales a chart too large for a bitmap down, says so before and after, and shows progress meanwhile', async ({
    page
  }) => {
    test.slow()
    // 300 teams: about 4,400 × 4,800 px at 1×, so 84 megapixels at 2×.
    await openSyntheticChart(page, 300)

    const dialog = await openExport(page)
    await dialog.getByRole('radio', { name: /PNG/ }).check()
    await dialog.getByLabel('Scale').selectOption('2')
    const notice =
      /Scaled to (\d\.\d+)× \(([\d,]+) × ([\d,]+) px\) instead of 2× to stay under 67 megapixels; export SVG or PDF for full detail\./
    await expect(dialog.getByTestId('export-estimate')).toContainText(notice)

    const download = page.waitForEvent('download', { timeout: 60_000 })
    await dialog.getByRole('button', { name: 'Export…' }).click()
    // While the page draws: a progress bar in the announced status, the form locked.
    await expect(dialog.getByRole('status').getByRole('progressbar')).toBeVisible()
    await expect(dialog.getByLabel('Scale')).toBeDisabled()
    const png = PNG.sync.read(await readFile(await (await download).path()))
    await expect(dialog.getByRole('status')).toContainText(notice, { timeout: 30_000 })
    const [, , width, height] = notice.exec((await dialog.getByRole('status').textContent())!)!
    expect([png.width, png.height]).toEqual([width, height].map((n) => Number(n.replace(/,/g, ''))))
    expect(png.width * png.height).toBeLessThanOrEqual(RASTER_LIMITS.maxPixels)
  })

  test('counts the steps while the worker draws, and Cancel stops it: nothing is downloaded', async ({
    page
  }) => {
    test.slow()
    // 1,000 teams at 2×: 67 megapixels, seconds of drawing in the export worker.
    await openSyntheticChart(page, 1000)
    let downloads = 0
    page.on('download', () => downloads++)

    const dialog = await openExport(page)
    await dialog.getByRole('radio', { name: /PNG/ }).check()
    await dialog.getByLabel('Scale').selectOption('2')
    await dialog.getByRole('button', { name: 'Export…' }).click()
    // The worker reports its first step: the bar has a value now, not an endless sweep.
    const bar = dialog.getByRole('status').getByRole('progressbar')
    await expect(bar).toHaveAttribute('max', '2', { timeout: 30_000 })
    // The page answers while the worker draws: the dialog takes the click at once.
    await dialog.getByRole('button', { name: 'Cancel export' }).click()
    await expect(dialog.getByRole('status')).toHaveText('Export canceled: nothing was written.')
    // The export's answer came back "canceled": a download could only have started before it.
    expect(downloads).toBe(0)
    await expect(dialog.getByLabel('Scale')).toBeEnabled()
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible()
  })

  test('exports an SVG with real text and a standalone HTML page that works offline', async ({
    page,
    context
  }) => {
    await openChart(page, '/#tech=Kubernetes')
    let dialog = await openExport(page)
    await dialog.getByRole('radio', { name: /SVG/ }).check()
    let download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Export…' }).click()
    const svg = await readFile(await (await download).path(), 'utf8')
    expect(svg).toContain('>Cloud Reliability Team</text>')
    expect(svg).toContain('url(data:font/woff2;base64,')
    expect(svg).not.toContain('<foreignObject')
    await dialog.getByRole('button', { name: 'Close' }).click()

    dialog = await openExport(page)
    await dialog.getByRole('radio', { name: /HTML/ }).check()
    download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Export…' }).click()
    const html = await readFile(await (await download).path(), 'utf8')

    // Opened with every network request refused: it must still draw and answer clicks.
    const offline = await context.newPage()
    const requests: string[] = []
    offline.on('request', (request) => requests.push(request.url()))
    await offline.route('**/*', (route) => route.abort())
    await offline.setContent(html)
    await offline.locator('[data-node-id="team:cloud-reliability"]').click()
    const details = offline.getByRole('complementary', { name: 'Details' })
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Cloud Reliability Team')
    await expect(details).toContainText('Kubernetes')
    await offline.keyboard.press('Escape')
    await expect(details).toBeHidden()
    expect(requests.filter((url) => !url.startsWith('data:') && url !== 'about:blank')).toEqual([])
  })
})
