// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { FONT_WEIGHTS, type ExportFonts } from '../../../src/shared/export/fonts'
import { chartScene } from '../../../src/shared/export/chart-scene'
import { ExportOptions, ExportView } from '../../../src/shared/export/options'
import { estimateExport } from '../../../src/shared/export/plan-export'
import { planPdfPages } from '../../../src/shared/export/pdf-pages'
import { rasterSize, type RasterSize } from '../../../src/shared/export/raster-size'
import {
  renderExport,
  type ExportEnvironment,
  type ExportProgress,
  type PdfWriter
} from '../../../src/shared/export/render-export'
import type { Scene } from '../../../src/shared/export/scene'
import { planSvg } from '../../../src/shared/export/svg'
import { teamNodeIds } from '../../../src/shared/tree/org-tree'
import { loadTeleportCatalog } from '../../fixtures/catalog'

const catalog = loadTeleportCatalog()
const view = ExportView.parse({
  collapsed: teamNodeIds(catalog),
  lens: { technologies: ['Go', 'Kubernetes'] }
})
const FONTS: ExportFonts = {
  faces: FONT_WEIGHTS.map((weight) => ({ weight, subset: 'latin', woff2Base64: `face${weight}` }))
}
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

/** An environment that records what the pipeline asks of it. */
function environment({ writePdf }: { writePdf?: PdfWriter } = {}) {
  const rasterize = vi.fn(
    async (scene: Scene, _size: RasterSize, onProgress: (progress: ExportProgress) => void) => {
      onProgress({ done: 1, total: 1 })
      return new TextEncoder().encode(`PNG of ${scene.shapes.length} shapes`)
    }
  )
  const embeddedFonts = vi.fn(async () => FONTS)
  const env: ExportEnvironment = {
    name: 'the test environment',
    embeddedFonts,
    rasterize,
    logos: async () => new Map(),
    ...(writePdf && { writePdf })
  }
  return { env, rasterize, embeddedFonts }
}

describe('renderExport: one pipeline, the platform parts handed in', () => {
  it('embeds the environment’s fonts in SVG and HTML, and names the file', async () => {
    const { env } = environment()
    const options = ExportOptions.parse({ format: 'svg', date: '2026-03-04' })
    const svg = await renderExport(catalog, view, options, env)
    expect(text(svg.bytes)).toContain('base64,face400')
    expect(svg).toMatchObject({
      name: 'teleport-org-chart-go-kubernetes-2026-03-04.svg',
      mime: 'image/svg+xml',
      extension: 'svg'
    })
    const html = await renderExport(catalog, view, { ...options, format: 'html' }, env)
    expect(text(html.bytes)).toMatch(/^<!doctype html>[\s\S]*base64,face400/)
    expect(html.name).toMatch(/\.html$/)
  })

  it('hands the rasterizer the chart’s scene at the capped size, and passes its progress on', async () => {
    const limits = { maxSide: 800, maxPixels: 300_000 }
    const options = ExportOptions.parse({ format: 'png', scale: 2, date: '2026-03-04' })
    const plan = planSvg(catalog, view, options)
    const expected = rasterSize(plan, 2, limits)

    const { env, rasterize, embeddedFonts } = environment()
    const progress: ExportProgress[] = []
    const png = await renderExport(catalog, view, options, env, {
      rasterLimits: limits,
      onProgress: (p) => progress.push(p)
    })
    const [scene, size] = rasterize.mock.calls[0]
    expect(size).toEqual(expected)
    // The same drawing the SVG export serializes; the canvas brings its own fonts.
    expect(scene).toEqual(chartScene(plan))
    expect(embeddedFonts).not.toHaveBeenCalled()
    expect(progress).toEqual([{ done: 1, total: 1 }])
    expect(png).toMatchObject({ width: expected.width, height: expected.height })
    expect(png.scale).toBe(expected.scale)
    expect(png.notice).toMatch(/^Scaled to 0\.\d+× /)
  })

  it('plans PDF pages and lets the writer draw each one; without a writer, PDF is unsupported', async () => {
    const options = ExportOptions.parse({ format: 'pdf', paper: 'a4', date: '2026-03-04' })
    const pages: number[] = []
    const writePdf: PdfWriter = async (layout, draw, meta) => {
      for (const page of layout.pages) pages.push(draw(page).shapes.length)
      return new TextEncoder().encode(`%PDF ${meta.title}`)
    }
    const pdf = await renderExport(catalog, view, options, environment({ writePdf }).env)
    const layout = planPdfPages(planSvg(catalog, view, options), 'a4', 'portrait')
    expect(pages).toHaveLength(layout.pages.length)
    expect(text(pdf.bytes)).toBe('%PDF Teleport organization chart')
    expect(pdf.pages).toBe(layout.pages.length)
    expect(pdf.layout).toBe(estimateExport(catalog, view, options)?.summary)

    await expect(renderExport(catalog, view, options, environment().env)).rejects.toThrow(
      'PDF export is not available in the test environment'
    )
  })
})
