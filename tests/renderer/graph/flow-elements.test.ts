import { describe, expect, it } from 'vitest'
import { FlowNodeCache, toFlowElements } from '../../../src/renderer/src/graph/flow-elements'
import { windowedElements } from '../../../src/renderer/src/graph/windowed-elements'
import { makeSyntheticChart } from './synthetic-chart'

const { layout, geometry } = makeSyntheticChart({ teams: 120, seed: 3 })

describe('FlowNodeCache', () => {
  it('builds the nodes React Flow is handed, as toFlowElements does, and no others', () => {
    const { nodes } = new FlowNodeCache().toFlowElements(layout, undefined)
    const overview = windowedElements({ nodes, edges: [] }, geometry, 'overview')
    expect(nodes.built.size).toBe(overview.nodes.length)
    expect(nodes.built.size).toBeLessThan(layout.nodes.length / 10)
    // Asked again, the same objects; and the same as toFlowElements builds for every node.
    expect(nodes.all()).toHaveLength(layout.nodes.length)
    expect(nodes.all()).toEqual(toFlowElements(layout, undefined, new Map()).nodes)
    for (const node of overview.nodes) expect(nodes.all()).toContain(node)
  })

  it('keeps the objects of unchanged nodes when the selection moves, even if built lazily', () => {
    const cache = new FlowNodeCache()
    const before = cache.toFlowElements(layout, undefined).nodes
    const [first, second] = [before.at(1)!, before.at(2)!]
    const after = cache.toFlowElements(layout, second.id).nodes
    expect(after.at(1)).toBe(first)
    expect(after.at(2)).not.toBe(second)
    expect(after.at(2)).toMatchObject({ id: second.id, selected: true })
    expect(after.at(layout.nodes.length)).toBeUndefined()
  })

  it('keeps the edges while the layout is the same, each the same object when asked again', () => {
    const cache = new FlowNodeCache()
    const elements = cache.toFlowElements(layout, undefined)
    const { edges } = elements
    expect(cache.toFlowElements(layout, layout.nodes[3].node.id).edges).toBe(edges)
    const overview = windowedElements(elements, geometry, 'overview')
    const built = Array.from({ length: edges.length }, (_, i) => edges.at(i))
    for (const edge of overview.edges) expect(built).toContain(edge)
    expect(edges.all()).toEqual(toFlowElements(layout, undefined, new Map()).edges)
    expect(edges.all()).toBe(edges.all())
  })

  it('hands over relations and links whose ends are both drawn, after the tree edges', () => {
    const elements = new FlowNodeCache().toFlowElements(layout, undefined)
    const [company, division] = windowedElements(elements, geometry, 'overview').nodes
    const team = layout.nodes.find((n) => n.node.kind === 'team')!.node.id
    const drawn = { id: 'r1', source: company.id, target: division.id }
    const offWindow = { id: 'r2', source: company.id, target: team }
    const { edges } = windowedElements(
      { ...elements, moreEdges: [drawn, offWindow] },
      geometry,
      'overview'
    )
    expect(edges.at(-1)).toBe(drawn)
    expect(edges).not.toContain(offWindow)
  })
})
