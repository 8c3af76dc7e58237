// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { layoutTree } from '../../../src/shared/layout/layout-tree'
import { LayoutKind } from '../../../src/shared/layout/layout-kind'
import { relationGeometry, visibleRelations } from '../../../src/shared/layout/relation-path'
import { relationList } from '../../../src/shared/org/relations'
import { buildOrgTree, teamNodeIds } from '../../../src/shared/tree/org-tree'
import { loadCatalog } from '../../fixtures/catalog'
import { makeOrgCatalog } from '../../fixtures/org-catalog'
import { parseXml, svgOf, texts } from '../export/svg-document'

const catalog = makeOrgCatalog()

describe.each(LayoutKind.options)('relations drawn over the %s layout', (kind) => {
  const layout = layoutTree(buildOrgTree(catalog, new Set(teamNodeIds(catalog))), catalog, { kind })
  const byId = new Map(layout.nodes.map((item) => [item.node.id, item]))
  const placed = visibleRelations(relationList(catalog), byId)

  it('draws every relation whose two teams are on the chart', () => {
    expect(placed.map(({ relation: r }) => `${r.from} ${r.kind} ${r.to}`)).toEqual(
      relationList(catalog).map((r) => `${r.from} ${r.kind} ${r.to}`)
    )
  })

  it('runs from one card’s side to the other’s, an arrow only on a directed kind', () => {
    for (const { relation, source, target, lane } of placed) {
      const geometry = relationGeometry(relation, source, target, lane)
      const [x0, y0] = geometry.d.slice(1).split('C')[0].split(' ').map(Number)
      const sides = [source.x, source.x + source.box.width]
      expect(
        sides.some((x) => Math.abs(x - x0) < 0.1),
        `${relation.from} starts on a side`
      ).toBe(true)
      expect(y0).toBeGreaterThan(source.y)
      expect(y0).toBeLessThan(source.y + source.box.height)
      expect(geometry.arrow !== undefined).toBe(relation.kind !== 'collaborates')
      // Its box holds its label.
      const { box, label } = geometry
      expect(label.x).toBeGreaterThanOrEqual(box.x)
      expect(label.x + label.width).toBeLessThanOrEqual(box.x + box.width)
    }
  })
})

describe('relations in a collapsed group', () => {
  it('are left out while one of their teams is hidden', () => {
    const collapsed = new Set([...teamNodeIds(catalog), 'group:growth'])
    const layout = layoutTree(buildOrgTree(catalog, collapsed), catalog, { kind: 'compact' })
    const byId = new Map(layout.nodes.map((item) => [item.node.id, item]))
    const shown = visibleRelations(relationList(catalog), byId).map(({ relation }) => relation)
    expect(shown.every((r) => r.from !== 'activation' && r.to !== 'activation')).toBe(true)
    expect(shown.some((r) => r.from === 'billing' && r.to === 'infra')).toBe(true)
  })
})

describe('relations in the SVG export', () => {
  it('are drawn with their kind and a legend only when the view shows them', () => {
    const shown = texts(parseXml(svgOf(catalog, { collapsed: [], relations: true }).svg))
    expect(shown).toEqual(expect.arrayContaining(['depends on', 'supports', 'Relations:']))
    const hidden = texts(parseXml(svgOf(catalog, { collapsed: [] }).svg))
    expect(hidden).not.toContain('depends on')
    expect(hidden).not.toContain('Relations:')
  })
})

describe('two relations between the same two teams', () => {
  it('run in different lanes, so their dashes never merge into one solid line', () => {
    // The example: Search depends on Publishing Pipeline, which supports Search.
    const example = loadCatalog(
      readFileSync(new URL('../../../data/examples/quillfeather.yaml', import.meta.url), 'utf8')
    )
    const layout = layoutTree(buildOrgTree(example, new Set(teamNodeIds(example))), example, {
      kind: 'compact'
    })
    const byId = new Map(layout.nodes.map((item) => [item.node.id, item]))
    const between = visibleRelations(relationList(example), byId).filter(
      ({ relation: r }) => [r.from, r.to].sort().join() === 'publishing-pipeline,search'
    )
    expect(between).toHaveLength(2)
    expect(between[0].lane % 3).not.toBe(between[1].lane % 3)
    const [a, b] = between.map(({ relation, source, target, lane }) =>
      relationGeometry(relation, source, target, lane)
    )
    expect(Math.abs(a.label.y - b.label.y) + Math.abs(a.label.x - b.label.x)).toBeGreaterThan(5)
  })
})
