// Benchmark (not a test): `npm run bench`. For the bundled Teleport catalog (13 teams) and seeded
// synthetic catalogs of 100, 1,000, 5,000 and 10,000 teams,
// and the 5,000 teams again with groups, people, roles and relations ("5000:org", catalog version 2)
// it measures the Node pipeline (load,
// index, layout, exports, and the bare JSON.parse floor) and, in Chromium through Playwright,
// OrgScope's browser build (a cold start to the first chart, then opening, panning and zooming
// the catalog) beside d3-org-chart drawing the same hierarchy. Prints a table and writes
// bench/results.json: an array of { teams, variant?, metric, value, unit }.
//   npm run bench [-- --sizes 13,100,1000,5000,10000,5000:org] [--no-browser] [--no-peer] [--no-node]
//                 [--web-dir out/web] [--out FILE] [--metrics png-export,load-json]
// --metrics keeps only the Node metrics named (e.g. to repeat one slow metric; load-per-mb: the
// loader's hardest inputs, ms per MB, against issue 18's 100 ms budget); the browser
// metrics are left out with --no-browser.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { chromiumExecutable } from '../../tests/e2e/chromium.mjs'
import { startWebServer } from '../web-server'
import { appMetrics, timeToChart } from './app-bench'
import { benchCatalog, parseBenchSize, TELEPORT_TEAMS } from './catalogs'
import { LOAD_BUDGET_METRIC, loadBudgetMetrics } from './load-budget'
import { NODE_METRICS, nodeMetrics } from './node-bench'
import { buildPeerPage, peerMetrics } from './peer-bench'
import { formatTable, type BenchResult } from './results'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: `${TELEPORT_TEAMS},100,1000,5000,10000,5000:org` },
    'no-browser': { type: 'boolean', default: false },
    'no-peer': { type: 'boolean', default: false },
    'no-node': { type: 'boolean', default: false },
    // Another browser build (e.g. one built from an older commit), to compare two builds.
    'web-dir': { type: 'string', default: 'out/web' },
    out: { type: 'string', default: 'bench/results.json' },
    metrics: { type: 'string' },
    // Internal: the Node metrics of one size only, written as JSON to --out (see below).
    'node-size': { type: 'string' }
  }
})
const sizes = values.sizes.split(',').map(parseBenchSize)
const onlyMetrics = values.metrics ? new Set(values.metrics.split(',')) : undefined
for (const metric of onlyMetrics ?? []) {
  const known = [...NODE_METRICS, LOAD_BUDGET_METRIC]
  if (!known.includes(metric)) {
    throw new Error(`unknown metric "${metric}" in --metrics (known: ${known.join(', ')})`)
  }
}
if (values['node-size']) {
  const size = parseBenchSize(values['node-size'])
  const input = benchCatalog(size.teams, size.variant)
  writeFileSync(resolve(values.out), JSON.stringify(await nodeMetrics(input, onlyMetrics)))
  process.exit(0)
}

/**
 * One size's Node metrics, in a Node process of its own: what an earlier size left behind (the
 * export renderer's memory and fonts, type feedback from other catalogs' shapes) is no part of
 * its timings. Measured at 5,000 teams: load-json 34.4 ms after the smaller sizes' exports in one
 * process, 28-31 ms in a process of its own; JSON.parse 9.5-10.3 ms in both.
 */
function nodeMetricsApart(size: (typeof sizes)[number], dir: string): BenchResult[] {
  const out = join(dir, `node-${size.teams}${size.variant ? `-${size.variant}` : ''}.json`)
  const args = [
    ...process.execArgv,
    process.argv[1],
    '--node-size',
    `${size.teams}${size.variant ? `:${size.variant}` : ''}`,
    '--out',
    out
  ]
  if (values.metrics) args.push('--metrics', values.metrics)
  const ran = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] })
  if (ran.status !== 0) throw new Error(`the Node metrics at ${size.teams} teams failed`)
  return JSON.parse(readFileSync(out, 'utf8')) as BenchResult[]
}

const webDir = resolve(values['web-dir'])
const started = performance.now()
const log = (message: string) =>
  console.error(
    `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`
  )

const results: BenchResult[] = []
const dir = mkdtempSync(join(tmpdir(), 'orgscope-bench-'))
try {
  const prepare = ({ teams, variant }: (typeof sizes)[number]) => {
    log(`preparing the ${teams}-team catalog${variant ? ` (${variant})` : ''}`)
    return benchCatalog(teams, variant)
  }
  if (!values['no-node']) {
    // One catalog alive at a time, as in the app's main process: with every size prepared up
    // front, a load at 5,000 teams was timed beside the 10,000-team catalog's live heap, and
    // its collections marked that too. Each size in a process of its own (nodeMetricsApart).
    for (const size of sizes) {
      log(`Node metrics, ${size.teams} teams${size.variant ? ` (${size.variant})` : ''}`)
      results.push(...nodeMetricsApart(size, dir))
    }
    if (!onlyMetrics || onlyMetrics.has(LOAD_BUDGET_METRIC)) {
      log("the loader's hardest inputs, ms per MB")
      results.push(...(await loadBudgetMetrics()))
    }
  }
  const catalogs = values['no-browser'] ? [] : sizes.map(prepare)
  if (!values['no-browser']) {
    // The default build is always made afresh: an out/web left from an older commit would be
    // measured as if it were this one (it once reported the first chunk 31 KiB too large).
    if (values['web-dir'] === 'out/web') {
      log('building the browser build (npm run build:web)')
      const built = spawnSync('npm', ['run', 'build:web'], { stdio: 'inherit' })
      if (built.status !== 0) throw new Error('npm run build:web failed')
    } else if (!['index.html', 'web.html'].some((page) => existsSync(join(webDir, page)))) {
      throw new Error(`no browser build in ${webDir}`)
    }
    const server = await startWebServer({ root: webDir })
    const browser = await chromium.launch({
      executablePath: chromiumExecutable(),
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update']
    })
    try {
      const peerPage = values['no-peer'] ? undefined : await buildPeerPage(dir)
      for (const input of catalogs) {
        const label = `${input.teams} teams${input.variant ? ` (${input.variant})` : ''}`
        log(`OrgScope in Chromium, cold start, ${label}`)
        results.push(...(await timeToChart(browser, input, dir, webDir)))
        log(`OrgScope in Chromium, ${label}`)
        results.push(...(await appMetrics(browser, server.url, input, dir)))
        // d3-org-chart draws company → divisions → teams: a catalog with groups is not the
        // same chart there, so it is compared on the plain catalogs only.
        if (peerPage && !input.variant) {
          log(`d3-org-chart in Chromium, ${input.teams} teams`)
          results.push(...(await peerMetrics(browser, peerPage, input)))
        }
      }
    } finally {
      await browser.close()
      server.close()
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}

const out = resolve(values.out)
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
console.log(
  `OrgScope benchmark · Node ${process.version} · ${cpus().length} cores · ` +
    `${(totalmem() / 2 ** 30).toFixed(0)} GiB · ${new Date().toISOString().slice(0, 10)}\n`
)
console.log(formatTable(results))
console.log(
  `\nwrote ${values.out} (${results.length} results) in ${((performance.now() - started) / 1000).toFixed(0)} s`
)
