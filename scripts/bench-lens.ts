// Benchmark (not a test): how long selecting a technology takes to update the graph, on a
// seeded synthetic catalog of 1,000 teams, in Chromium through Playwright against the browser
// build (run `npm run build:web` first). Reports the main thread's scripting time (CDP
// ScriptDuration) and wall time from the click to the first frame painted after the update.
//   npx tsx scripts/bench-lens.ts [--teams 1000] [--runs 12]
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { syntheticCatalogYaml } from '../src/shared/synth/synthetic-catalog'
import { chromiumExecutable } from '../tests/e2e/chromium.mjs'
import { startWebServer } from './web-server'

const { values } = parseArgs({
  options: { teams: { type: 'string', default: '1000' }, runs: { type: 'string', default: '12' } }
})
const teams = Number(values.teams)
const runs = Number(values.runs)

const dir = mkdtempSync(join(tmpdir(), 'orgscope-bench-'))
const file = join(dir, `synthetic-${teams}.yaml`)
writeFileSync(file, syntheticCatalogYaml({ teams, seed: 1 }))

const server = await startWebServer()
const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: ['--no-sandbox', '--disable-background-networking']
})
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  await page.goto(server.url)
  await page.getByTestId('node-team').first().waitFor()

  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…' }).click()
  await (await chooser).setFiles(file)
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="match-count"]')?.textContent === `${n} teams`,
    teams
  )
  const lens = page.getByRole('region', { name: 'Technology lens' })
  const shared = lens.getByRole('region', { name: 'Shared technologies' }).getByRole('button')
  const names = (await shared.allTextContents()).slice(0, 4)

  const metrics = async () => {
    const all = (await cdp.send('Performance.getMetrics')).metrics
    const get = (name: string) => all.find((m) => m.name === name)?.value ?? 0
    return {
      script: get('ScriptDuration'),
      style: get('RecalcStyleDuration'),
      layout: get('LayoutDuration')
    }
  }

  const scripting: number[] = []
  const style: number[] = []
  const layoutTimes: number[] = []
  const wall: number[] = []
  for (let i = 0; i < runs; i++) {
    const button = shared.nth(i % names.length)
    const before = await metrics()
    const elapsed = await button.evaluate(
      (element) =>
        new Promise<number>((resolve) => {
          const start = performance.now()
          ;(element as HTMLElement).click()
          // The frame after the update is painted: two animation frames later.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve(performance.now() - start))
          )
        })
    )
    const after = await metrics()
    scripting.push((after.script - before.script) * 1000)
    style.push((after.style - before.style) * 1000)
    layoutTimes.push((after.layout - before.layout) * 1000)
    wall.push(elapsed)
    // Deselect again so each run is one technology on, from nothing selected.
    await lens.getByRole('button', { name: 'Clear all' }).click()
  }
  const nodes = await page.locator('.react-flow__node').count()
  const stat = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b)
    return {
      median: s[Math.floor(s.length / 2)],
      p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]
    }
  }
  const result = {
    teams,
    runs,
    renderedNodes: nodes,
    scriptingMs: stat(scripting),
    recalcStyleMs: stat(style),
    layoutMs: stat(layoutTimes),
    clickToPaintMs: stat(wall)
  }
  console.log(JSON.stringify(result, null, 2))
} finally {
  await browser.close()
  server.close()
}
