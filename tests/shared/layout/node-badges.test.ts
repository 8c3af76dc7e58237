// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LayoutKind } from '../../../src/shared/layout/layout-kind'
import { layoutTree } from '../../../src/shared/layout/layout-tree'
import { nodeBox } from '../../../src/shared/layout/node-box'
import { buildOrgTree, teamNodeIds, type OrgNode } from '../../../src/shared/tree/org-tree'
import { loadCatalog, makeCatalog } from '../../fixtures/catalog'
import { makeOrgCatalog } from '../../fixtures/org-catalog'
import { nodeGroup, parseXml, svgOf, texts } from '../export/svg-document'

const catalog = makeOrgCatalog()

function nodeOf(id: string): OrgNode {
  const walk = (node: OrgNode): OrgNode | undefined =>
    node.id === id ? node : node.children.map(walk).find(Boolean)
  const found = walk(buildOrgTree(catalog, new Set()))
  if (!found) throw new Error(`no node ${id}`)
  return found
}

const badgeTexts = (id: string) => nodeBox(nodeOf(id), catalog).badges.map((b) => [b.kind, b.text])

describe('people and hiring badges', () => {
  it('give a team its headcount, its open roles and its roles opening soon', () => {
    expect(badgeTexts('team:activation')).toEqual([
      ['people', '7 people'],
      ['open', '1 open role']
    ])
    expect(badgeTexts('team:retention')).toEqual([
      ['people', '5 people'],
      ['soon', '1 soon']
    ])
  })

  it('roll a group up, and mark a headcount some teams below do not give as a lower bound', () => {
    // Growth: activation 7, retention 5, ab-testing gives no headcount.
    expect(badgeTexts('group:growth')).toEqual([
      ['people', '12+ people'],
      ['open', '1 open role'],
      ['soon', '1 soon']
    ])
    expect(badgeTexts('company')).toEqual([
      ['people', '27+ people'],
      ['open', '2 open roles'],
      ['soon', '1 soon']
    ])
  })

  it('sit below the subtitle, inside the card, in one row when they fit', () => {
    const box = nodeBox(nodeOf('team:activation'), catalog)
    const [people, open] = box.badges
    expect(people.y).toBe(open.y)
    expect(open.x).toBeGreaterThan(people.x + people.width)
    expect(open.x + open.width).toBeLessThanOrEqual(box.width)
    expect(people.y + 18).toBeLessThanOrEqual(box.height)
  })

  it('leave a version 1 catalog’s cards as they were: no badges, no extra height', () => {
    const v1 = makeCatalog()
    const tree = buildOrgTree(v1, new Set())
    const all: OrgNode[] = []
    const walk = (node: OrgNode) => (all.push(node), node.children.forEach(walk))
    walk(tree)
    for (const node of all) expect(nodeBox(node, v1).badges).toEqual([])
  })
})

describe('badges in the SVG export', () => {
  it('are real text on the team and group cards', () => {
    const root = parseXml(svgOf(catalog, { collapsed: [] }).svg)
    expect(texts(nodeGroup(root, 'team:activation')!)).toEqual(
      expect.arrayContaining(['7 people', '1 open role'])
    )
    expect(texts(nodeGroup(root, 'group:growth')!)).toEqual(
      expect.arrayContaining(['12+ people', '1 open role', '1 soon'])
    )
  })
})

describe('the fictional example with its badges', () => {
  const example = loadCatalog(
    readFileSync(new URL('../../../data/examples/quillfeather.yaml', import.meta.url), 'utf8')
  )
  it.each(LayoutKind.options)('lays out without overlaps in the %s layout, open or not', (kind) => {
    for (const collapsed of [new Set<string>(), new Set(teamNodeIds(example))]) {
      const { nodes } = layoutTree(buildOrgTree(example, collapsed), example, { kind })
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const [a, b] = [nodes[i], nodes[j]]
          const overlap =
            a.x < b.x + b.box.width &&
            b.x < a.x + a.box.width &&
            a.y < b.y + b.box.height &&
            b.y < a.y + a.box.height
          expect(overlap, `${a.node.id} / ${b.node.id}`).toBe(false)
        }
      }
    }
  })
})
