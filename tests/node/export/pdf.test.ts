// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sceneToPdf } from '../../../src/node/export/pdf'
import { sceneToPng } from '../../../src/node/export/png'
import { renderInNode } from '../../../src/node/export/render-in-node'
import type { Catalog } from '../../../src/shared/catalog/catalog'
import { allTeams } from '../../../src/shared/catalog/all-teams'
import {
  ExportOptions,
  ExportView,
  type ExportOptionsInput
} from '../../../src/shared/export/options'
import { describePdfLayout, planPdfPages, tileNodes } from '../../../src/shared/export/pdf-pages'
import { rasterSize } from '../../../src/shared/export/raster-size'
import { chartScene } from '../../../src/shared/export/chart-scene'
import { planSvg } from '../../../src/shared/export/svg'
import { syntheticCatalogYaml } from '../../../src/shared/synth/synthetic-catalog'
import { teamNodeIds } from '../../../src/shared/tree/org-tree'
import { loadCatalog, loadTeleportCatalog } from '../../fixtures/catalog'
import { readLogoPaths } from '../../../src/node/technology/logo-files'
import { catalogLogoIds } from '../../../src/shared/export/export-plan'
import { svgOf } from '../../shared/export/svg-document'

// poppler-utils (pdftotext, pdffonts) reads the PDF back as a PDF reader would; .ci/run installs it.
const dir = mkdtempSync(join(tmpdir(), 'orgscope-pdf-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const teleport = loadTeleportCatalog()

async function pdfFile(): Promise<{ bytes: Buffer; path: string }> {
  const plan = planSvg(
    teleport,
    ExportView.parse({ collapsed: teamNodeIds(teleport), lens: { technologies: ['Go'] } }),
    ExportOptions.parse({})
  )
  const bytes = await sceneToPdf(chartScene(plan), {
    title: 'Teleport',
    creationDate: new Date(0)
  })
  const path = join(dir, 'chart.pdf')
  writeFileSync(path, bytes)
  return { bytes, path }
}

describe('sceneToPdf', () => {
  it('writes one vector page whose text a PDF reader extracts: every team name', async () => {
    const { bytes, path } = await pdfFile()
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    for (const team of allTeams(teleport)) expect(text).toContain(team.name)
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    expect(info).toMatch(/Pages:\s+1\n/)
  })

  it('embeds Inter at the four weights the chart uses', async () => {
    const { path } = await pdfFile()
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' })
    for (const name of ['Inter-Regular', 'Inter-Medium', 'Inter-SemiBold', 'Inter-Bold']) {
      expect(fonts).toMatch(new RegExp(`\\+${name}\\s+CID TrueType\\s+Identity-H\\s+yes yes`))
    }
  })

  it('sizes the page to the chart (CSS pixels at 96 dpi in points)', async () => {
    const drawing = svgOf(teleport, { collapsed: teamNodeIds(teleport) })
    const { path } = await pdfFile()
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!
    expect(Number(w)).toBeCloseTo(drawing.width * 0.75, 1)
    // Same collapsed view plus a one-row legend: at least as tall as without it.
    expect(Number(h)).toBeGreaterThanOrEqual(drawing.height * 0.75)
  })
})

describe('paged PDF (A4, Letter)', () => {
  /** What pdfinfo reads: the page count and each page's size in points. */
  function pagesOf(path: string): { count: number; sizes: [number, number][] } {
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', path], { encoding: 'utf8' })
    const count = Number(/^Pages:\s+(\d+)$/m.exec(info)![1])
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(
      ([, w, h]) => [Math.round(Number(w)), Math.round(Number(h))] as [number, number]
    )
    return { count, sizes }
  }

  async function exportPdf(catalog: Catalog, name: string, options: ExportOptionsInput) {
    const view = ExportView.parse({ collapsed: teamNodeIds(catalog) })
    const parsed = ExportOptions.parse({ format: 'pdf', date: '2026-03-04', ...options })
    const rendered = await renderInNode(catalog, view, parsed)
    const path = join(dir, name)
    writeFileSync(path, rendered.bytes)
    const plan = planSvg(catalog, view, parsed)
    return { rendered, path, plan, layout: planPdfPages(plan, parsed.paper, parsed.orientation) }
  }

  const A4 = [595, 842]
  const LETTER = [612, 792]

  it.each([
    ['a4', 'portrait', 1, A4],
    ['letter', 'portrait', 1, LETTER],
    ['a4', 'landscape', 3, [842, 595]],
    ['letter', 'landscape', 3, [792, 612]]
  ] as const)(
    'prints Teleport on %s %s as %i page(s) of that paper',
    async (paper, orientation, count, size) => {
      const { rendered, path } = await exportPdf(teleport, `teleport-${paper}-${orientation}.pdf`, {
        paper,
        orientation
      })
      expect(rendered.pages).toBe(count)
      expect(pagesOf(path)).toEqual({ count, sizes: Array(count).fill(size) })
    }
  )

  describe('a 300-team catalog on A4 portrait', () => {
    const synthetic = loadCatalog(syntheticCatalogYaml({ teams: 300, seed: 1 }))
    let made: Awaited<ReturnType<typeof exportPdf>>
    beforeAll(async () => {
      made = await exportPdf(synthetic, 'synthetic-a4.pdf', { paper: 'a4', title: 'Synthetic' })
    }, 120_000)

    it('has an overview page and then the tiles planned, every page A4', () => {
      const { count, sizes } = pagesOf(made.path)
      expect(count).toBe(made.layout.pages.length)
      expect(count).toBeGreaterThan(10)
      expect(sizes).toEqual(Array(count).fill(A4))
      expect(made.rendered.layout).toBe(describePdfLayout(made.layout))
    })

    it('keeps the text real on a tile page: its teams and its label are extractable text', () => {
      const page = made.layout.pages[1]
      const onPage = tileNodes(made.layout, made.plan.layout)(page)
      const team = made.plan.layout.nodes.find(
        (n) => n.node.kind === 'team' && onPage(n) && within(page.crop!, n)
      )!
      const text = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', made.path, '-'], {
        encoding: 'utf8'
      })
      expect(text).toContain(team.node.label)
      expect(text).toContain(`Page 2 of ${made.layout.pages.length} — row 1, column 1`)
      expect(text).toContain('Synthetic')
      const overview = execFileSync('pdftotext', ['-f', '1', '-l', '1', made.path, '-'], {
        encoding: 'utf8'
      })
      expect(overview).toContain(`Page 1 of ${made.layout.pages.length} — overview`)
    })
  })
})

function within(
  crop: { x: number; y: number; width: number; height: number },
  item: { x: number; y: number; box: { width: number; height: number } }
): boolean {
  return (
    item.x >= crop.x &&
    item.y >= crop.y &&
    item.x + item.box.width <= crop.x + crop.width &&
    item.y + item.box.height <= crop.y + crop.height
  )
}

describe('PDF drawn from the scene', () => {
  const lensView = ExportView.parse({ collapsed: [], lens: { technologies: ['Go', 'Kubernetes'] } })

  async function fitPage(theme: 'light' | 'dark', name: string) {
    // With the technology logos, so the comparison with the PNG covers them too.
    const logos = readLogoPaths(catalogLogoIds(teleport))
    const plan = planSvg(teleport, lensView, ExportOptions.parse({ theme }), undefined, logos)
    const scene = chartScene(plan)
    const path = join(dir, name)
    writeFileSync(path, await sceneToPdf(scene, { title: 'Teleport', creationDate: new Date(0) }))
    return { plan, scene, path }
  }

  it('fades a dimmed card as one layer: a transparency group per card, each written once', async () => {
    const { path, scene } = await fitPage('light', 'layers.pdf')
    const dimmed = JSON.stringify(scene).match(/"opacity":0\.28/g)?.length ?? 0
    expect(dimmed).toBeGreaterThan(10)
    // qpdf is not installed; the uncompressed object dictionaries say what each object is.
    const raw = readFileSync(path, 'latin1')
    expect(raw.match(/\/S \/Transparency/g)?.length).toBe(dimmed)
  })

  it('looks like the PNG of the same scene, page for pixel (pdftoppm at 2×)', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { plan, scene, path } = await fitPage(theme, `look-${theme}.pdf`)
      expect(JSON.stringify(scene)).toContain('"type":"logo","id":"kubernetes"')
      // 96 px = 72 pt: 192 dpi renders the page at 2 pixels a CSS pixel.
      execFileSync('pdftoppm', [
        '-r',
        '192',
        '-png',
        '-singlefile',
        path,
        join(dir, `page-${theme}`)
      ])
      const page = PNG.sync.read(readFileSync(join(dir, `page-${theme}.png`)))
      const png = PNG.sync.read(await sceneToPng(scene, rasterSize(plan, 2)))
      expect(Math.abs(page.width - png.width)).toBeLessThanOrEqual(1)
      const same = meanDifference(page, png)
      const moved = meanDifference(page, png, 2)
      console.log(`PDF vs PNG (${theme}): ${same.toFixed(2)}, moved by 2 px: ${moved.toFixed(2)}`)
      // Measured 0.45 in both themes (antialiasing: poppler's against Skia's); 3.4 moved.
      expect(same).toBeLessThan(1)
      expect(moved).toBeGreaterThan(3 * same)
    }
    // Two pages rendered at 192 dpi and two PNGs: seconds on a busy 2-core machine.
  }, 30_000)
})

/** Mean absolute difference per channel (0–255) over what both images cover, `b` moved by `shift`. */
function meanDifference(a: PNG, b: PNG, shift = 0): number {
  let total = 0
  let count = 0
  const width = Math.min(a.width, b.width)
  const height = Math.min(a.height, b.height)
  for (let y = 0; y + shift < height; y++) {
    for (let x = 0; x + shift < width; x++) {
      const i = (y * a.width + x) * 4
      const j = ((y + shift) * b.width + x + shift) * 4
      for (let c = 0; c < 3; c++) total += Math.abs(a.data[i + c] - b.data[j + c])
      count += 3
    }
  }
  return total / count
}
