import { describe, expect, it } from 'vitest'
import { EDGE_STRIDE, nodeAt } from '../../../src/renderer/src/graph/chart-geometry'
import { toFlowElements } from '../../../src/renderer/src/graph/flow-elements'
import {
  boundsNode,
  viewWindow,
  windowedElements
} from '../../../src/renderer/src/graph/windowed-elements'
import { makeSyntheticChart } from './synthetic-chart'

const { catalog, layout, geometry } = makeSyntheticChart({ teams: 120, seed: 3 })
const elements = toFlowElements(layout, undefined, new Map())

describe('viewWindow', () => {
  const viewport = { x: -1000, y: -2000, zoom: 0.8, width: 1000, height: 700 }

  it('covers the visible area with a screenful to spare on every side', () => {
    const { rect } = viewWindow(viewport)
    const visible = { x: 1000 / 0.8, y: 2000 / 0.8, width: 1000 / 0.8, height: 700 / 0.8 }
    expect(rect.x).toBeLessThanOrEqual(visible.x - visible.width)
    expect(rect.y).toBeLessThanOrEqual(visible.y - visible.height)
    expect(rect.x + rect.width).toBeGreaterThanOrEqual(visible.x + 2 * visible.width)
    expect(rect.y + rect.height).toBeGreaterThanOrEqual(visible.y + 2 * visible.height)
  })

  it('keeps its key through small pans and zooms, and changes it past half a screen', () => {
    const { key } = viewWindow(viewport)
    expect(viewWindow({ ...viewport, x: viewport.x - 5 }).key).toBe(key)
    expect(viewWindow({ ...viewport, zoom: 0.81 }).key).toBe(key)
    expect(viewWindow({ ...viewport, x: viewport.x - 1200 }).key).not.toBe(key)
    expect(viewWindow({ ...viewport, zoom: 1.6 }).key).not.toBe(key)
  })
})

describe('windowedElements', () => {
  it('hands React Flow only the headings in the overview', () => {
    const { nodes, edges } = windowedElements(elements, geometry, 'overview')
    expect(nodes.map((n) => n.type).sort()).toEqual(
      ['company', ...catalog.divisions.map(() => 'division')].sort()
    )
    expect(edges).toHaveLength(catalog.divisions.length)
  })

  it('hands over the nodes in the window with their ancestors, and edges with both ends', () => {
    const team = layout.nodes.find((n) => n.node.kind === 'project' && n.depth === 3)!
    const rect = { x: team.x, y: team.y, width: 10, height: 10 }
    const { nodes, edges } = windowedElements(elements, geometry, rect)
    const ids = new Set(nodes.map((n) => n.id))
    expect(ids.has(team.node.id)).toBe(true)
    for (let id = team.parentId; id; id = layout.nodes.find((n) => n.node.id === id)?.parentId) {
      expect(ids.has(id)).toBe(true)
    }
    expect(nodes.length).toBeLessThan(layout.nodes.length / 4)
    for (const edge of edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true)
    // Node objects are the cached ones, so React Flow re-renders none it already had.
    for (const node of nodes) expect(elements.nodes).toContain(node)
  })

  it('spans the whole chart with one inert bounds node, the same object each time', () => {
    const node = boundsNode(geometry)
    expect(node).toBe(boundsNode(geometry))
    expect(node).toMatchObject({
      position: { x: layout.bounds.x, y: layout.bounds.y },
      width: layout.bounds.width,
      height: layout.bounds.height,
      selectable: false,
      focusable: false
    })
  })
})

describe('chartGeometry', () => {
  it('finds the card under a point, not a card whose edge passes there', () => {
    const project = layout.nodes.findIndex((n) => n.node.kind === 'project')
    const item = layout.nodes[project]
    expect(nodeAt(geometry, item.x + 5, item.y + 5)).toBe(project)
    expect(nodeAt(geometry, layout.bounds.x - 100, layout.bounds.y - 100)).toBeUndefined()
  })

  it('draws each outline spine once: an edge starts where the previous sibling left it', () => {
    const division = layout.nodes.findIndex((n) => n.node.kind === 'division')
    const children = layout.nodes.flatMap((n, i) => (geometry.parents[i] === division ? [i] : []))
    for (let c = 1; c < children.length; c++) {
      const [previous, current] = [children[c - 1], children[c]]
      // from.y of this edge = to.y of the previous sibling's edge
      expect(geometry.edges[EDGE_STRIDE * current + 1]).toBe(
        geometry.edges[EDGE_STRIDE * previous + 7]
      )
    }
  })
})
