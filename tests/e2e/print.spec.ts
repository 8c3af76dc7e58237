import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { allTeams } from '../../src/shared/catalog/all-teams'
import { loadCatalogText } from '../../src/shared/catalog/load'
import {
  openChart,
  openChartForEachTest,
  printTitle,
  technologyBox,
  untilPrintIsReady
} from './chart-page'
import { failOnConsoleProblems } from './console'

const teleport = (() => {
  const result = loadCatalogText(
    readFileSync(new URL('../../data/teleport.yaml', import.meta.url), 'utf8'),
    'teleport.yaml'
  )
  if (!result.ok) throw new Error('the bundled catalog does not load')
  return result.value
})()

test.describe('print / PDF', () => {
  // Each test has a fresh browser context: nothing remembered yet.
  openChartForEachTest()
  test.beforeEach(async ({ page }) => {
    await technologyBox(page, /^Kubernetes/).check()
  })

  test('prints one page whose text has every team name, in vector, with the title', async ({
    page
  }, testInfo) => {
    // What the browser's print does: beforeprint lays out the sheet, the print stylesheet
    // shows only it, and the page box follows the chart's shape (@page from the sheet).
    await untilPrintIsReady(page)
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true })
    const path = testInfo.outputPath('chart.pdf')
    writeFileSync(path, pdf)

    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    expect(info).toMatch(/Pages:\s+1\n/)
    // The compact columns are taller than wide: they print largest on a portrait page.
    const [, width, height] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/) ?? []
    expect(Number(height)).toBeGreaterThan(Number(width))

    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain('Teleport engineering')
    expect(text).toContain('Highlighting Kubernetes')
    for (const team of allTeams(teleport)) expect(text).toContain(team.name)
    // None of the app around the chart: no toolbar, no lens panel.
    expect(text).not.toContain('Side panel')
    expect(text).not.toContain('Import…')
    expect(text).not.toContain('Find your team')

    // After printing, the sheet is gone again.
    await expect(page.getByTestId('print-sheet')).toHaveCount(0)
  })

  test('print styling: only the sheet, the chart filling the page under a large title', async ({
    page
  }, testInfo) => {
    await untilPrintIsReady(page)
    await page.emulateMedia({ media: 'print' })
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    const sheet = page.getByTestId('print-sheet')
    await expect(sheet).toBeVisible()
    await expect(page.getByRole('toolbar', { name: 'Chart controls' })).toBeHidden()
    await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('Teleport engineering')
    // Large type: the title is at least 26pt (~34.7 CSS px).
    const titleSize = await sheet
      .getByRole('heading', { level: 1 })
      .evaluate((h) => parseFloat(getComputedStyle(h).fontSize))
    expect(titleSize).toBeGreaterThanOrEqual(34)
    // The chart fills the space under the title: its full height, or its full width.
    const fill = await sheet.evaluate((element) => {
      const area = element.querySelector('.print-sheet__chart')!.getBoundingClientRect()
      const svg = element.querySelector('svg')!
      const box = svg.getBoundingClientRect()
      const ratio = svg.viewBox.baseVal.width / svg.viewBox.baseVal.height
      const drawn =
        box.width / box.height > ratio
          ? { width: box.height * ratio, height: box.height }
          : { width: box.width, height: box.width / ratio }
      return Math.max(drawn.width / area.width, drawn.height / area.height)
    })
    expect(fill).toBeGreaterThan(0.99)
    await page.screenshot({ path: testInfo.outputPath('print-styling.png') })

    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
    await expect(sheet).toHaveCount(0)
    await page.emulateMedia({ media: 'screen' })
    await expect(page.getByRole('toolbar', { name: 'Chart controls' })).toBeVisible()
  })

  test('the toolbar’s More menu offers Print / PDF, keyboard-operable', async ({ page }) => {
    const more = page.getByRole('button', { name: 'More actions' })
    await more.focus()
    await page.keyboard.press('ArrowDown')
    const menu = page.getByRole('menu', { name: 'More actions' })
    await expect(menu.getByRole('menuitem', { name: /Print \/ PDF/ })).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(menu.getByRole('menuitem', { name: 'Reset view' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(menu).toHaveCount(0)
    await expect(more).toBeFocused()
  })
})

test.describe('print before the print code has arrived', () => {
  failOnConsoleProblems()

  test('the browser’s print says to print again, and prints the chart once it has', async ({
    page
  }) => {
    // The sheet writer (the export's SVG writer) is a chunk of its own, fetched when the page is
    // idle after the first chart; the browser's print cannot wait for it. Hold it back.
    let release = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/assets/print-sheet-*.js', async (route) => {
      await released
      await route.continue()
    })
    await openChart(page)
    expect(await printTitle(page)).toBe('The chart is not ready to print yet')
    await expect(page.getByTestId('print-sheet')).toHaveCount(0)
    release()
    await untilPrintIsReady(page)
  })
})
