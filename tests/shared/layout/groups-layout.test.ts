// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { layoutTree } from '../../../src/shared/layout/layout-tree'
import { LayoutKind } from '../../../src/shared/layout/layout-kind'
import { nodeBox, NODE_STYLE } from '../../../src/shared/layout/node-box'
import { buildOrgTree, teamNodeIds } from '../../../src/shared/tree/org-tree'
import { makeOrgCatalog } from '../../fixtures/org-catalog'
import { overlaps } from './overlaps'

const catalog = makeOrgCatalog()

describe.each(LayoutKind.options)('layoutTree with groups (%s)', (kind) => {
  for (const [label, collapsed] of [
    ['teams collapsed', new Set(teamNodeIds(catalog))],
    ['everything expanded', new Set<string>()]
  ] as const) {
    it(`places groups and teams at every depth without overlaps, ${label}`, () => {
      const { nodes, edges } = layoutTree(buildOrgTree(catalog, collapsed), catalog, { kind })
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          expect(overlaps(nodes[i], nodes[j]), `${nodes[i].node.id} / ${nodes[j].node.id}`).toBe(
            false
          )
        }
      }
      expect(edges).toContainEqual({
        id: 'group:growth->group:experiments',
        source: 'group:growth',
        target: 'group:experiments'
      })
      expect(edges).toContainEqual({
        id: 'group:experiments->team:ab-testing',
        source: 'group:experiments',
        target: 'team:ab-testing'
      })
    })
  }
})

describe('compact layout with groups', () => {
  it('indents each level of groups one step further in its division’s column', () => {
    const { nodes } = layoutTree(buildOrgTree(catalog, new Set(teamNodeIds(catalog))), catalog, {
      kind: 'compact'
    })
    const x = (id: string) => nodes.find((n) => n.node.id === id)!.x
    expect(x('team:staff')).toBe(x('group:growth'))
    expect(x('team:activation')).toBeGreaterThan(x('group:growth'))
    expect(x('group:experiments')).toBe(x('team:activation'))
    expect(x('team:ab-testing')).toBeGreaterThan(x('group:experiments'))
  })
})

describe('node boxes of divisions and groups', () => {
  const tree = buildOrgTree(catalog, new Set())
  const box = (id: string) => {
    const find = (node: typeof tree): typeof tree | undefined =>
      node.id === id ? node : node.children.map(find).find(Boolean)
    return nodeBox(find(tree)!, catalog)
  }

  it('counts the teams at any depth, and the groups directly inside', () => {
    expect(box('division:product').subtitle).toBe('2 groups · 5 teams')
    expect(box('group:growth').subtitle).toBe('1 group · 3 teams')
    expect(box('group:money').subtitle).toBe('1 team')
    expect(box('division:platform-division').subtitle).toBe('1 team')
  })

  it('gives a group a card of its own size', () => {
    expect(box('group:growth').width).toBe(NODE_STYLE.group.width)
  })
})
