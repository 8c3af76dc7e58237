import { expect, test } from '@playwright/test'
import { failOnConsoleProblems } from './console'

test.describe('org graph', () => {
  failOnConsoleProblems()
  test.beforeEach(async ({ page }) => {
    await page.goto('/')
    await expect(page.getByTestId('node-team').first()).toBeVisible()
  })

  test('draws the company, both divisions and all 13 teams of the bundled catalog', async ({
    page
  }) => {
    await expect(page.getByTestId('node-company')).toHaveCount(1)
    await expect(page.getByTestId('node-company')).toContainText('Teleport')
    await expect(page.getByTestId('node-division')).toHaveText([/Core/, /Cloud/])
    await expect(page.getByTestId('node-team')).toHaveCount(13)
    await expect(
      page.getByTestId('node-team').filter({ hasText: 'Cloud Tools Team' })
    ).toContainText('Forming')
    // Teams start collapsed: the first view is the org at a glance.
    await expect(page.getByTestId('node-project')).toHaveCount(0)
  })

  test('shows stated stack and mentioned technologies as chips on team nodes', async ({ page }) => {
    const reliability = page.getByTestId('node-team').filter({ hasText: 'Cloud Reliability Team' })
    await expect(reliability.locator('.chip--stack').first()).toHaveText('Go')
    const devops = page.getByTestId('node-team').filter({ hasText: 'Teleport Devops' })
    await expect(devops.locator('.chip--mention').first()).toHaveText('Kubernetes')
    await expect(devops.locator('.chip--stack')).toHaveCount(0)
  })

  test('expands and collapses a team to show and hide its projects', async ({ page }) => {
    const toggle = page.getByRole('button', { name: /Show 7 projects of Application and Database/ })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await toggle.click()
    await expect(page.getByTestId('node-project')).toHaveCount(7)
    await expect(page.getByTestId('node-project').first()).toContainText(
      'Certificate based authentication'
    )
    const hide = page.getByRole('button', { name: /Hide 7 projects of Application and Database/ })
    await expect(hide).toHaveAttribute('aria-expanded', 'true')
    await hide.click()
    await expect(page.getByTestId('node-project')).toHaveCount(0)
  })

  test('collapses a division and expands everything', async ({ page }) => {
    await page.getByRole('button', { name: /Hide 4 teams of Cloud/ }).click()
    await expect(page.getByTestId('node-team')).toHaveCount(9)
    await page.getByRole('button', { name: 'Expand all' }).click()
    // Only nodes inside the viewport are in the DOM (onlyRenderVisibleElements): fit first.
    await page.getByRole('button', { name: 'Fit chart to window' }).click()
    await expect(page.getByTestId('node-team')).toHaveCount(13)
    const projects = await page.getByTestId('node-project').count()
    expect(projects).toBeGreaterThanOrEqual(35)
    await page.getByRole('button', { name: 'Collapse all' }).click()
    await expect(page.getByTestId('node-project')).toHaveCount(0)
  })

  test('opens a details panel with summary, technologies, projects and links', async ({ page }) => {
    await page.getByTestId('node-team').filter({ hasText: 'Cloud Application Team' }).click()
    const panel = page.getByTestId('details-panel')
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Cloud Application Team')
    await expect(panel).toContainText('controllers')
    await expect(panel.getByRole('list', { name: 'Team stack' })).toContainText('PostgreSQL')
    await expect(panel.getByRole('heading', { name: 'Projects (6)' })).toBeVisible()
    await expect(panel).toContainText('Custom Kubernetes operators')

    await page.getByTestId('node-team').filter({ hasText: 'Frontend Applications' }).click()
    const link = panel.getByRole('link', { name: /2699/ })
    await expect(link).toHaveAttribute(
      'href',
      'https://github.com/gravitational/teleport/issues/2699'
    )

    await page.keyboard.press('Escape')
    await expect(panel).toHaveCount(0)
  })

  test('opens catalog links outside the app window, never navigating it', async ({ page }) => {
    await page.getByTestId('node-team').filter({ hasText: 'Frontend Applications' }).click()
    const popup = page.waitForEvent('popup')
    await page.getByTestId('details-panel').getByRole('link', { name: /2699/ }).click()
    // In the browser build "outside" is a new tab with no opener; in the app it is the system
    // browser (tested on the main side). Either way this page stays where it is.
    await (await popup).close()
    expect(new URL(page.url()).pathname).toBe('/')
  })

  test('selects a node with the keyboard', async ({ page }) => {
    const node = page.locator('.react-flow__node').filter({ hasText: 'Product Security' })
    await node.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(
      'Product Security'
    )
  })

  test('follows the OS colour scheme and toggles the theme', async ({ page }) => {
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme)
    expect(await theme()).toBe('light')
    await page.getByRole('button', { name: 'Theme: system' }).click()
    expect(await theme()).toBe('light')
    await page.getByRole('button', { name: 'Theme: light' }).click()
    expect(await theme()).toBe('dark')
    await expect(page.locator('.react-flow')).toHaveClass(/dark/)
  })

  test('fits the whole chart in a 1280×800 window at a readable scale', async ({ page }) => {
    const box = await page.locator('.react-flow__viewport').evaluate((el) => {
      const m = new DOMMatrixReadOnly(getComputedStyle(el).transform)
      return m.a
    })
    // Team titles are 15px; below 0.7 they would drop under ~10px on screen.
    expect(box).toBeGreaterThanOrEqual(0.7)
    for (const team of await page.getByTestId('node-team').all())
      await expect(team).toBeInViewport()
  })

  test('fits a chart of one team no closer than 150%, on opening and with Fit', async ({
    page
  }) => {
    const zoom = () =>
      page
        .locator('.react-flow__viewport')
        .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a)
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open…' }).click()
    await (
      await chooser
    ).setFiles({
      name: 'tiny.yaml',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        'schemaVersion: 1\ncompany:\n  name: Tiny Co\ndivisions:\n  - id: core\n    name: Core\n    teams:\n      - id: one\n        name: The One Team\n'
      )
    })
    await expect(page.getByTestId('node-company')).toContainText('Tiny Co')
    await expect.poll(zoom).toBeLessThanOrEqual(1.5)
    const pane = (await page.locator('.react-flow__pane').boundingBox())!
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2)
    await page.mouse.wheel(0, -600)
    await expect.poll(zoom).toBeGreaterThan(1.5)
    await page.getByRole('button', { name: 'Fit chart to window' }).click()
    await expect.poll(zoom).toBeCloseTo(1.5, 2)
  })

  test('moves the chart as one painted layer while it pans or zooms, and repaints it crisp at rest', async ({
    page
  }) => {
    const viewport = page.locator('.react-flow__viewport')
    const willChange = () => viewport.evaluate((el) => getComputedStyle(el).willChange)
    expect(await willChange()).toBe('auto')
    // A drag on the background: on a layer from its first move until it has been still a while.
    const pane = await page.locator('.react-flow__pane').boundingBox()
    const [x, y] = [pane!.x + pane!.width - 30, pane!.y + pane!.height / 2]
    // The background itself, not a card or a control above it.
    expect(
      await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.className, [x, y])
    ).toBe('react-flow__pane draggable')
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.mouse.move(x - 40, y - 20, { steps: 4 })
    expect(await willChange()).toBe('transform')
    await page.mouse.up()
    await expect.poll(willChange).toBe('auto')
    // A wheel zoom likewise.
    await page.mouse.wheel(0, -200)
    await expect.poll(willChange).toBe('transform')
    await expect.poll(willChange).toBe('auto')
  })
})

test.describe('dark OS theme', () => {
  test.use({ colorScheme: 'dark' })
  test('starts dark when the OS is dark', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByTestId('node-team').first()).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  })
})

test.describe('the page’s first chart', () => {
  failOnConsoleProblems()

  test('is painted fitted and whole from its first frame, not at zoom 1 from the origin first', async ({
    page
  }) => {
    // The first animation frame in which the company card is in the DOM is the first frame the
    // chart is painted in: what the camera and the cards were then. React Flow sizes its pane in
    // an effect; fitting only a frame later painted one frame at zoom 1 from the origin, where
    // onlyRenderVisibleElements had mounted the company, a division and four teams.
    await page.addInitScript(() => {
      const watch = () => {
        const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')
        if (!document.querySelector('[data-testid="node-company"]') || !viewport) {
          requestAnimationFrame(watch)
          return
        }
        ;(window as unknown as { __firstFrame: object }).__firstFrame = {
          transform: getComputedStyle(viewport).transform,
          teams: document.querySelectorAll('[data-testid="node-team"]').length
        }
      }
      requestAnimationFrame(watch)
    })
    await page.goto('/')
    await expect(page.getByTestId('node-team')).toHaveCount(13)
    const settled = await page
      .locator('.react-flow__viewport')
      .evaluate((el) => getComputedStyle(el).transform)
    expect(settled).not.toBe('matrix(1, 0, 0, 1, 0, 0)')
    const first = await page.evaluate(
      () => (window as unknown as { __firstFrame: object }).__firstFrame
    )
    expect(first).toEqual({ transform: settled, teams: 13 })
  })
})
