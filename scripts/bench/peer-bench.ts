import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { build } from 'vite'
import { buildOrgTree, walk, type OrgNode } from '../../src/shared/tree/org-tree'
import type { BenchCatalog } from './catalogs'
import { FIRST_RENDER_RUNS, inFreshPage, recordPanZoomAndHeap, type BenchWindow } from './page'
import { resultRecorder, type BenchResult } from './results'
import { median } from './stats'

const PEER = 'd3-org-chart'
/** d3-org-chart draws 25,000 nodes in tens of seconds on these machines; stop waiting at this. */
const FIRST_RENDER_TIMEOUT_MS = 90_000

/** One node of the flat list d3-org-chart takes: id, parentId and what the card shows. */
interface PeerNode {
  id: string
  parentId: string | null
  kind: OrgNode['kind']
  label: string
  chips: string[]
  _expanded: true
}

/**
 * The same hierarchy OrgScope draws (company → divisions → teams → projects, everything
 * expanded), as d3-org-chart's flat id/parentId list; team cards list the team's stack.
 */
function peerData(input: BenchCatalog): PeerNode[] {
  const stacks = new Map(
    input.catalog.divisions.flatMap((d) => d.teams.map((t) => [t.id, t.stack] as const))
  )
  const parents = new Map<string, string>()
  const nodes: PeerNode[] = []
  for (const node of walk(buildOrgTree(input.catalog, new Set()))) {
    for (const child of node.children) parents.set(child.id, node.id)
    nodes.push({
      id: node.id,
      parentId: parents.get(node.id) ?? null,
      kind: node.kind,
      label: node.label,
      chips: node.kind === 'team' ? (stacks.get(node.ref) ?? []).slice(0, 6) : [],
      _expanded: true
    })
  }
  return nodes
}

/**
 * Bundles d3-org-chart (and the d3 modules it imports) from node_modules into one script for a
 * static page, once per benchmark run.
 */
export async function buildPeerPage(dir: string): Promise<string> {
  const require = createRequire(import.meta.url)
  const entry = join(dir, 'peer-entry.js')
  writeFileSync(
    entry,
    `export { OrgChart } from ${JSON.stringify(require.resolve('d3-org-chart'))}\n`
  )
  await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    build: {
      outDir: join(dir, 'peer'),
      emptyOutDir: true,
      lib: { entry, name: 'D3OrgChart', formats: ['iife'], fileName: () => 'd3-org-chart.js' }
    }
  })
  const page = join(dir, 'peer', 'index.html')
  writeFileSync(
    page,
    `<!doctype html>
<meta charset="utf-8">
<title>d3-org-chart (peer)</title>
<style>
  html, body { margin: 0; height: 100%; font-family: Inter, Helvetica, Arial, sans-serif; }
  #chart { width: 100vw; height: 100vh; }
  .card { box-sizing: border-box; height: 100%; border: 1px solid #cbd5e1; border-radius: 10px;
    background: #fff; padding: 10px 12px; font-size: 13px; }
  .card b { display: block; font-size: 15px; }
  .chip { display: inline-block; margin: 4px 4px 0 0; padding: 1px 7px; border-radius: 10px;
    background: #e2e8f0; font-size: 11px; }
</style>
<div id="chart"></div>
<script src="d3-org-chart.js"></script>
`
  )
  return pathToFileURL(page).href
}

/** d3-org-chart drawing the same hierarchy in the same browser and window. */
export async function peerMetrics(
  browser: Browser,
  pageUrl: string,
  input: BenchCatalog
): Promise<BenchResult[]> {
  const { results, record } = resultRecorder(input.teams, `${PEER}/`)
  const data = peerData(input)
  // Each first draw in a fresh page, as for OrgScope (app-bench.ts): the median is recorded.
  const drawIn = async (page: Page) => {
    await page.goto(pageUrl)
    const rendered = page.evaluate(
      ({ data, heights }) =>
        (window as unknown as BenchWindow).__orgscopeBench.drawPeer(data, heights),
      { data, heights: { company: 80, division: 70, team: 110, project: 60 } }
    )
    const timeout = new Promise<undefined>((resolve) =>
      setTimeout(() => resolve(undefined), FIRST_RENDER_TIMEOUT_MS)
    )
    return Promise.race([rendered, timeout])
  }
  const earlier: Array<Awaited<ReturnType<typeof drawIn>>> = []
  for (let run = 1; run < FIRST_RENDER_RUNS; run++) earlier.push(await inFreshPage(browser, drawIn))

  await inFreshPage(browser, async (page, cdp) => {
    const draws = [...earlier, await drawIn(page)]
    const drawn = draws.filter((draw) => draw !== undefined)
    if (drawn.length < draws.length) {
      record(
        'first-render',
        Number.NaN,
        'ms',
        `no first draw within ${FIRST_RENDER_TIMEOUT_MS / 1000} s`
      )
      return
    }
    const short = drawn.find((draw) => draw.nodes !== data.length)
    record(
      'first-render',
      median(drawn.map((draw) => draw.ms)),
      'ms',
      short ? `drew ${short.nodes} of ${data.length} nodes` : undefined
    )
    await page.waitForTimeout(300)
    await recordPanZoomAndHeap(
      page,
      cdp,
      { selector: '#chart svg.svg-chart-container', transformSelector: '#chart g.chart' },
      record
    )
  })
  return results
}
