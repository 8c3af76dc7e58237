// @vitest-environment node
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { svgToPng } from '../../../src/node/export/png'
import { THEMES } from '../../../src/shared/theme/palette'
import { teamNodeIds } from '../../../src/shared/tree/org-tree'
import { loadTeleportCatalog } from '../../fixtures/catalog'
import { svgOf } from '../../shared/export/svg-document'
import { pngHeader } from './png-header'

const teleport = loadTeleportCatalog()
const view = { collapsed: teamNodeIds(teleport) }

function pixel(image: PNG, x: number, y: number): number[] {
  const i = (y * image.width + x) * 4
  return [...image.data.subarray(i, i + 4)]
}

function hex(color: string): number[] {
  return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16))
}

describe('svgToPng', () => {
  it.each([1, 2, 3])('makes a PNG of the layout size × %i', async (scale) => {
    const drawing = svgOf(teleport, view)
    const png = await svgToPng(drawing.svg, scale)
    expect(pngHeader(png)).toEqual({ width: drawing.width * scale, height: drawing.height * scale })
  })

  it('draws the chart, not a blank page: many distinct colours, text-dark pixels', async () => {
    const drawing = svgOf(teleport, view, { theme: 'light' })
    const image = PNG.sync.read(await svgToPng(drawing.svg, 1))
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
      const image = PNG.sync.read(await svgToPng(svgOf(teleport, view, { theme }).svg, 1))
      expect(pixel(image, 2, 2)).toEqual([...hex(THEMES[theme].background), 255])
    }
    const clear = svgOf(teleport, view, { background: 'transparent' }).svg
    expect(pixel(PNG.sync.read(await svgToPng(clear, 1)), 2, 2)[3]).toBe(0)
  })

  it('renders text with the shipped Inter, not a fallback: a title adds ink where it is drawn', async () => {
    const plain = PNG.sync.read(await svgToPng(svgOf(teleport, view).svg, 1))
    const titled = PNG.sync.read(await svgToPng(svgOf(teleport, view, { title: 'HHHH' }).svg, 1))
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
})
