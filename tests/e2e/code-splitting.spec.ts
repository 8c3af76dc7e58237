import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { failOnConsoleProblems } from './console'
import { openChart } from './chart-page'

/** Chunks the first chart must not wait on (Vite names a chunk after its module). */
const ON_DEMAND = [
  'load-in-page', // the YAML parser and validator: the bundled chart is normalized at build time
  'load-source', // the markdown importer and the technology dictionary
  'browser-export',
  'compare-versions', // a comparison's diff, union and marks
  'print-sheet', // the print sheet's writer (the export's SVG writer)
  'ExportDialog',
  'TechnologyMatrix',
  'OutlineView',
  'FitPanel',
  'ViewsPanel',
  'DetailsPanel',
  // The schemas (zod) of stored settings and views, and of the IPC contract: nothing is stored yet
  'browser-storage',
  'contract'
]
/** Fetched while the page is idle after the first chart, so opening them shows them at once. */
const PREFETCHED = [
  'print-sheet',
  'DetailsPanel',
  'ExportDialog',
  'TechnologyMatrix',
  'OutlineView',
  'FitPanel',
  'ViewsPanel'
]

const chunk = (url: string) => /\/assets\/(.+)-[\w-]{8}\.js$/.exec(new URL(url).pathname)?.[1]

/** The JavaScript chunks the page has fetched, by name. */
const fetchedChunks = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))

test.describe('code splitting', () => {
  failOnConsoleProblems()

  test('the first chart fetches none of what it does not draw; the rest comes while idle', async ({
    page
  }) => {
    // The JavaScript fetched when the company card first appears, before anything idle runs.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="node-company"]')) return
        observer.disconnect()
        ;(window as unknown as { __atFirstChart: string[] }).__atFirstChart = performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
      })
      observer.observe(document, { childList: true, subtree: true })
    })
    await openChart(page)
    const atFirstChart = await page.evaluate(
      () => (window as unknown as { __atFirstChart: string[] }).__atFirstChart
    )
    const first = atFirstChart.map(chunk).filter(Boolean)
    expect(first).toContain('index')
    expect(first.filter((name) => ON_DEMAND.includes(name!))).toEqual([])

    await expect
      .poll(async () => (await fetchedChunks(page)).map(chunk))
      .toEqual(expect.arrayContaining(PREFETCHED))
    // Only a markdown guide needs the importer: it is never fetched ahead.
    expect((await fetchedChunks(page)).map(chunk)).not.toContain('load-source')
  })

  test('the fonts the first chart draws with come with the page, each fetched once', async ({
    page
  }) => {
    await openChart(page)
    const fonts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.woff2'))
        .map((entry) => ({
          name: new URL(entry.name).pathname.replace(/^.*\/assets\//, ''),
          by: (entry as PerformanceResourceTiming).initiatorType
        }))
    )
    const latin = fonts.filter(({ name }) => name.startsWith('inter-latin-'))
    // The preload link fetched each one (a preload the page could not reuse would fetch it twice).
    expect(latin.map(({ name }) => name.replace(/-[\w-]{8}\.woff2$/, '')).sort()).toEqual([
      'inter-latin-400-normal',
      'inter-latin-500-normal',
      'inter-latin-600-normal',
      'inter-latin-700-normal'
    ])
    expect(latin.map(({ by }) => by)).toEqual(['link', 'link', 'link', 'link'])
  })

  test('the bundled catalog comes with the page, and the first render draws its chart', async ({
    page
  }) => {
    // Every state of #root the page goes through, from its first render.
    await page.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { __rootStates: string[] }).__rootStates = seen
      new MutationObserver(() => {
        const root = document.getElementById('root')
        if (!root || root.childElementCount === 0) return
        const state = root.querySelector('.app__loading')
          ? 'loading'
          : root.querySelector('[data-testid="node-company"]')
            ? 'chart'
            : 'other'
        if (seen.at(-1) !== state) seen.push(state)
      }).observe(document, { childList: true, subtree: true })
    })
    await openChart(page)
    const states = await page.evaluate(
      () => (window as unknown as { __rootStates: string[] }).__rootStates
    )
    // The app's first render holds the chart: no "Loading catalog…" page before it.
    expect(states[0]).toBe('chart')
    expect(states).not.toContain('loading')
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => ({
        name: new URL(entry.name).pathname,
        start: entry.startTime,
        end: (entry as PerformanceResourceTiming).responseEnd
      }))
    )
    const catalogChunk = fetched.filter(({ name }) =>
      /\/_virtual_bundled-catalog-[\w-]{8}\.js$/.test(name)
    )
    const script = fetched.find(({ name }) => /\/index-[\w-]{8}\.js$/.test(name))!
    // Fetched once, by the page's preload link: asked for before the page's script had even
    // arrived (its import() could only ask once that script ran).
    expect(catalogChunk).toHaveLength(1)
    expect(catalogChunk[0].start).toBeLessThan(script.end)
  })

  test('opening a catalog fetches the parser; a markdown guide is read in a worker that has the importer', async ({
    page
  }) => {
    await openChart(page)
    const open = async (name: string, text: string) => {
      const chooser = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: 'Open…' }).click()
      await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })
    }
    const teleport = readFileSync('data/teleport.yaml', 'utf8')
    await open('acme.yaml', teleport.replace('\n  name: Teleport\n', '\n  name: Acme\n'))
    await expect(page.getByTestId('node-company')).toContainText('Acme')
    const afterYaml = (await fetchedChunks(page)).map(chunk)
    expect(afterYaml).toContain('load-in-page')
    expect(afterYaml).not.toContain('load-source')

    await open('platform.md', readFileSync('tests/fixtures/guides/divisions-h1.md', 'utf8'))
    await expect(page.getByTestId('node-team').filter({ hasText: 'Runtime' })).toHaveCount(1)
    // A guide is read off the page (load-off-page.ts): the worker's own bundle holds the
    // importer; the page fetched the worker, not the importer.
    const afterGuide = (await fetchedChunks(page)).map(chunk)
    expect(afterGuide).toContain('load-worker')
    expect(afterGuide).not.toContain('load-source')
  })

  test('the import dialog fetches no importer into the page: the import runs in its worker', async ({
    page
  }) => {
    await openChart(page)
    await page
      .getByLabel('Files to import')
      .setInputFiles('tests/fixtures/import/csv/excel-semicolon.csv')
    const dialog = page.getByRole('dialog', { name: /^Import / })
    await expect(dialog.getByRole('status', { name: 'What the import gives' })).toHaveText(
      /4 teams/
    )
    // The worker's own bundle holds the importers; the page fetched the dialog, not them (the
    // dialog once imported them statically: 206 KB gzipped fetched to show it, 33 KB now).
    const fetched = (await fetchedChunks(page)).map(chunk)
    expect(fetched).toContain('ImportPreview')
    expect(fetched).toContain('import-worker')
    expect(
      fetched.filter((name) => ['import-source', 'load-source', 'validate'].includes(name!))
    ).toEqual([])
  })
})
