// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { layoutTree } from '../../../src/shared/layout/layout-tree'
import { LayoutKind } from '../../../src/shared/layout/layout-kind'
import {
  relationGeometry,
  teamHomes,
  visibleRelations
} from '../../../src/shared/layout/relation-path'
import { relationList, type TeamRelation } from '../../../src/shared/org/relations'
import { buildOrgTree, teamNodeIds } from '../../../src/shared/tree/org-tree'
import { loadCatalog } from '../../fixtures/catalog'
import { makeOrgCatalog } from '../../fixtures/org-catalog'
import { parseXml, svgOf, texts } from '../export/svg-document'

const catalog = makeOrgCatalog()

describe.each(LayoutKind.options)('relations drawn over the %s layout', (kind) => {
  const layout = layoutTree(buildOrgTree(catalog, new Set(teamNodeIds(catalog))), catalog, { kind })
  const byId = new Map(layout.nodes.map((item) => [item.node.id, item]))
  const placed = visibleRelations(relationList(catalog), byId, teamHomes(catalog))

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
  const drawn = (collapsedUnits: string[], more: TeamRelation[] = []): string[] => {
    const collapsed = new Set([...teamNodeIds(catalog), ...collapsedUnits])
    const layout = layoutTree(buildOrgTree(catalog, collapsed), catalog, { kind: 'compact' })
    const byId = new Map(layout.nodes.map((item) => [item.node.id, item]))
    const relations = [...relationList(catalog), ...more]
    return visibleRelations(relations, byId, teamHomes(catalog)).map(
      ({ relation, source, target, lane, count }) =>
        `${source.node.id} ${relationGeometry(relation, source, target, lane, count).label.text} ${target.node.id}`
    )
  }

  it('end at the group that hides their team, and one inside it is not drawn', () => {
    // Growth hides Activation and (in Experiments) A/B Testing, which collaborate.
    expect(drawn(['group:growth'])).toEqual([
      'group:growth depends on team:billing',
      'team:billing supports group:growth',
      'team:billing collaborates team:infra'
    ])
  })

  it('end at a collapsed division, and count the relations one line stands for', () => {
    expect(drawn(['division:product'])).toEqual(['division:product collaborates team:infra'])
    // Two teams of Growth depend on Billing: one line, "depends on ×2".
    const more: TeamRelation[] = [
      { from: 'retention', to: 'billing', kind: 'depends-on', mutual: false }
    ]
    expect(drawn(['group:growth'], more)).toContain('group:growth depends on ×2 team:billing')
    expect(drawn([], more)).toContain('team:retention depends on team:billing')
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
    const between = visibleRelations(relationList(example), byId, teamHomes(example)).filter(
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
