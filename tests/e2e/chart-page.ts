import { readFile } from 'node:fs/promises'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { failOnConsoleProblems } from './console'

/** Opens `path` and waits for the bundled Teleport catalog's 13 teams. */
export async function openChart(page: Page, path = '/'): Promise<void> {
  await page.goto(path)
  await expect(page.getByTestId('node-team')).toHaveCount(13)
}

/**
 * Call inside a `test.describe`: each of its tests starts on the chart at `path` (a fresh
 * browser context, so nothing remembered yet) and fails on console errors or failed requests.
 */
export function openChartForEachTest(path = '/'): void {
  failOnConsoleProblems()
  test.beforeEach(({ page }) => openChart(page, path))
}

export const lens = (page: Page) => page.getByRole('region', { name: 'Technology lens' })

/** The lens's checkbox for a technology; its label goes on after the name (usage, count). */
export const technologyBox = (page: Page, name: RegExp) =>
  lens(page).getByRole('checkbox', { name })

export const team = (page: Page, name: string) =>
  page.getByTestId('node-team').filter({ hasText: name })

/**
 * React Flow's camera, from the viewport's transform (screen = flow × zoom + offset): x and y
 * in whole CSS px and zoom to 3 decimals, so a camera that was kept compares equal.
 */
export async function camera(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.locator('.react-flow__viewport').evaluate((el) => {
    const m = new DOMMatrixReadOnly(getComputedStyle(el).transform)
    return { x: Math.round(m.e), y: Math.round(m.f), zoom: Math.round(m.a * 1000) / 1000 }
  })
}

/**
 * Saves the "open file" with `text`, as an editor would: the page must be opened with
 * `?e2e-watch`, which makes the browser API expose `window.__orgscopeTest.editCatalog(text)`,
 * the same reload main's watcher does in the app (src/renderer/src/web/test-file-source.ts).
 */
export async function editCatalog(page: Page, text: string): Promise<void> {
  await page.evaluate((next) => {
    const hook = (window as unknown as { __orgscopeTest: { editCatalog(t: string): unknown } })
      .__orgscopeTest
    hook.editCatalog(next)
  }, text)
}

/** The title the browser's print would put on paper now (beforeprint, then afterprint). */
export async function printTitle(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'))
    const title = document.querySelector('.print-sheet__title')?.textContent ?? undefined
    window.dispatchEvent(new Event('afterprint'))
    return title
  })
}

/** Waits until the print code has arrived (it is fetched when the page is idle). */
export async function untilPrintIsReady(page: Page): Promise<void> {
  await expect.poll(() => printTitle(page)).toBe('Teleport engineering')
}

/** Exports the chart as SVG from the open export dialog; the downloaded file's text. */
export async function exportedSvg(page: Page, dialog: Locator): Promise<string> {
  await dialog.getByRole('radio', { name: /SVG/ }).check()
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export…' }).click()
  return readFile(await (await download).path(), 'utf8')
}
