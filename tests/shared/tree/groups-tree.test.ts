// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { findEntity } from '../../../src/shared/tree/lookup'
import {
  buildOrgTree,
  focusBranch,
  nodeId,
  teamNodeIds,
  walk,
  type OrgNode
} from '../../../src/shared/tree/org-tree'
import { treeKeyAction } from '../../../src/shared/tree/tree-navigation'
import { viewTree } from '../../../src/shared/tree/view-tree'
import { matchLens } from '../../../src/shared/lens/match'
import { Lens } from '../../../src/shared/lens/lens'
import { makeOrgCatalog } from '../../fixtures/org-catalog'

const catalog = makeOrgCatalog()
const ids = (tree: OrgNode) => [...walk(tree)].map((node) => node.id)
const teamsCollapsed = new Set(teamNodeIds(catalog))

describe('the org tree with groups', () => {
  const tree = buildOrgTree(catalog, teamsCollapsed)

  it('puts groups between divisions and teams: a unit’s own teams, then its groups', () => {
    expect(nodeId.group({ id: 'growth' })).toBe('group:growth')
    expect(ids(tree)).toEqual([
      'company',
      'division:product',
      'team:staff',
      'group:growth',
      'team:activation',
      'team:retention',
      'group:experiments',
      'team:ab-testing',
      'group:money',
      'team:billing',
      'division:platform-division',
      'team:infra'
    ])
  })

  it('labels a group with its name and counts its teams and groups as its children', () => {
    const growth = tree.children[0].children[1]
    expect(growth).toMatchObject({
      kind: 'group',
      label: 'Growth',
      ref: 'growth',
      childCount: 3,
      collapsed: false
    })
    expect(tree.children[0]).toMatchObject({ kind: 'division', childCount: 3 })
  })

  it('collapses a group like a division, hiding everything below it', () => {
    const folded = buildOrgTree(catalog, new Set([...teamsCollapsed, 'group:growth']))
    expect(ids(folded)).not.toContain('team:activation')
    expect(ids(folded)).not.toContain('group:experiments')
    expect(folded.children[0].children[1]).toMatchObject({ collapsed: true, children: [] })
  })

  it('folds a group with the left arrow, and opens it with the right one', () => {
    expect(treeKeyAction(tree, 'group:growth', 'ArrowLeft')).toEqual({
      kind: 'toggle',
      id: 'group:growth'
    })
    const folded = buildOrgTree(catalog, new Set([...teamsCollapsed, 'group:growth']))
    expect(treeKeyAction(folded, 'group:growth', 'ArrowRight')).toEqual({
      kind: 'toggle',
      id: 'group:growth'
    })
    expect(treeKeyAction(tree, 'team:ab-testing', 'ArrowUp')).toEqual({
      kind: 'move',
      id: 'group:experiments'
    })
  })

  it('focuses the branch of a group: its ancestors and everything below it', () => {
    expect(ids(focusBranch(tree, 'group:experiments'))).toEqual([
      'company',
      'division:product',
      'group:growth',
      'group:experiments',
      'team:ab-testing'
    ])
  })

  it('keeps the groups above a match when the lens hides the rest', () => {
    const hide = matchLens(catalog, Lens.parse({ technologies: ['PostgreSQL'] }))
    expect(ids(viewTree(catalog, { collapsed: teamsCollapsed, hideNonMatches: hide }))).toEqual([
      'company',
      'division:product',
      'group:money',
      'team:billing'
    ])
  })
})

describe('findEntity with groups', () => {
  it('finds a group with its division and the groups down to it', () => {
    const found = findEntity(catalog, 'group:experiments')
    expect(found?.kind).toBe('group')
    if (found?.kind !== 'group') return
    expect(found.group.name).toBe('Experiments')
    expect(found.division.id).toBe('product')
    expect(found.path.map((group) => group.id)).toEqual(['growth', 'experiments'])
    expect(found.group).toBe(catalog.divisions[0].groups[0].groups[0])
  })

  it('finds a team inside a group, with its division', () => {
    expect(findEntity(catalog, 'team:ab-testing')).toMatchObject({
      kind: 'team',
      team: { id: 'ab-testing' },
      division: { id: 'product' }
    })
  })

  it('does not take a group for a team or a division, nor the reverse', () => {
    expect(findEntity(catalog, 'team:growth')).toBeUndefined()
    expect(findEntity(catalog, 'division:growth')).toBeUndefined()
    expect(findEntity(catalog, 'group:product')).toBeUndefined()
    expect(findEntity(catalog, 'group:gone')).toBeUndefined()
  })
})
