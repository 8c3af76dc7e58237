import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { OVERVIEW_LEAVE_ZOOM } from '../../src/renderer/src/graph/level-of-detail'
import { syntheticCatalogYaml } from '../../src/shared/synth/synthetic-catalog'
import { camera, openChart } from './chart-page'
import { failOnConsoleProblems } from './console'

/**
 * A chart of more than 400 nodes is drawn by level of detail (level-of-detail.ts): zoomed out,
 * teams and projects are pixels on a canvas and only the company and division cards are DOM
 * nodes; zoomed in, the team cards around the view are DOM nodes.
 */
test.describe('a big chart', () => {
  failOnConsoleProblems()
  let dir: string
  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'orgscope-big-'))
  })
  test.afterEach(() => rmSync(dir, { recursive: true, force: true }))

  /** Opens a 1,000-team catalog with Open…, as a person would. */
  async function openBigCatalog(page: Page): Promise<void> {
    const file = join(dir, 'big.yaml')
    writeFileSync(file, syntheticCatalogYaml({ teams: 1000, seed: 1 }))
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open…' }).click()
    await (await chooser).setFiles(file)
    await expect(page.getByTestId('node-company')).toContainText('1000 teams')
  }

  test('opens on the canvas overview without mounting the team cards the fit then drops', async ({
    page
  }) => {
    await openChart(page)
    // Zoomed in on the open chart, where a big chart is drawn as team cards.
    const zoomIn = page.getByRole('button', { name: 'Zoom In' })
    while ((await camera(page)).zoom <= OVERVIEW_LEAVE_ZOOM + 0.2) await zoomIn.click()
    await page.evaluate(() => {
      const seen = { teamCards: 0 }
      ;(window as unknown as { __seen: typeof seen }).__seen = seen
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (!(node instanceof Element)) continue
            const card = '[data-testid="node-team"]'
            seen.teamCards += (node.matches(card) ? 1 : 0) + node.querySelectorAll(card).length
          }
        }
      }).observe(document.body, { childList: true, subtree: true })
    })

    await openBigCatalog(page)
    await expect(page.getByTestId('graph-overview')).toHaveAttribute('data-drawn-layout', /\d+/)
    await expect.poll(async () => (await camera(page)).zoom).toBeLessThan(0.2)
    await expect(page.getByTestId('node-division').first()).toBeVisible()
    await expect(page.getByTestId('node-team')).toHaveCount(0)
    const seen = await page.evaluate(() => (window as unknown as { __seen: object }).__seen)
    expect(seen).toEqual({ teamCards: 0 })
  })

  test('mounts the cards a zoom brings into view a few a frame, never all at once', async ({
    page
  }) => {
    await openChart(page)
    await openBigCatalog(page)
    await page.getByRole('button', { name: 'Expand all' }).click()
    await expect.poll(async () => (await camera(page)).zoom).toBeLessThan(0.2)
    // Chart nodes added to the DOM, counted per animation frame.
    await page.evaluate(() => {
      const perFrame: number[] = [0]
      ;(window as unknown as { __perFrame: number[] }).__perFrame = perFrame
      const tick = () => {
        perFrame.push(0)
        requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof Element && node.classList.contains('react-flow__node')) {
              perFrame[perFrame.length - 1]++
            }
          }
        }
      }).observe(document.body, { childList: true, subtree: true })
    })
    const pane = page.locator('.react-flow__pane')
    const box = (await pane.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3)
    while ((await camera(page)).zoom <= OVERVIEW_LEAVE_ZOOM + 0.1) await page.mouse.wheel(0, -400)
    await expect(page.getByTestId('node-project').first()).toBeVisible()
    // Every card in view is there once the hand-over is done...
    await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(20)
    const perFrame = await page.evaluate(
      () => (window as unknown as { __perFrame: number[] }).__perFrame
    )
    // ...and no frame mounted more than a batch (10 cards) and the headings above them.
    expect(Math.max(...perFrame)).toBeLessThanOrEqual(16)
  })

  test('shows team cards zoomed in, and the canvas again zoomed out', async ({ page }) => {
    await openChart(page)
    await openBigCatalog(page)
    await expect.poll(async () => (await camera(page)).zoom).toBeLessThan(0.2)
    await expect(page.getByTestId('node-team')).toHaveCount(0)

    const pane = page.locator('.react-flow__pane')
    const box = (await pane.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3)
    while ((await camera(page)).zoom <= OVERVIEW_LEAVE_ZOOM) await page.mouse.wheel(0, -400)
    await expect(page.getByTestId('node-team').first()).toBeVisible()

    await page.getByRole('button', { name: 'Fit chart to window' }).click()
    await expect(page.getByTestId('node-team')).toHaveCount(0)
    await expect(page.getByTestId('node-division').first()).toBeVisible()
  })
  test('is drawn at its fitted camera from the commit that brings it, not a frame later', async ({
    page
  }) => {
    await openChart(page)
    // The camera the first time the new chart is in the DOM: React Flow waited for its nodes to
    // be measured before fitting, so that commit kept the old chart's camera (and drew, laid out
    // and rendered the new chart once at it, for nothing).
    await page.evaluate(() => {
      const seen: { transform?: string } = {}
      ;(window as unknown as { __seen: typeof seen }).__seen = seen
      const observer = new MutationObserver(() => {
        const company = document.querySelector('[data-testid="node-company"]')
        if (!company?.textContent?.includes('1000 teams')) return
        observer.disconnect()
        seen.transform = getComputedStyle(
          document.querySelector('.react-flow__viewport')!
        ).transform
      })
      observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    })
    await openBigCatalog(page)
    await expect.poll(async () => (await camera(page)).zoom).toBeLessThan(0.2)
    const fitted = await page
      .locator('.react-flow__viewport')
      .evaluate((el) => getComputedStyle(el).transform)
    const seen = await page.evaluate(
      () => (window as unknown as { __seen: { transform?: string } }).__seen
    )
    expect(seen.transform).toBe(fitted)
  })

  test('lists its technologies in the lens after the frame that draws its chart', async ({
    page
  }) => {
    await openChart(page)
    const list = page.getByRole('region', { name: 'Technology lens' }).locator('.lens__scroll')
    // What the lens showed in the commit that brought the new chart.
    await page.evaluate(() => {
      const seen: { busy?: string | null } = {}
      ;(window as unknown as { __seen: typeof seen }).__seen = seen
      const observer = new MutationObserver(() => {
        const company = document.querySelector('[data-testid="node-company"]')
        if (!company?.textContent?.includes('1000 teams')) return
        observer.disconnect()
        seen.busy = document.querySelector('.lens__scroll')!.getAttribute('aria-busy')
      })
      observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    })
    await openBigCatalog(page)
    const seen = await page.evaluate(
      () => (window as unknown as { __seen: { busy?: string | null } }).__seen
    )
    expect(seen.busy).toBe('true')
    // Then the lists are the new catalog's, and no longer busy.
    await expect(list).not.toHaveAttribute('aria-busy')
    const shared = page.getByRole('region', { name: 'Shared technologies' }).getByRole('button')
    await expect(shared.first()).toContainText(/JavaScript\s*702/)
  })
})
