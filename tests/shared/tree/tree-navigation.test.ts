// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { buildOrgTree, teamNodeIds } from '../../../src/shared/tree/org-tree'
import { treeKeyAction } from '../../../src/shared/tree/tree-navigation'
import { loadTeleportCatalog } from '../../fixtures/catalog'

const catalog = loadTeleportCatalog()
const collapsed = buildOrgTree(catalog, new Set(teamNodeIds(catalog)))
const open = buildOrgTree(catalog, new Set())

describe('treeKeyAction', () => {
  it('moves down and up through the visible nodes, depth first', () => {
    expect(treeKeyAction(collapsed, 'company', 'ArrowDown')).toEqual({
      kind: 'move',
      id: 'division:core'
    })
    expect(treeKeyAction(collapsed, 'division:core', 'ArrowDown')).toEqual({
      kind: 'move',
      id: 'team:server-and-kubernetes-access'
    })
    // The last Core team is followed by the Cloud division, not by a hidden project.
    expect(treeKeyAction(collapsed, 'team:teleport-devops', 'ArrowDown')).toEqual({
      kind: 'move',
      id: 'division:cloud'
    })
    expect(treeKeyAction(open, 'team:teleport-devops', 'ArrowDown')).toEqual({
      kind: 'move',
      id: 'project:teleport-devops/1'
    })
    expect(treeKeyAction(collapsed, 'division:cloud', 'ArrowUp')).toEqual({
      kind: 'move',
      id: 'team:teleport-devops'
    })
  })

  it('expands a collapsed team with Right, then enters its first project', () => {
    expect(treeKeyAction(collapsed, 'team:cloud-application', 'ArrowRight')).toEqual({
      kind: 'toggle',
      id: 'team:cloud-application'
    })
    expect(treeKeyAction(open, 'team:cloud-application', 'ArrowRight')).toEqual({
      kind: 'move',
      id: 'project:cloud-application/1'
    })
  })

  it('collapses an open team with Left, and goes to the parent from a leaf', () => {
    expect(treeKeyAction(open, 'team:cloud-application', 'ArrowLeft')).toEqual({
      kind: 'toggle',
      id: 'team:cloud-application'
    })
    expect(treeKeyAction(open, 'project:cloud-application/2', 'ArrowLeft')).toEqual({
      kind: 'move',
      id: 'team:cloud-application'
    })
    expect(treeKeyAction(collapsed, 'company', 'ArrowLeft')).toEqual({ kind: 'none' })
  })

  it('opens details with Enter and jumps with Home and End', () => {
    expect(treeKeyAction(collapsed, 'division:core', 'Enter')).toEqual({
      kind: 'open',
      id: 'division:core'
    })
    expect(treeKeyAction(collapsed, 'division:core', 'Home')).toEqual({
      kind: 'move',
      id: 'company'
    })
    expect(treeKeyAction(collapsed, 'company', 'End')).toEqual({
      kind: 'move',
      id: 'team:cloud-security-infrastructure'
    })
  })
})
