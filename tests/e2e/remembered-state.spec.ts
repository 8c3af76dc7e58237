import { expect, test, type Page } from '@playwright/test'
import { camera, lens, openChart, openChartForEachTest, technologyBox } from './chart-page'

/** A point on the chart's empty background, where a drag pans. */
async function emptyPanePoint(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect()
    for (let y = pane.top + 40; y < pane.bottom - 40; y += 20) {
      for (let x = pane.left + 60; x < pane.right - 260; x += 20) {
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y }
      }
    }
    throw new Error('no empty spot on the chart')
  })
}

/** What the page has saved so far (the browser build keeps it in localStorage). */
async function saved(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse((await page.evaluate(() => localStorage.getItem('orgscope:settings'))) ?? '{}')
}

/** The saved camera, rounded as camera() rounds the one on screen; undefined before any. */
async function savedCamera(page: Page) {
  const viewport = (await saved(page)).viewport as
    { x: number; y: number; zoom: number } | undefined
  return (
    viewport && {
      x: Math.round(viewport.x),
      y: Math.round(viewport.y),
      zoom: Math.round(viewport.zoom * 1000) / 1000
    }
  )
}

async function settled(page: Page) {
  // The page saves 300 ms after the last change; wait until localStorage has it.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('orgscope:settings')))
    .toContain('"viewport"')
}

test.describe('remembered state', () => {
  // Each test has a fresh browser context: nothing remembered yet.
  openChartForEachTest()

  test('theme, layout, technologies and camera survive a reload without the hash; Reset view restores the defaults', async ({
    page
  }) => {
    // Theme: system → light → dark.
    const themeButton = page.getByRole('button', { name: /^Theme:/ })
    await themeButton.click()
    await themeButton.click()
    await expect(themeButton).toHaveAccessibleName('Theme: dark')
    await page.getByRole('button', { name: 'Layout: columns' }).click()
    await expect(page.getByRole('button', { name: 'Layout: left to right' })).toBeVisible()
    await technologyBox(page, /^Kubernetes/).check()
    await lens(page).getByRole('radio', { name: 'All' }).click()

    // Pan by dragging the background, then zoom with the wheel: the camera the user chose.
    const start = await emptyPanePoint(page)
    await page.mouse.move(start.x, start.y)
    await page.mouse.down()
    await page.mouse.move(start.x + 120, start.y + 70, { steps: 6 })
    await page.mouse.up()
    const dragged = await camera(page)
    await page.mouse.move(700, 400)
    await page.mouse.wheel(0, -200)
    // The wheel's zoom is on screen, and the page has saved that camera (a zoom ends 150 ms
    // after the last wheel event, and is saved 300 ms later): the camera the user chose.
    await expect
      .poll(async () => {
        const screen = await camera(page)
        const kept = await savedCamera(page)
        return screen.zoom !== dragged.zoom && JSON.stringify(kept) === JSON.stringify(screen)
      })
      .toBe(true)
    const moved = await camera(page)
    await settled(page)
    await expect
      .poll(async () =>
        JSON.parse((await page.evaluate(() => localStorage.getItem('orgscope:settings'))) ?? '{}')
      )
      .toMatchObject({
        theme: 'dark',
        layoutKind: 'horizontal',
        lens: { technologies: ['Kubernetes'], mode: 'all' },
        viewport: { catalog: 'teleport.yaml' }
      })

    // Reload WITHOUT the hash: everything comes back from storage. (Not every team is drawn:
    // the restored camera leaves some off screen, and React Flow draws only what is visible.)
    await page.goto('/')
    await expect(page.getByTestId('node-company')).toHaveCount(1)
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(page.getByRole('button', { name: /^Theme:/ })).toHaveAccessibleName('Theme: dark')
    await expect(page.getByRole('button', { name: 'Layout: left to right' })).toBeVisible()
    await expect(technologyBox(page, /^Kubernetes/)).toBeChecked()
    await expect(lens(page).getByRole('radio', { name: 'All' })).toHaveAttribute(
      'aria-checked',
      'true'
    )
    await expect.poll(() => camera(page)).toEqual(moved)

    // Reset view: default layout, no technologies, the whole chart in view; the theme stays.
    await page.getByRole('button', { name: 'More actions' }).click()
    await page.getByRole('menuitem', { name: 'Reset view' }).click()
    await expect(page.getByRole('button', { name: 'Layout: columns' })).toBeVisible()
    await expect(technologyBox(page, /^Kubernetes/)).not.toBeChecked()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    for (const team of await page.getByTestId('node-team').all()) {
      await expect(team).toBeInViewport()
    }
    // …and that is what the next start shows, once saved (and a save still waiting is sent
    // when the page goes away).
    await expect
      .poll(() => saved(page))
      .toMatchObject({ layoutKind: 'compact', lens: { technologies: [] } })
    await openChart(page)
    await expect(page.getByRole('button', { name: 'Layout: columns' })).toBeVisible()
    await expect(technologyBox(page, /^Kubernetes/)).not.toBeChecked()
  })

  test('a link with a hash wins over the remembered technologies', async ({ page }) => {
    await technologyBox(page, /^Kubernetes/).check()
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('orgscope:settings')))
      .toContain('Kubernetes')
    // A fresh load (a hash-only goto would stay in the same document).
    await page.goto('/#tech=Go')
    await page.reload()
    await expect(page.getByTestId('node-team')).toHaveCount(13)
    await expect(technologyBox(page, /^Go\b/)).toBeChecked()
    await expect(technologyBox(page, /^Kubernetes/)).not.toBeChecked()
  })

  test('corrupt stored settings are set aside with a message, and the app starts with defaults', async ({
    page
  }) => {
    // Corrupted before the next page's scripts run (and after this page's last save on unload).
    await page.addInitScript(() => {
      if (sessionStorage.getItem('corrupted')) return
      sessionStorage.setItem('corrupted', '1')
      localStorage.setItem('orgscope:settings', '{"theme": "dark", ')
    })
    await openChart(page)
    await expect(page.getByRole('status', { name: 'Messages' })).toContainText(
      'Your saved settings could not be used: it is not valid JSON'
    )
    const keys = await page.evaluate(() => Object.keys(localStorage))
    expect(keys).toContainEqual(expect.stringMatching(/^orgscope:settings\.corrupt-/))
    await page.getByRole('button', { name: 'Dismiss message' }).click()
    await expect(page.getByRole('status', { name: 'Messages' })).toBeEmpty()
  })
})
