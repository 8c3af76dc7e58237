// Benchmark (not a test): how long the export takes, in Node, for the numbers issue #5 asks for:
// SVG of the Teleport chart (< 100 ms), PNG at 2× (< 1 s), and a 1,000-team synthetic catalog
// to SVG (< 1 s). Medians of several runs after a warm-up; the first (cold) run is shown too.
//   npx tsx scripts/bench-export.ts [--runs 15] [--teams 1000]
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { loadEmbeddedFonts } from '../src/node/export/fonts'
import { renderInNode } from '../src/node/export/render-in-node'
import type { Catalog } from '../src/shared/catalog/catalog'
import { loadCatalogText } from '../src/shared/catalog/load'
import { ExportOptions, ExportView } from '../src/shared/export/options'
import { writeSvg } from '../src/shared/export/svg'
import { syntheticCatalogYaml } from '../src/shared/synth/synthetic-catalog'
import { teamNodeIds } from '../src/shared/tree/org-tree'

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '15' }, teams: { type: 'string', default: '1000' } }
})
const runs = Number(values.runs)
const teams = Number(values.teams)

function load(text: string, name: string): Catalog {
  const result = loadCatalogText(text, name)
  if (!result.ok) throw new Error(`${name} did not load`)
  return result.value
}

async function time(label: string, fn: () => unknown, extra = ''): Promise<void> {
  const cold = performance.now()
  await fn()
  const first = performance.now() - cold
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  const median = samples[Math.floor(samples.length / 2)]
  console.log(
    `${label.padEnd(52)} median ${median.toFixed(1).padStart(7)} ms   first ${first.toFixed(1).padStart(7)} ms${extra}`
  )
}

const teleport = load(readFileSync('data/teleport.yaml', 'utf8'), 'teleport.yaml')
const synthetic = load(syntheticCatalogYaml({ teams, seed: 1 }), `synthetic-${teams}.yaml`)
const fonts = await loadEmbeddedFonts()
const options = ExportOptions.parse({
  title: 'Benchmark',
  legend: true,
  footer: true,
  date: '2026-01-01'
})
const lens = { technologies: ['Go', 'Kubernetes'] }
const views = {
  teleportCollapsed: ExportView.parse({ collapsed: teamNodeIds(teleport), lens }),
  teleportExpanded: ExportView.parse({ collapsed: [], lens }),
  syntheticCollapsed: ExportView.parse({ collapsed: teamNodeIds(synthetic) }),
  syntheticExpanded: ExportView.parse({ collapsed: [] })
}
const projects = synthetic.divisions
  .flatMap((d) => d.teams)
  .reduce((n, t) => n + t.projects.length, 0)

console.log(`Node ${process.version}, ${runs} runs each after one cold run\n`)
const svgOf = (catalog: Catalog, view: ExportView) => writeSvg(catalog, view, options, fonts)
const expanded = svgOf(teleport, views.teleportExpanded)
const collapsed = svgOf(teleport, views.teleportCollapsed)
const size = (svg: { svg: string; width: number; height: number }) =>
  `   (${svg.width}×${svg.height}, ${(svg.svg.length / 1024).toFixed(0)} KiB)`

await time(
  'Teleport → SVG, teams collapsed, lens on',
  () => svgOf(teleport, views.teleportCollapsed),
  size(collapsed)
)
await time(
  'Teleport → SVG, everything expanded, lens on',
  () => svgOf(teleport, views.teleportExpanded),
  size(expanded)
)
const png = { ...options, format: 'png', scale: 2 } as const
await time('Teleport → PNG 2× (scene + Skia), teams collapsed', () =>
  renderInNode(teleport, views.teleportCollapsed, png)
)
await time('Teleport → PNG 2× (scene + Skia), everything expanded', () =>
  renderInNode(teleport, views.teleportExpanded, png)
)
await time('Teleport → PDF, everything expanded', () =>
  renderInNode(teleport, views.teleportExpanded, { ...options, format: 'pdf' })
)
const big = svgOf(synthetic, views.syntheticExpanded)
await time(
  `${teams}-team synthetic → SVG, teams collapsed`,
  () => svgOf(synthetic, views.syntheticCollapsed),
  size(svgOf(synthetic, views.syntheticCollapsed))
)
await time(
  `${teams}-team synthetic → SVG, all ${projects} projects shown`,
  () => svgOf(synthetic, views.syntheticExpanded),
  size(big)
)
