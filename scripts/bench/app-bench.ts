import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { DOM_LAYOUT_LIMIT } from '../../src/renderer/src/graph/level-of-detail'
import { catalogSizeProblem } from '../../src/shared/catalog/size-limit'
import { syntheticCatalogYaml } from '../../src/shared/synth/synthetic-catalog'
import { startWebServer } from '../web-server'
import { scriptsGzipKiB } from './bundle-size'
import { TELEPORT_TEAMS, type BenchCatalog } from './catalogs'
import {
  FIRST_RENDER_RUNS,
  IN_PAGE_SCRIPT,
  inFreshPage,
  recordPanZoomAndHeap,
  VIEWPORT,
  type BenchWindow
} from './page'
import { resultRecorder, type BenchResult } from './results'
import { median } from './stats'

const FIRST_RENDER_TIMEOUT_MS = 60_000
const SELECT_RUNS = 5
/** Cold opens per catalog for time-to-chart, each in a new browser context (an empty cache). */
const COLD_RUNS = 3

/**
 * OrgScope's browser build in Chromium: open the catalog through Open… (as a person would) and
 * time it to the first drawn graph (the median of FIRST_RENDER_RUNS fresh pages); expand every
 * team; select technologies in the lens; pan and zoom; then the JS heap. A fresh browser context
 * per catalog, so no run inherits another's heap.
 */
export async function appMetrics(
  browser: Browser,
  url: string,
  input: BenchCatalog,
  dir: string
): Promise<BenchResult[]> {
  const { results, record } = resultRecorder(input.teams, '', input.variant)
  const { file, tooLarge } = writeCatalog(input, dir)
  if (tooLarge) {
    record('first-render', Number.NaN, 'ms', `not run: ${tooLarge}`)
    return results
  }
  // A tiny catalog opened first, so the measured open replaces one chart with another (and the
  // bundled Teleport chart is not already on screen when Teleport itself is measured).
  const warmup = join(dir, 'warm-up-2.yaml')
  writeFileSync(warmup, syntheticCatalogYaml({ teams: 2, seed: 7 }))

  // Each first render in a fresh page: the first open of that page, as a person meets it.
  const firstRenderIn = async (page: Page) => {
    await page.goto(url)
    await page.locator('.react-flow__node').first().waitFor()
    await open(page, warmup, { company: 'Synthetic Co.', teamsText: '· 2 teams', nodes: 5 })
    return open(page, file, firstChart(input))
  }
  const earlier: number[] = []
  for (let run = 1; run < FIRST_RENDER_RUNS; run++) {
    earlier.push(await inFreshPage(browser, firstRenderIn))
  }

  await inFreshPage(browser, async (page, cdp) => {
    const firstRender = await firstRenderIn(page)
    const samples = [...earlier, firstRender]
    const timedOut = samples.some((ms) => ms < 0)
    record(
      'first-render',
      timedOut ? -1 : median(samples),
      'ms',
      timedOut ? 'timed out' : undefined
    )
    if (firstRender < 0) return

    const expandAll = page.getByRole('button', { name: 'Expand all' })
    const expanded = await page.evaluate(
      async ({ nodes, timeout }) => {
        const bench = (window as unknown as BenchWindow).__orgscopeBench
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.getAttribute('aria-label') === 'Expand all' || b.textContent === 'Expand all'
        )
        if (!button) return -2
        const start = performance.now()
        button.click()
        return bench.paintedWhen(() => bench.orgscopeExpanded({ nodes }), start, timeout)
      },
      { nodes: input.expandedNodes, timeout: FIRST_RENDER_TIMEOUT_MS }
    )
    if (expanded === -2) await expandAll.click() // fails loudly if the control is gone
    record('expand-all', expanded, 'ms', expanded < 0 ? 'timed out' : undefined)
    await settle(page)

    record('select-to-paint', await selectToPaint(page), 'ms')
    await settle(page)
    record('hover-to-paint', await hoverToPaint(page), 'ms')
    await settle(page)

    await recordPanZoomAndHeap(
      page,
      cdp,
      { selector: '.react-flow__pane', transformSelector: '.react-flow__viewport' },
      record,
      // Only a chart over the limit has levels of detail to cross.
      input.expandedNodes > DOM_LAYOUT_LIMIT ? input.expandedNodes : undefined
    )
  })
  return results
}

/**
 * Cold start, as a person opening the browser build meets it: a new browser context (empty
 * cache), the page loaded from `webDir` with the catalog (the bundled one for Teleport, else
 * the file the local server serves, as `npm run web -- file.yaml` does), timed from navigation
 * start to the paint of the first frame that shows the chart; the median of COLD_RUNS. Also
 * `bundle-gzip`: the JavaScript the page had fetched by then, gzipped.
 */
export async function timeToChart(
  browser: Browser,
  input: BenchCatalog,
  dir: string,
  webDir: string
): Promise<BenchResult[]> {
  const { results, record } = resultRecorder(input.teams)
  const teleport = input.teams === TELEPORT_TEAMS
  const { file, tooLarge } = writeCatalog(input, dir)
  if (tooLarge) {
    record('time-to-chart', Number.NaN, 'ms', `not run: ${tooLarge}`)
    return results
  }
  const server = await startWebServer({ root: webDir, catalog: teleport ? undefined : file })
  const expected = firstChart(input)
  const samples: number[] = []
  let scripts: string[] = []
  try {
    for (let run = 0; run < COLD_RUNS; run++) {
      const context = await browser.newContext({ viewport: VIEWPORT })
      try {
        await context.addInitScript({ content: IN_PAGE_SCRIPT })
        await context.addInitScript({
          content: `window.__orgscopeBench.watchFirstChart(${JSON.stringify(expected)}, ${FIRST_RENDER_TIMEOUT_MS})`
        })
        const page = await context.newPage()
        await page.goto(server.url, { waitUntil: 'commit' })
        const first = await page.evaluate(
          () => (window as unknown as BenchWindow).__orgscopeFirstChart!
        )
        samples.push(first.ms)
        scripts = first.scripts
      } finally {
        await context.close()
      }
    }
  } finally {
    server.close()
  }
  const timedOut = samples.some((ms) => ms < 0)
  record(
    'time-to-chart',
    timedOut ? Number.NaN : median(samples),
    'ms',
    timedOut ? 'timed out' : undefined
  )
  if (!timedOut) record('bundle-gzip', scriptsGzipKiB(scripts, webDir), 'KiB')
  return results
}

/**
 * Writes the catalog into `dir` for the page to open; `tooLarge` says why the app would refuse
 * it (over the size a catalog file may be), so the metric is recorded as not run.
 */
function writeCatalog(input: BenchCatalog, dir: string): { file: string; tooLarge?: string } {
  const file = join(dir, input.file)
  writeFileSync(file, input.yaml)
  return { file, tooLarge: catalogSizeProblem(input.file, Buffer.byteLength(input.yaml))?.message }
}

/** What the page shows once the catalog's chart is drawn: its company, team count and nodes. */
function firstChart(input: BenchCatalog): { company: string; teamsText: string; nodes: number } {
  const { teams } = input
  return {
    company: input.catalog.company.name,
    teamsText: `· ${teams} team${teams === 1 ? '' : 's'}`,
    nodes: input.collapsedNodes
  }
}

/** Opens `file` with Open… and resolves with ms from choosing it to the first drawn graph. */
async function open(
  page: Page,
  file: string,
  expected: { company: string; teamsText: string; nodes: number }
): Promise<number> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…' }).click()
  const picker = await chooser
  // Start watching before the file is handed over; its clock starts there.
  const painted = page.evaluate(
    ({ expected, timeout }) => {
      const bench = (window as unknown as BenchWindow).__orgscopeBench
      return bench.paintedWhen(() => bench.orgscopeShows(expected), performance.now(), timeout)
    },
    { expected, timeout: FIRST_RENDER_TIMEOUT_MS }
  )
  await picker.setFiles(file)
  return painted
}

/** Median click-to-paint of selecting one of the most shared technologies, from none selected. */
async function selectToPaint(page: Page): Promise<number> {
  const lens = page.getByRole('region', { name: 'Technology lens' })
  const shared = lens.getByRole('region', { name: 'Shared technologies' }).getByRole('button')
  const count = Math.min(4, await shared.count())
  const samples: number[] = []
  for (let i = 0; i < SELECT_RUNS; i++) {
    samples.push(
      await shared
        .nth(i % count)
        .evaluate((element) =>
          (window as unknown as BenchWindow).__orgscopeBench.clickToPaint(element as HTMLElement)
        )
    )
    await lens.getByRole('button', { name: 'Clear all' }).click()
  }
  return median(samples)
}

/**
 * Median pointer-over-to-paint of previewing one of the most shared technologies (the lens
 * highlights it without selecting it), with another one selected, as when a person compares.
 */
async function hoverToPaint(page: Page): Promise<number> {
  const lens = page.getByRole('region', { name: 'Technology lens' })
  const shared = lens.getByRole('region', { name: 'Shared technologies' }).getByRole('button')
  const count = Math.min(4, await shared.count())
  if (count < 2) return NaN
  await shared.nth(0).click()
  const samples: number[] = []
  for (let i = 0; i < SELECT_RUNS; i++) {
    samples.push(
      await shared
        .nth(1 + (i % (count - 1)))
        .evaluate((element) =>
          (window as unknown as BenchWindow).__orgscopeBench.hoverToPaint(element as HTMLElement)
        )
    )
  }
  await lens.getByRole('button', { name: 'Clear all' }).click()
  return median(samples)
}

/** Lets queued work (idle callbacks, GC) finish between measurements. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(300)
  await page.evaluate(() => (window as unknown as BenchWindow).__orgscopeBench.afterNextPaint())
}
