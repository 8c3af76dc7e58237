// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Catalog } from '../../../src/shared/catalog/catalog'
import {
  ExportOptions,
  ExportView,
  type ExportOptionsInput
} from '../../../src/shared/export/options'
import {
  describePdfLayout,
  MAX_PAGE_PT,
  MIN_SCALE,
  MIN_TEXT_PT,
  paperPoints,
  planPdfPages,
  PX_TO_PT,
  SMALLEST_TEXT_PX,
  tileNodes
} from '../../../src/shared/export/pdf-pages'
import { planSvg } from '../../../src/shared/export/svg'
import { syntheticCatalogYaml } from '../../../src/shared/synth/synthetic-catalog'
import { teamNodeIds } from '../../../src/shared/tree/org-tree'
import { loadCatalog, loadTeleportCatalog } from '../../fixtures/catalog'

const teleport = loadTeleportCatalog()
const synthetic = loadCatalog(syntheticCatalogYaml({ teams: 300, seed: 1 }))

/** As the CLI and the app export by default: teams collapsed. */
function planOf(catalog: Catalog, options: ExportOptionsInput = {}) {
  return planSvg(
    catalog,
    ExportView.parse({ collapsed: teamNodeIds(catalog) }),
    ExportOptions.parse({ format: 'pdf', ...options })
  )
}

const contains = (
  outer: { x: number; y: number; width: number; height: number },
  inner: { x: number; y: number; box: { width: number; height: number } }
) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.box.width <= outer.x + outer.width &&
  inner.y + inner.box.height <= outer.y + outer.height

describe('planPdfPages', () => {
  it('prints the smallest text (11 px chips) at 7 pt or more', () => {
    expect(SMALLEST_TEXT_PX).toBe(11)
    expect(SMALLEST_TEXT_PX * PX_TO_PT * MIN_SCALE).toBeCloseTo(MIN_TEXT_PT, 6)
  })

  it('"fit" is one page of the chart’s size in points (96 px = 72 pt)', () => {
    const plan = planOf(teleport)
    const layout = planPdfPages(plan, 'fit', 'portrait')
    expect(layout.pages).toHaveLength(1)
    expect(layout.pages[0]).toMatchObject({
      kind: 'whole',
      width: plan.width * 0.75,
      height: plan.height * 0.75
    })
  })

  it('"fit" shrinks a page past 200 inches to 200 inches, the largest PDF readers open', () => {
    const layout = planPdfPages(
      { ...planOf(teleport), width: 14_656, height: 22_444 },
      'fit',
      'portrait'
    )
    expect(Math.max(layout.pages[0].width, layout.pages[0].height)).toBeCloseTo(MAX_PAGE_PT, 6)
    expect(layout.scale).toBeLessThan(1)
  })

  it('puts Teleport on one A4 or Letter portrait page, readable, centred across', () => {
    for (const paper of ['a4', 'letter'] as const) {
      const plan = planOf(teleport)
      const layout = planPdfPages(plan, paper, 'portrait')
      const sheet = paperPoints(paper, 'portrait')
      expect(layout.pages).toHaveLength(1)
      const [page] = layout.pages
      expect(page).toMatchObject({ kind: 'whole', ...sheet })
      expect(page.label).toBeUndefined()
      expect(layout.scale).toBeGreaterThanOrEqual(MIN_SCALE)
      const right = sheet.width - (page.x + plan.width * page.scale)
      expect(right).toBeCloseTo(page.x, 6)
    }
    expect(paperPoints('a4', 'portrait').width).toBeCloseTo(595.28, 2)
    const letter = paperPoints('letter', 'landscape')
    expect([letter.width, letter.height].map(Math.round)).toEqual([792, 612])
  })

  it('tiles Teleport on A4 landscape, where one page would print its chips at 5 pt: an overview and two rows', () => {
    const layout = planPdfPages(planOf(teleport), 'a4', 'landscape')
    expect(layout.pages.map((p) => [p.kind, p.row, p.column])).toEqual([
      ['overview', undefined, undefined],
      ['tile', 1, 1],
      ['tile', 2, 1]
    ])
    expect(layout.pages.map((p) => p.label)).toEqual([
      'Page 1 of 3 — overview; pages 2–3 show the chart at 100%',
      'Page 2 of 3 — row 1, column 1',
      'Page 3 of 3 — row 2, column 1'
    ])
    expect(describePdfLayout(layout)).toBe(
      'A4 landscape: 3 pages — an overview, then 2 tiles (2 rows × 1 column) at 100%'
    )
  })

  describe('a 300-team chart on A4 portrait', () => {
    const plan = planOf(synthetic)
    const layout = planPdfPages(plan, 'a4', 'portrait')
    const tiles = layout.pages.filter((p) => p.kind === 'tile')

    it('is an overview page, then tiles at one readable scale, every page A4 portrait', () => {
      expect(layout.pages[0].kind).toBe('overview')
      expect(tiles.length).toBe(layout.pages.length - 1)
      expect(tiles.length).toBeGreaterThan(10)
      for (const page of layout.pages) {
        expect([page.width, page.height]).toEqual([595.2755905511812, 841.8897637795277])
      }
      expect(layout.scale).toBeGreaterThanOrEqual(MIN_SCALE)
      for (const tile of tiles) expect(tile.scale).toBe(layout.scale * PX_TO_PT)
      expect(describePdfLayout(layout)).toMatch(
        /^A4 portrait: \d+ pages — an overview, then \d+ tiles \(\d rows × \d columns\) at \d+%$/
      )
    })

    it('lays the tiles out in reading order: row by row, left to right', () => {
      const order = tiles.map((t) => [t.row!, t.column!])
      const sorted = [...order].sort(([r1, c1], [r2, c2]) => r1 - r2 || c1 - c2)
      expect(order).toEqual(sorted)
      tiles.forEach((tile, i) => {
        expect(tile.label).toBe(
          `Page ${i + 2} of ${layout.pages.length} — row ${tile.row}, column ${tile.column}`
        )
      })
    })

    it('fits each tile in the printable area, over the margins and the label band', () => {
      for (const tile of tiles) {
        expect(tile.x + tile.crop!.width * tile.scale).toBeLessThanOrEqual(tile.width - tile.x)
        expect(tile.y + tile.crop!.height * tile.scale).toBeLessThanOrEqual(
          tile.height - tile.y - 18 + 1e-6
        )
      }
    })

    it('shows every node whole on some page, and draws each on exactly one', () => {
      const nodesOf = tileNodes(layout, plan.layout)
      for (const item of plan.layout.nodes) {
        const drawnOn = tiles.filter((tile) => nodesOf(tile)(item) && meets(tile.crop!, item))
        expect(drawnOn, item.node.id).toHaveLength(1)
        expect(contains(drawnOn[0].crop!, item), item.node.id).toBe(true)
      }
    })

    it('overlaps neighbouring tiles a little, so the pages can be lined up', () => {
      const column1 = tiles.filter((t) => t.column === 1).map((t) => t.crop!)
      for (let i = 1; i < column1.length; i++) {
        expect(column1[i].y).toBeLessThan(column1[i - 1].y + column1[i - 1].height)
      }
    })

    it('makes no page for the empty space under a column that ends early', () => {
      for (const tile of tiles) {
        expect(plan.layout.nodes.some((n) => meets(tile.crop!, n))).toBe(true)
      }
    })

    it('marks each tile on the overview, in document pixels', () => {
      expect(layout.tiles!.rects).toHaveLength(tiles.length)
      const [first] = layout.tiles!.rects
      expect(first.x).toBeCloseTo(tiles[0].crop!.x - plan.chart.region.x + plan.chart.x, 6)
    })
  })
})

function meets(
  crop: { x: number; y: number; width: number; height: number },
  item: { x: number; y: number; box: { width: number; height: number } }
): boolean {
  return (
    item.x < crop.x + crop.width &&
    item.x + item.box.width > crop.x &&
    item.y < crop.y + crop.height &&
    item.y + item.box.height > crop.y
  )
}
