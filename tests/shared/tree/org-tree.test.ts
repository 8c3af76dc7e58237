// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  buildOrgTree,
  focusBranch,
  nodeId,
  pathTo,
  pruneTree,
  teamNodeIds,
  walk,
  type OrgNode
} from '../../../src/shared/tree/org-tree'
import { makeThreeTeamCatalog } from '../../fixtures/three-team-catalog'

const catalog = makeThreeTeamCatalog()
const open = buildOrgTree(catalog, new Set())

/** The ids of a tree, depth first: what the chart and the outline draw, in reading order. */
const ids = (tree: OrgNode) => [...walk(tree)].map((node) => node.id)

describe('nodeId', () => {
  it('names each kind of node with a prefix, so ids of different kinds never collide', () => {
    expect(nodeId.company()).toBe('company')
    expect(nodeId.division({ id: 'product' })).toBe('division:product')
    expect(nodeId.team({ id: 'product' })).toBe('team:product')
    expect(nodeId.project({ id: 'api/2' })).toBe('project:api/2')
  })
})

describe('buildOrgTree', () => {
  it('builds Company → divisions → teams → projects in catalog order', () => {
    expect(ids(open)).toEqual([
      'company',
      'division:product',
      'team:api',
      'project:api/1',
      'project:api/2',
      'team:web',
      'project:web/1',
      'project:web/2',
      'division:infra',
      'team:ops',
      'project:ops/1',
      'project:ops/2'
    ])
  })

  it('labels nodes with names and titles, and refers to the catalog entry by id', () => {
    const team = open.children[0].children[0]
    expect(open).toMatchObject({ kind: 'company', label: 'Acme', ref: '' })
    expect(team).toMatchObject({ kind: 'team', label: 'Platform', ref: 'api' })
    expect(team.children[1]).toMatchObject({
      kind: 'project',
      label: 'Deploy tooling',
      ref: 'api/2',
      childCount: 0,
      collapsed: false
    })
  })

  it('leaves out the children of a collapsed node but still counts them', () => {
    const tree = buildOrgTree(catalog, new Set(['team:api', 'division:infra']))
    const api = tree.children[0].children[0]
    const infra = tree.children[1]
    expect(api).toMatchObject({ collapsed: true, childCount: 2, children: [] })
    expect(infra).toMatchObject({ collapsed: true, childCount: 1, children: [] })
    expect(tree.children[0].children[1].children).toHaveLength(2)
  })

  it('never marks a node without children as collapsed, even when asked', () => {
    const tree = buildOrgTree(catalog, new Set(['project:api/1']))
    const project = tree.children[0].children[0].children[0]
    expect(project).toMatchObject({ id: 'project:api/1', collapsed: false, childCount: 0 })
  })
})

describe('teamNodeIds', () => {
  it('lists every team node id across divisions, in catalog order', () => {
    expect(teamNodeIds(catalog)).toEqual(['team:api', 'team:web', 'team:ops'])
  })
})

describe('pruneTree', () => {
  it('keeps what is accepted with its ancestors, and drops branches with nothing kept', () => {
    const pruned = pruneTree(open, (node) => node.id === 'project:web/2')
    expect(ids(pruned)).toEqual(['company', 'division:product', 'team:web', 'project:web/2'])
  })

  it('keeps the root, childless, when nothing is accepted', () => {
    const pruned = pruneTree(open, () => false)
    expect(pruned).toMatchObject({ id: 'company', children: [] })
  })

  it('leaves the tree it was given unchanged', () => {
    const before = ids(open)
    pruneTree(open, (node) => node.kind === 'division')
    expect(ids(open)).toEqual(before)
  })
})

describe('focusBranch', () => {
  it('keeps the focused node, everything below it and its ancestors', () => {
    expect(ids(focusBranch(open, 'division:infra'))).toEqual([
      'company',
      'division:infra',
      'team:ops',
      'project:ops/1',
      'project:ops/2'
    ])
    expect(ids(focusBranch(open, 'team:web'))).toEqual([
      'company',
      'division:product',
      'team:web',
      'project:web/1',
      'project:web/2'
    ])
  })

  it('shows the whole tree when the focused node is not in it', () => {
    expect(focusBranch(open, 'team:gone')).toBe(open)
  })
})

describe('pathTo', () => {
  it('lists the nodes from the root down to the node', () => {
    expect(pathTo(open, 'project:ops/2').map((node) => node.id)).toEqual([
      'company',
      'division:infra',
      'team:ops',
      'project:ops/2'
    ])
    expect(pathTo(open, 'company').map((node) => node.id)).toEqual(['company'])
  })

  it('is empty for a node the tree does not show', () => {
    const collapsed = buildOrgTree(catalog, new Set(['team:ops']))
    expect(pathTo(collapsed, 'project:ops/2')).toEqual([])
  })
})
