import { describe, expect, it } from 'vitest'
import { chartGeometry, EDGE_STRIDE } from '../../../src/renderer/src/graph/chart-geometry'
import { sourcePoint, targetPoint } from '../../../src/shared/layout/edge-path'
import { columnShift, layoutTree } from '../../../src/shared/layout/layout-tree'
import { buildOrgTree, teamNodeIds } from '../../../src/shared/tree/org-tree'
import { loadCatalog } from '../../fixtures/catalog'

const teams = Array.from({ length: 16 }, (_, i) => `      - id: t${i}\n        name: Team ${i}\n`)
const catalog = loadCatalog(
  `schemaVersion: 2\ncompany:\n  name: Acme\ndivisions:\n  - id: eng\n    name: Engineering\n    teams:\n${teams.join('')}`
)

describe("a wrapped division's edges in the canvas overview's geometry", () => {
  it('come across below the division to each later column, then chain down its spine', () => {
    const layout = layoutTree(buildOrgTree(catalog, new Set(teamNodeIds(catalog))), catalog, {
      kind: 'compact'
    })
    const geometry = chartGeometry(layout)
    const division = layout.nodes.find((n) => n.node.kind === 'division')!
    const from = sourcePoint(division)
    const edge = (id: string) => {
      const e = EDGE_STRIDE * geometry.indexOf.get(id)!
      return Array.from(geometry.edges.subarray(e, e + EDGE_STRIDE))
    }
    const later = layout.nodes.filter(
      (n) => n.node.kind === 'team' && columnShift(division, n) !== 0
    )
    expect(later.length).toBeGreaterThan(0)
    const shifts = [...new Set(later.map((n) => columnShift(division, n)))]
    for (const shift of shifts) {
      const column = later.filter((n) => columnShift(division, n) === shift)
      const spine = from.x + shift
      const [first, second] = column
      const to = targetPoint(first)
      expect(edge(first.node.id)).toEqual([
        from.x,
        from.y + 5,
        spine,
        from.y + 5,
        spine,
        to.y,
        to.x,
        to.y
      ])
      // The next team's edge starts where the first left the column's spine.
      expect(edge(second.node.id).slice(0, 2)).toEqual([spine, to.y])
    }
  })
})
