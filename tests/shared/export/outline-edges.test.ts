// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { chartScene } from '../../../src/shared/export/chart-scene'
import { ExportOptions, ExportView } from '../../../src/shared/export/options'
import type { PathShape, Shape } from '../../../src/shared/export/scene'
import { planSvg } from '../../../src/shared/export/svg'
import {
  edgePath,
  outlinePath,
  sourcePoint,
  targetPoint
} from '../../../src/shared/layout/edge-path'
import { syntheticCatalogYaml } from '../../../src/shared/synth/synthetic-catalog'
import { teamNodeIds } from '../../../src/shared/tree/org-tree'
import { loadCatalog } from '../../fixtures/catalog'

/** The vertical length a path strokes: the sum of its vertical segments' lengths. */
function verticalLength(d: string): number {
  let total = 0
  let [x, y] = [0, 0]
  for (const [, command, args] of d.matchAll(/([MLQ])([^MLQ]*)/gu)) {
    const numbers = args.trim().split(/\s+/u).map(Number)
    const [nx, ny] = numbers.slice(-2)
    if (command === 'L' && Math.abs(nx - x) < 0.01) total += Math.abs(ny - y)
    ;[x, y] = [nx, ny]
  }
  return total
}
function paths(shapes: readonly Shape[]): PathShape[] {
  return shapes.flatMap((shape) =>
    shape.type === 'group' ? paths(shape.children) : shape.type === 'path' ? [shape] : []
  )
}

describe("an outline parent's edges in an export", () => {
  const source = { x: 10, y: 20 }
  const targets = [60, 140, 100].map((y) => ({ x: 40, y }))

  /** What an edge draws after its spine: its last corner and the line into the child. */
  const branchOf = (path: string) =>
    `M${path.slice(path.lastIndexOf(' L', path.lastIndexOf(' Q')) + 2)}`

  it('draw each branch as edgePath does, and the spine once, down to the last child', () => {
    const merged = outlinePath(
      source,
      targets.map((point) => ({ point, shift: 0 }))
    )
    for (const target of targets) {
      // "M10 20 L10 52 Q10 60 18 60 L40 60": the branch is what follows the spine; the deepest
      // child's edge is drawn whole.
      const alone = edgePath(source, 'bottom-start', target, 'left')
      expect(merged.includes(alone) || merged.includes(branchOf(alone)), alone).toBe(true)
    }
    expect(merged.startsWith('M10 20 L10 132 ')).toBe(true)
    expect(verticalLength(merged)).toBe(132 - 20)
  })

  it("draw a wrapped division's later column from a line across below it, its spine once", () => {
    const later = [60, 140, 100].map((y) => ({ x: 340, y }))
    const merged = outlinePath(source, [
      ...targets.map((point) => ({ point, shift: 0 })),
      ...later.map((point) => ({ point, shift: 300 }))
    ])
    // The deepest child of each column is drawn whole, as edgePath draws it alone.
    expect(merged).toContain(edgePath(source, 'bottom-start', later[1], 'left', 300))
    for (const target of later) {
      const alone = edgePath(source, 'bottom-start', target, 'left', 300)
      // Across at mid-gap below the source, to the column's spine 300 px right of its own.
      expect(alone).toMatch(/^M10 20 L10 2\S* Q10 25 \S+ 25 L\S+ 25 Q310 25 310 \S+ L310 /u)
      expect(merged.includes(alone) || merged.includes(branchOf(alone)), alone).toBe(true)
    }
    // Each spine once: the parent's down to its last child, the column's down to its own.
    expect(verticalLength(merged)).toBeLessThan(132 - 20 + (140 - 25) + 10)
  })

  it('stroke each spine once in the scene, not once per child', () => {
    const catalog = loadCatalog(syntheticCatalogYaml({ teams: 300, seed: 1 }))
    const plan = planSvg(
      catalog,
      ExportView.parse({ collapsed: teamNodeIds(catalog) }),
      ExportOptions.parse({ format: 'png' })
    )
    const byId = new Map(plan.layout.nodes.map((n) => [n.node.id, n]))
    const spines = new Map<string, number>()
    let perEdge = 0
    for (const edge of plan.layout.edges) {
      const parent = byId.get(edge.source)!
      const child = byId.get(edge.target)!
      if (child.targetSide !== 'left') continue
      const reach = targetPoint(child).y - sourcePoint(parent).y
      perEdge += reach
      spines.set(edge.source, Math.max(spines.get(edge.source) ?? 0, reach))
    }
    const spineTotal = [...spines.values()].reduce((a, b) => a + b, 0)
    const stroked = paths(chartScene(plan).shapes)
      .filter((shape) => shape.paint.stroke && !shape.paint.fill)
      .reduce((sum, shape) => sum + verticalLength(shape.d), 0)
    expect(spines.size).toBeGreaterThan(5)
    // Each spine's corner (8 px) stops short of its last child; top-down edges add a little.
    expect(stroked).toBeLessThan(spineTotal * 1.1)
    expect(stroked).toBeGreaterThan(spineTotal * 0.9)
    expect(perEdge).toBeGreaterThan(spineTotal * 10)
  })
})
