// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { exportInWorker } from '../../../src/node/export/export-in-worker'
import { renderInNode } from '../../../src/node/export/render-in-node'
import type { Catalog } from '../../../src/shared/catalog/catalog'
import { ExportOptions, ExportView } from '../../../src/shared/export/options'
import type { ExportProgress } from '../../../src/shared/export/progress'
import { syntheticCatalogYaml } from '../../../src/shared/synth/synthetic-catalog'
import { teamNodeIds } from '../../../src/shared/tree/org-tree'
import { loadCatalog, loadTeleportCatalog } from '../../fixtures/catalog'

/** The worker's TypeScript source: what main's bundle imports as a built file. */
const ENTRY = fileURLToPath(new URL('../../../src/node/export/export-worker.ts', import.meta.url))

const teleport = loadTeleportCatalog()
const options = (input: Parameters<typeof ExportOptions.parse>[0]) =>
  ExportOptions.parse({ date: '2026-03-04', ...(input as object) })
const firstView = (catalog: Catalog) => ExportView.parse({ collapsed: teamNodeIds(catalog) })
/** The catalog as the worker takes it: its UTF-8 JSON, here in one part. */
const json = (catalog: Catalog) => [new TextEncoder().encode(JSON.stringify(catalog))]

// Each test starts a worker thread that loads the exporter from source through tsx: seconds on a
// busy machine, past vitest's default 5 s.
describe('exportInWorker', { timeout: 60_000 }, () => {
  it('draws on a worker thread the same file renderInNode draws', async () => {
    const view = firstView(teleport)
    const png = options({ format: 'png', scale: 1 })
    const job = exportInWorker(ENTRY, json(teleport), view, png)
    const rendered = await job.result
    const direct = await renderInNode(teleport, view, png)
    expect(rendered).toMatchObject({ name: direct.name, width: direct.width, mime: 'image/png' })
    expect(Buffer.from(rendered!.bytes).equals(Buffer.from(direct.bytes))).toBe(true)
  })

  it('reads the catalog from its JSON in parts cut anywhere, moved to the thread when asked', async () => {
    const named = { ...teleport, company: { ...teleport.company, name: 'Téléport 🚀' } }
    const view = firstView(named)
    const svg = options({ format: 'svg' })
    const [whole] = json(named)
    // One cut inside the é (two bytes in UTF-8), one inside the rocket (four).
    const e = whole.indexOf(0xc3)
    const rocket = whole.indexOf(0xf0)
    const parts = [whole.slice(0, e + 1), whole.slice(e + 1, rocket + 2), whole.slice(rocket + 2)]
    const job = exportInWorker(ENTRY, parts, view, svg, { moveCatalog: true })
    expect(parts.map((part) => part.byteLength)).toEqual([0, 0, 0])
    const rendered = await job.result
    const direct = await renderInNode(named, view, svg)
    expect(Buffer.from(rendered!.bytes).equals(Buffer.from(direct.bytes))).toBe(true)
  })

  it('reports progress page by page, ending at the last page', async () => {
    const catalog = loadCatalog(syntheticCatalogYaml({ teams: 120, seed: 3 }))
    const progress: ExportProgress[] = []
    const job = exportInWorker(
      ENTRY,
      json(catalog),
      firstView(catalog),
      options({ format: 'pdf', paper: 'a4' }),
      {
        onProgress: (p) => progress.push(p)
      }
    )
    const rendered = await job.result
    expect(rendered?.pages).toBeGreaterThan(3)
    expect(progress[0]).toEqual({ done: 0, total: rendered!.pages })
    expect(progress.at(-1)).toEqual({ done: rendered!.pages, total: rendered!.pages })
    expect(progress.map((p) => p.done)).toEqual(progress.map((_, i) => i))
  })

  it('stops when canceled: the result says canceled, and no more progress comes', async () => {
    const catalog = loadCatalog(syntheticCatalogYaml({ teams: 1000, seed: 1 }))
    const progress: ExportProgress[] = []
    let job: ReturnType<typeof exportInWorker> | undefined
    const started = new Promise<void>((resolve) => {
      job = exportInWorker(
        ENTRY,
        json(catalog),
        firstView(catalog),
        options({ format: 'pdf', paper: 'a4' }),
        {
          onProgress: (p) => {
            progress.push(p)
            if (p.done === 1) resolve()
          }
        }
      )
    })
    await started
    job!.cancel()
    expect(await job!.result).toBeUndefined()
    const seen = progress.length
    expect(progress.at(-1)!.done).toBeLessThan(progress.at(-1)!.total)
    // Nothing more arrives from a thread that has ended (a later message would be a bug).
    await new Promise((resolve) => setImmediate(resolve))
    expect(progress).toHaveLength(seen)
  })

  it('turns a failure in the drawing into an error with its message', async () => {
    const broken = { ...teleport, divisions: undefined } as unknown as Catalog
    const job = exportInWorker(ENTRY, json(broken), firstView(teleport), options({ format: 'svg' }))
    await expect(job.result).rejects.toThrow(/divisions|undefined/)
  })
})
