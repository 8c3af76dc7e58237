// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { buildOrgTree, teamNodeIds, type OrgNode } from '../../../src/shared/tree/org-tree'
import { treeKeyAction, type TreeKeyAction } from '../../../src/shared/tree/tree-navigation'
import { loadTeleportCatalog } from '../../fixtures/catalog'

const catalog = loadTeleportCatalog()
const collapsed = buildOrgTree(catalog, new Set(teamNodeIds(catalog)))
const open = buildOrgTree(catalog, new Set())

const move = (id: string): TreeKeyAction => ({ kind: 'move', id })
const toggle = (id: string): TreeKeyAction => ({ kind: 'toggle', id })

/** Each row: in this tree, on this node, this key does that. */
function expectKeys(rows: [tree: OrgNode, on: string, key: string, action: TreeKeyAction][]) {
  for (const [tree, on, key, action] of rows) {
    expect(treeKeyAction(tree, on, key), `${key} on ${on}`).toEqual(action)
  }
}

describe('treeKeyAction', () => {
  it('moves down and up through the visible nodes, depth first', () => {
    expectKeys([
      [collapsed, 'company', 'ArrowDown', move('division:core')],
      [collapsed, 'division:core', 'ArrowDown', move('team:server-and-kubernetes-access')],
      // The last Core team is followed by the Cloud division, not by a hidden project.
      [collapsed, 'team:teleport-devops', 'ArrowDown', move('division:cloud')],
      [open, 'team:teleport-devops', 'ArrowDown', move('project:teleport-devops/1')],
      [collapsed, 'division:cloud', 'ArrowUp', move('team:teleport-devops')]
    ])
  })

  it('expands a collapsed team with Right, then enters its first project', () => {
    expectKeys([
      [collapsed, 'team:cloud-application', 'ArrowRight', toggle('team:cloud-application')],
      [open, 'team:cloud-application', 'ArrowRight', move('project:cloud-application/1')]
    ])
  })

  it('collapses an open team with Left, and goes to the parent from a leaf', () => {
    expectKeys([
      [open, 'team:cloud-application', 'ArrowLeft', toggle('team:cloud-application')],
      [open, 'project:cloud-application/2', 'ArrowLeft', move('team:cloud-application')],
      [collapsed, 'company', 'ArrowLeft', { kind: 'none' }]
    ])
  })

  it('opens details with Enter and jumps with Home and End', () => {
    expectKeys([
      [collapsed, 'division:core', 'Enter', { kind: 'open', id: 'division:core' }],
      [collapsed, 'division:core', 'Home', move('company')],
      [collapsed, 'company', 'End', move('team:cloud-security-infrastructure')]
    ])
  })

  it('folds a division with Left, opens details with Space, and stops at either end', () => {
    expectKeys([
      [collapsed, 'division:cloud', 'ArrowLeft', toggle('division:cloud')],
      [collapsed, 'team:teleport-devops', ' ', { kind: 'open', id: 'team:teleport-devops' }],
      [collapsed, 'company', 'ArrowUp', { kind: 'none' }],
      [collapsed, 'team:cloud-security-infrastructure', 'ArrowDown', { kind: 'none' }],
      [collapsed, 'company', 'Tab', { kind: 'none' }]
    ])
  })

  it('moves to the first node when the focused one is no longer shown', () => {
    expectKeys([[collapsed, 'project:teleport-devops/1', 'ArrowDown', move('company')]])
  })
})
