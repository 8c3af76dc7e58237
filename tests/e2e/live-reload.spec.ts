import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import {
  camera,
  editCatalog,
  openChart,
  openChartForEachTest,
  team,
  technologyBox
} from './chart-page'

/**
 * Live reload and drag-and-drop, in the browser build. The browser has no file to watch, so the
 * page is opened with `?e2e-watch`, which makes the browser API expose
 * `window.__orgscopeTest.editCatalog(text)`: the same reload main's watcher does in the app
 * (src/renderer/src/web/test-file-source.ts). The Electron test edits a real file instead.
 */
const TELEPORT = readFileSync(new URL('../../data/teleport.yaml', import.meta.url), 'utf8')
const TEAM_LINE = 'name: Cloud Reliability Team'

const banner = (page: Page) => page.getByRole('alert', { name: 'Catalog errors' })

/** The 1-based line and column of the value on the team's name line. */
function valuePosition(text: string): { line: number; column: number } {
  const lines = text.split('\n')
  const index = lines.findIndex((line) => line.includes(TEAM_LINE))
  return { line: index + 1, column: lines[index].indexOf(TEAM_LINE) + 'name: '.length + 1 }
}

test.describe('live reload of the open catalog', () => {
  openChartForEachTest('/?e2e-watch')

  test('an invalid edit keeps the chart, lens and zoom under a banner; the fix redraws', async ({
    page
  }) => {
    await technologyBox(page, /^Kubernetes/).check()
    await expect(page.getByTestId('match-count')).toHaveText('2 of 13 teams')
    await page.getByRole('button', { name: 'Zoom Out' }).click()
    await page.getByRole('button', { name: 'Zoom Out' }).click()
    await expect.poll(() => camera(page)).not.toEqual({ x: 0, y: 0, zoom: 0 })
    const zoomed = await camera(page)

    // Invalid YAML: a colon inside the team's plain-scalar name.
    const broken = TELEPORT.replace(TEAM_LINE, `${TEAM_LINE}: oops`)
    const { line, column } = valuePosition(broken)
    await editCatalog(page, broken)

    await expect(banner(page)).toContainText(`teleport.yaml:${line}:${column}`)
    await expect(banner(page)).toContainText('the chart shows the last valid version')
    await expect(page.getByTestId('node-team')).toHaveCount(13)
    await expect(team(page, 'Cloud Reliability Team')).toHaveCount(1)
    await expect(technologyBox(page, /^Kubernetes/)).toBeChecked()
    await expect(page.getByTestId('match-count')).toHaveText('2 of 13 teams')
    expect(await camera(page)).toEqual(zoomed)

    // Fixed, with the team renamed.
    await editCatalog(page, TELEPORT.replace(TEAM_LINE, 'name: Cloud Reliability Crew'))

    await expect(banner(page)).toHaveCount(0)
    await expect(team(page, 'Cloud Reliability Crew')).toHaveCount(1)
    await expect(team(page, 'Cloud Reliability Team')).toHaveCount(0)
    await expect(team(page, 'Cloud Reliability Crew').locator('[data-match="true"]')).toHaveCount(1)
    await expect(technologyBox(page, /^Kubernetes/)).toBeChecked()
    await expect(page.getByTestId('match-count')).toHaveText('2 of 13 teams')
    expect(await camera(page)).toEqual(zoomed)
  })

  test('an edit keeps the selected team and its details open', async ({ page }) => {
    await team(page, 'Cloud Reliability Team').click()
    const details = page.getByRole('complementary', { name: /details/i })
    await expect(details).toContainText('Cloud Reliability Team')

    await editCatalog(page, TELEPORT.replace(TEAM_LINE, 'name: Cloud Reliability Crew'))

    await expect(details).toContainText('Cloud Reliability Crew')
  })

  test('a save with many problems keeps the banner to a third of the window, the chart in view', async ({
    page
  }) => {
    // 27 projects with a misspelt status: 27 problems, each with its did-you-mean.
    await editCatalog(page, TELEPORT.replaceAll('status: current', 'status: currnt'))
    await expect(banner(page).getByRole('listitem')).toHaveCount(20)
    await expect(banner(page)).toContainText('…and 7 more.')

    const height = (await banner(page).boundingBox())!.height
    expect(height).toBeLessThanOrEqual(0.35 * 800 + 1)
    // The first problem and Dismiss in sight; the rest scroll, from the keyboard too.
    await expect(banner(page).getByRole('listitem').first()).toBeInViewport()
    const problems = banner(page).getByRole('group', { name: 'Problems' })
    await expect(banner(page).getByRole('button', { name: 'Dismiss' })).toBeInViewport()
    const scrolls = await problems.evaluate((el) => el.scrollHeight > el.clientHeight)
    expect(scrolls).toBe(true)
    await problems.focus()
    await page.keyboard.press('End')
    await expect(banner(page).getByText('…and 7 more.')).toBeInViewport()
    // The chart it keeps is still most of the window, its company and divisions drawn.
    const chart = (await page.getByRole('region', { name: 'Organization chart' }).boundingBox())!
    expect(chart.height).toBeGreaterThan(400)
    await expect(page.getByTestId('node-company')).toBeInViewport()
  })

  // QA (h161): Dismiss pressed from the keyboard dropped focus to the page.
  test('Dismiss gives focus back to what had it when the banner came, else to the chart', async ({
    page
  }) => {
    const open = page.getByRole('button', { name: 'Open…' })
    await open.focus()
    await editCatalog(page, TELEPORT.replace(TEAM_LINE, 'name: ""'))
    await expect(banner(page)).toBeVisible()
    await banner(page).getByRole('button', { name: 'Dismiss' }).focus()
    await page.keyboard.press('Enter')
    await expect(banner(page)).toBeHidden()
    await expect(open).toBeFocused()

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await editCatalog(page, TELEPORT.replace(TEAM_LINE, 'name: ""'))
    await banner(page).getByRole('button', { name: 'Dismiss' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('region', { name: 'Organization chart' })).toBeFocused()
  })

  test('the test hook exists only under ?e2e-watch', async ({ page }) => {
    await openChart(page)
    expect(await page.evaluate(() => '__orgscopeTest' in window)).toBe(false)
  })
})

test.describe('drag and drop a catalog', () => {
  openChartForEachTest()

  /** Drags a file named `name` with `text` over the window; returns its DataTransfer. */
  async function dragFile(page: Page, name: string, text: string) {
    const dataTransfer = await page.evaluateHandle(
      ([fileName, content]) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([content], fileName))
        return transfer
      },
      [name, text]
    )
    await page.dispatchEvent('body', 'dragenter', { dataTransfer })
    return dataTransfer
  }

  test('shows a drop zone while a file is dragged, and opens the dropped catalog', async ({
    page
  }) => {
    const acme = TELEPORT.replace(/^(company:\s*\n\s*name:\s*).*$/m, '$1Acme')
    expect(acme).not.toBe(TELEPORT)
    const dataTransfer = await dragFile(page, 'acme.yaml', acme)
    await expect(page.getByTestId('drop-zone')).toContainText('Drop a catalog to open it')

    await page.dispatchEvent('body', 'drop', { dataTransfer })

    await expect(page.getByTestId('drop-zone')).toHaveCount(0)
    await expect(page.getByTestId('node-company')).toContainText('Acme')
  })

  test('opens a dropped Markdown team guide through the importer', async ({ page }) => {
    const guide = readFileSync(
      new URL('../fixtures/guides/divisions-h1.md', import.meta.url),
      'utf8'
    )
    const dataTransfer = await dragFile(page, 'platform.markdown', guide)
    await page.dispatchEvent('body', 'drop', { dataTransfer })

    await expect(banner(page)).toHaveCount(0)
    await expect(team(page, 'Runtime')).toHaveCount(1)
    await expect(page.getByTestId('node-team')).not.toHaveCount(13)
  })

  test('hides the drop zone when the drag leaves the window', async ({ page }) => {
    const dataTransfer = await dragFile(page, 'acme.yaml', TELEPORT)
    await expect(page.getByTestId('drop-zone')).toBeVisible()
    await page.dispatchEvent('body', 'dragleave', { dataTransfer })
    await expect(page.getByTestId('drop-zone')).toHaveCount(0)
  })

  test('refuses a file that is not a catalog, keeping the chart', async ({ page }) => {
    const dataTransfer = await dragFile(page, 'photo.png', 'not a catalog')
    await page.dispatchEvent('body', 'drop', { dataTransfer })

    await expect(banner(page)).toContainText('photo.png is not a catalog file')
    await expect(banner(page)).toContainText('.yaml, .yml, .json, .md, .mdx or .markdown')
    // Still the Teleport chart (the banner takes some height: count what the catalog says).
    await expect(page.getByTestId('node-company')).toContainText('Teleport')
  })

  test('refuses a file over the size limit in bytes before reading it, keeping the chart', async ({
    page
  }) => {
    // 16.8 million characters, 33.6 MB as UTF-8: the limit is on bytes, as for files on disk.
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([`# ${'é'.repeat(16_800_000)}\n`], 'huge.yaml'))
      return transfer
    })
    await page.dispatchEvent('body', 'dragenter', { dataTransfer })
    await page.dispatchEvent('body', 'drop', { dataTransfer })

    await expect(banner(page)).toContainText(
      'huge.yaml file is too large (32.0 MB; the limit is 32 MB)'
    )
    await expect(page.getByTestId('node-company')).toContainText('Teleport')
  })
})
