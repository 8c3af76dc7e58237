import { expect, test, type Page, type Worker } from '@playwright/test'
import { CATALOG_IN_WORKER_BYTES } from '../../src/renderer/src/web/load-off-page'
import { syntheticCatalogYaml } from '../../src/shared/synth/synthetic-catalog'
import { fileSizeLabel } from '../../src/shared/text'
import { guideOf } from './big-guide'
import { exportedSvg, openChartForEachTest } from './chart-page'
import { reloadRefusingWorkers } from './no-workers'

/**
 * Issue 17: the browser build reads a team guide or a large catalog chosen with Open… in a
 * worker (load-off-page.ts), as the app reads every file in main's worker thread. Before, the
 * page's thread did it: a 1 MB guide froze the page for seconds, the chart on screen and every
 * control with it.
 */

/** Chooses `name` with Open…. */
async function openFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…' }).click()
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })
}

/** The next worker the page starts to read a file. */
const readingWorker = (page: Page): Promise<Worker> =>
  page.waitForEvent('worker', (worker) => worker.url().includes('load-worker'))

/** The company card's text in the next frame the page paints. */
function companyInNextFrame(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve(document.querySelector('[data-testid="node-company"]')?.textContent ?? '')
          )
        )
      )
  )
}

const company = (page: Page) => page.getByTestId('node-company')

/** The size the status gives a text of this length in bytes ("1.2 MB"). */
const sizeLabel = (text: string): string => fileSizeLabel(Buffer.byteLength(text))

test.describe('opening a large file in the browser build', () => {
  openChartForEachTest()
  // A megabyte of guide imports in seconds in the worker, more on a machine shared with others.
  test.setTimeout(120_000)

  test('reads a team guide in a worker: the page paints the chart before it while it is read', async ({
    page
  }) => {
    const guide = guideOf(1)
    const started = readingWorker(page)
    await openFile(page, 'big.md', guide.text)
    const worker = await started
    // Frames are painted while the guide is read: still Teleport's chart, nothing frozen.
    expect(await companyInNextFrame(page)).toContain('Teleport')
    const closed = worker.waitForEvent('close')
    await expect(company(page)).toContainText('Big Co', { timeout: 100_000 })
    await expect(company(page)).toContainText(`${guide.divisions * 50} teams`)
    // One file per worker: it is stopped once the catalog is back.
    await closed
  })

  test('says which file it is opening while it is read, and not once the chart or an error shows', async ({
    page
  }) => {
    const guide = guideOf(1)
    const opening = page.getByRole('status').filter({ hasText: /^Opening / })
    await openFile(page, 'big.md', guide.text)
    // Read in a worker for seconds: the chart on screen stays, the status over it says which
    // file (faded in after a moment, so a small file opens without a flash).
    await expect(opening).toHaveText(`Opening big.md (${sizeLabel(guide.text)})…`)
    await expect(opening).toHaveCSS('opacity', '1')
    await expect(company(page)).toContainText('Teleport')
    await expect(company(page)).toContainText('Big Co', { timeout: 100_000 })
    await expect(opening).toHaveCount(0)

    // A file that fails: the chart stays with the error's banner, and the status goes.
    await openFile(page, 'broken.yaml', 'company: [')
    await expect(page.getByRole('alert')).toContainText('broken.yaml')
    // Not "the last valid version": broken.yaml had none; the chart is another catalog's.
    await expect(page.getByRole('alert')).toContainText('the chart still shows Big Co (big.md)')
    await expect(opening).toHaveCount(0)
    await expect(company(page)).toContainText('Big Co')
  })

  test('Cancel while a guide is read stops its worker and keeps the chart on screen', async ({
    page
  }) => {
    const guide = guideOf(1)
    const started = readingWorker(page)
    await openFile(page, 'big.md', guide.text)
    const worker = await started
    const closed = worker.waitForEvent('close')
    await page.getByRole('button', { name: 'Cancel opening big.md' }).click()
    // The worker is stopped at once (not left to read for seconds), and nothing replaces the
    // chart: no status, no banner, still Teleport.
    await closed
    await expect(page.getByRole('status').filter({ hasText: /^Opening / })).toHaveCount(0)
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect(company(page)).toContainText('Teleport')
    // Exports draw the catalog the app keeps, not the canceled one: still Teleport.
    await page.getByRole('button', { name: 'Export…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export chart' })
    const svg = await exportedSvg(page, dialog)
    expect(svg).toContain('Teleport')
    expect(svg).not.toContain('Big Co')
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)

    // The next open goes on as ever.
    await openFile(page, 'teams.md', '# Acme Engineering\n\n## Ledger team\n\nOwns invoices.\n')
    await expect(company(page)).toContainText('Acme')
  })

  test('reads a catalog in the page, and one past the worker size in a worker', async ({
    page
  }) => {
    // A 2,000-team catalog (1.2 MB): read in the page, a shorter wait than a worker's.
    const workers: string[] = []
    page.on('worker', (worker) => workers.push(worker.url()))
    const catalog = syntheticCatalogYaml({ teams: 2000, seed: 3 })
    await openFile(page, 'large.yaml', catalog)
    await expect(company(page)).toContainText(/2,?000 teams/, { timeout: 60_000 })
    expect(workers.filter((url) => url.includes('load-worker'))).toEqual([])

    // Past the size: a small catalog under megabytes of comment lines, quick to draw.
    const small = syntheticCatalogYaml({ teams: 20, seed: 3 })
    const line = `# ${'x'.repeat(1022)}\n`
    const padded = `${line.repeat(Math.ceil(CATALOG_IN_WORKER_BYTES / line.length))}${small}`
    const started = readingWorker(page)
    await openFile(page, 'padded.yaml', padded)
    await started
    await expect(company(page)).toContainText('20 teams', { timeout: 60_000 })
  })
})

test.describe('opening a guide where the page cannot start workers', () => {
  openChartForEachTest()

  test('reads it in the page, and says so in a console warning', async ({ page }) => {
    const warnings = await reloadRefusingWorkers(page)
    await openFile(page, 'teams.md', '# Acme Engineering\n\n## Ledger team\n\nOwns invoices.\n')
    await expect(company(page)).toContainText('Acme')
    expect(warnings).toEqual([
      'OrgScope: could not start a worker to read teams.md (Refused to create a worker); reading it in the page instead'
    ])
  })
})
