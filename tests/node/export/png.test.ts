// @vitest-environment node
import { createCanvas, Path2D } from '@napi-rs/canvas'
import { renderAsync } from '@resvg/resvg-js'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { interTtfPaths } from '../../../src/node/export/fonts'
import { sceneToPng } from '../../../src/node/export/png'
import { readLogoPath } from '../../../src/node/technology/logo-files'
import type { Catalog } from '../../../src/shared/catalog/catalog'
import { chartScene } from '../../../src/shared/export/chart-scene'
import {
  ExportOptions,
  ExportView,
  type ExportOptionsInput
} from '../../../src/shared/export/options'
import { rasterSize } from '../../../src/shared/export/raster-size'
import type { LogoShape, Scene } from '../../../src/shared/export/scene'
import { planSvg, svgOfScene } from '../../../src/shared/export/svg'
import { THEMES } from '../../../src/shared/theme/palette'
import { teamNodeIds } from '../../../src/shared/tree/org-tree'
import { loadTeleportCatalog } from '../../fixtures/catalog'
import { pngHeader } from './png-header'

const teleport = loadTeleportCatalog()
const view = { collapsed: teamNodeIds(teleport) }

/** The plan of an export of `catalog`, and its PNG at `scale` as the app draws it. */
async function pngOf(
  catalog: Catalog,
  viewInput: Parameters<typeof ExportView.parse>[0],
  options: ExportOptionsInput = {},
  scale = 1
) {
  const plan = planSvg(catalog, ExportView.parse(viewInput), ExportOptions.parse(options))
  const scene = chartScene(plan)
  const png = await sceneToPng(scene, rasterSize(plan, scale))
  return { plan, scene, png, image: PNG.sync.read(png) }
}

function pixel(image: PNG, x: number, y: number): number[] {
  const i = (y * image.width + x) * 4
  return [...image.data.subarray(i, i + 4)]
}

function hex(color: string): number[] {
  return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16))
}

/** Mean absolute difference per channel (0–255) of two same-sized images, `b` moved by `shift` px. */
function difference(a: PNG, b: PNG, shift = 0): number {
  let total = 0
  let count = 0
  for (let y = 0; y + shift < a.height; y++) {
    for (let x = 0; x + shift < a.width; x++) {
      const i = (y * a.width + x) * 4
      const j = ((y + shift) * b.width + x + shift) * 4
      for (let c = 0; c < 3; c++) total += Math.abs(a.data[i + c] - b.data[j + c])
      count += 3
    }
  }
  return total / count
}

describe('sceneToPng', () => {
  it.each([1, 2, 3])('makes a PNG of the layout size × %i', async (scale) => {
    const { plan, png } = await pngOf(teleport, view, {}, scale)
    expect(pngHeader(png)).toEqual({ width: plan.width * scale, height: plan.height * scale })
  })

  it('draws the chart, not a blank page: many distinct colours, text-dark pixels', async () => {
    const { image } = await pngOf(teleport, view, { theme: 'light' })
    const colours = new Set<number>()
    let sum = 0
    let sumSquares = 0
    const n = image.width * image.height
    for (let i = 0; i < n; i++) {
      const [r, g, b] = image.data.subarray(i * 4, i * 4 + 3)
      colours.add((r << 16) | (g << 8) | b)
      const lum = (r + g + b) / 3
      sum += lum
      sumSquares += lum * lum
    }
    const variance = sumSquares / n - (sum / n) ** 2
    expect(colours.size).toBeGreaterThan(200)
    expect(variance).toBeGreaterThan(100)
  })

  it('paints the theme background, or nothing when transparent', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { image } = await pngOf(teleport, view, { theme })
      expect(pixel(image, 2, 2)).toEqual([...hex(THEMES[theme].background), 255])
    }
    const { image: clear } = await pngOf(teleport, view, { background: 'transparent' })
    expect(pixel(clear, 2, 2)[3]).toBe(0)
  })

  it('renders text with the shipped Inter, not a fallback: a title adds ink where it is drawn', async () => {
    const { image: plain } = await pngOf(teleport, view)
    const { image: titled } = await pngOf(teleport, view, { title: 'HHHH' })
    // The title sits in the top margin band; count non-background pixels there.
    const ink = (image: PNG) => {
      let count = 0
      for (let y = 32; y < 60; y++)
        for (let x = 32; x < 120; x++) if (pixel(image, x, y)[0] < 128) count++
      return count
    }
    expect(ink(plain)).toBe(0)
    expect(ink(titled)).toBeGreaterThan(100)
  })

  /**
   * The PNG used to be the SVG rasterized by resvg; now Skia draws the same scene. resvg (kept as
   * a development dependency for this) still reads the SVG the scene writes: the two pictures
   * must agree but for antialiasing. Measured at 2×: 0.87 (light, teams collapsed) and 0.47 (dark,
   * everything open, a lens dimming most cards); the same pictures moved by 2 px score 6.4 and
   * 3.4. What must fail: a shape, text or colour out of place, or a dimmed card faded shape by
   * shape rather than as one layer (its text then shows the card through it: 1.17 in dark).
   */
  it.each([
    ['light, teams collapsed', view, { theme: 'light' }, 1.4],
    [
      'dark, everything open, a lens on',
      { collapsed: [], lens: { technologies: ['Go', 'Kubernetes'] } },
      { theme: 'dark', title: 'Teams', footer: true, date: '2026-03-04' },
      0.8
    ]
  ] as const)(
    'draws what resvg draws from the SVG (%s)',
    async (_name, viewInput, options, limit) => {
      const { plan, scene, image } = await pngOf(teleport, viewInput, options, 2)
      const reference = await renderAsync(svgOfScene(plan, scene), {
        fitTo: { mode: 'zoom', value: 2 },
        font: {
          loadSystemFonts: false,
          fontFiles: Object.values(interTtfPaths()),
          defaultFontFamily: 'Inter'
        },
        shapeRendering: 2,
        textRendering: 2
      })
      const resvg = PNG.sync.read(reference.asPng())
      expect([resvg.width, resvg.height]).toEqual([image.width, image.height])
      const same = difference(image, resvg)
      const moved = difference(image, resvg, 2)
      console.log(
        `Skia vs resvg (${_name}): ${same.toFixed(2)}, moved by 2 px: ${moved.toFixed(2)}`
      )
      expect(same).toBeLessThan(limit)
      // The comparison can fail: the same pictures two pixels apart differ several times more.
      expect(moved).toBeGreaterThan(3 * same)
    }
  )
})

describe('sceneToPng, logos', () => {
  /**
   * Logos are copied from an image of each, made once (per logo, colour, size and sixteenth of
   * a pixel); the picture must be the one the logos' paths, each filled where it is, give.
   */
  it('draws each logo as its path filled in place would, at any fraction of a pixel', async () => {
    const logos = ['go', 'kubernetes', 'react'].map((id) => ({ id, d: readLogoPath(id)! }))
    const shapes: LogoShape[] = []
    for (let i = 0; i < 24; i++) {
      const { id, d } = logos[i % logos.length]
      const size = i % 2 === 0 ? 11 : 16
      const fill = i % 3 === 0 ? '#1a5dc5' : '#177030'
      shapes.push({
        type: 'logo',
        id,
        d,
        x: 4 + (i % 6) * 21.37,
        y: 3.6 + Math.floor(i / 6) * 19.1,
        size,
        fill
      })
    }
    const scene: Scene = {
      width: 132,
      height: 80,
      background: '#ffffff',
      // In a moved group too: where a logo lands counts, not where its shape says.
      shapes: [
        ...shapes.slice(0, 12),
        { type: 'group', translate: { x: 0.3, y: 0.45 }, children: shapes.slice(12) }
      ]
    }
    for (const scale of [1, 2]) {
      const image = PNG.sync.read(
        await sceneToPng(scene, {
          width: 132 * scale,
          height: 80 * scale,
          scale,
          requestedScale: scale
        })
      )
      const filled = (shift: number) => {
        const canvas = createCanvas(132 * scale, 80 * scale)
        const context = canvas.getContext('2d')
        context.fillStyle = '#ffffff'
        context.fillRect(0, 0, canvas.width, canvas.height)
        shapes.forEach((shape, i) => {
          const moved = i < 12 ? { x: 0, y: 0 } : { x: 0.3, y: 0.45 }
          const k = (shape.size / 24) * scale
          const x = (shape.x + moved.x) * scale + shift
          context.setTransform(k, 0, 0, k, x, (shape.y + moved.y) * scale)
          context.fillStyle = shape.fill
          context.fill(new Path2D(shape.d))
        })
        return PNG.sync.read(canvas.encodeSync('png'))
      }
      const same = difference(image, filled(0))
      const moved = difference(image, filled(1))
      console.log(
        `logos at ${scale}×: ${same.toFixed(3)} from the paths, moved by 1 px: ${moved.toFixed(3)}`
      )
      expect(same).toBeLessThan(0.3)
      // The comparison can fail: the same logos a pixel to the right differ many times more.
      expect(moved).toBeGreaterThan(5 * same)
    }
  })
})
