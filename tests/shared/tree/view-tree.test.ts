// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { matchLens } from '../../../src/shared/lens/match'
import type { Lens } from '../../../src/shared/lens/lens'
import { walk, type OrgNode } from '../../../src/shared/tree/org-tree'
import { viewTree } from '../../../src/shared/tree/view-tree'
import { makeThreeTeamCatalog } from '../../fixtures/three-team-catalog'

const catalog = makeThreeTeamCatalog()
const ids = (tree: OrgNode) => [...walk(tree)].map((node) => node.id)
const lens = (technologies: string[], mode: Lens['mode'] = 'any'): Lens => ({
  technologies,
  mode,
  includeMentions: false
})

describe('viewTree', () => {
  it('is the whole org with nothing collapsed, focused or hidden', () => {
    expect(ids(viewTree(catalog, { collapsed: new Set() }))).toHaveLength(12)
  })

  it('leaves out the projects of collapsed teams', () => {
    const tree = viewTree(catalog, { collapsed: new Set(['team:api', 'team:web']) })
    expect(ids(tree)).toEqual([
      'company',
      'division:product',
      'team:api',
      'team:web',
      'division:infra',
      'team:ops',
      'project:ops/1',
      'project:ops/2'
    ])
  })

  it('shows only the focused branch, with its ancestors', () => {
    const tree = viewTree(catalog, { collapsed: new Set(['team:ops']), focusId: 'division:infra' })
    expect(ids(tree)).toEqual(['company', 'division:infra', 'team:ops'])
  })

  it('hides the teams and projects the lens does not match, keeping their ancestors', () => {
    // React: team web (stack) and its project web/1.
    const match = matchLens(catalog, lens(['React']))
    const tree = viewTree(catalog, { collapsed: new Set(), hideNonMatches: match })
    expect(ids(tree)).toEqual(['company', 'division:product', 'team:web', 'project:web/1'])
  })

  it('keeps a matching project under a team that does not match itself', () => {
    // With both Go and Kubernetes required, team api (stack Go, Kubernetes only mentioned) does
    // not match, but its project api/2 lists both.
    const match = matchLens(catalog, lens(['Go', 'Kubernetes'], 'all'))
    const tree = viewTree(catalog, { collapsed: new Set(), hideNonMatches: match })
    expect(ids(tree)).toEqual([
      'company',
      'division:product',
      'team:api',
      'project:api/2',
      'division:infra',
      'team:ops',
      'project:ops/2'
    ])
  })

  it('says on each node how many of its teams (a team: its projects) the lens hides', () => {
    const match = matchLens(catalog, lens(['Go', 'Kubernetes'], 'all'))
    const tree = viewTree(catalog, { collapsed: new Set(), hideNonMatches: match })
    const hidden = Object.fromEntries(
      [...walk(tree)].filter((node) => node.hidden).map((node) => [node.id, node.hidden])
    )
    // Product keeps api, hides web (and so does the company); api keeps api/2 of its
    // projects; ops keeps ops/2.
    expect(hidden).toEqual({
      company: 1,
      'division:product': 1,
      'team:api': 1,
      'team:ops': 1
    })
    // Nothing hidden, nothing said.
    const all = viewTree(catalog, { collapsed: new Set() })
    expect([...walk(all)].some((node) => node.hidden !== undefined)).toBe(false)
  })

  it('hides nothing while no technology is selected, even when asked to hide', () => {
    const match = matchLens(catalog, lens([]))
    const tree = viewTree(catalog, { collapsed: new Set(), hideNonMatches: match })
    expect(ids(tree)).toHaveLength(12)
  })

  it('applies focus, then the lens: a focused branch with no match keeps only the company', () => {
    const match = matchLens(catalog, lens(['React']))
    const tree = viewTree(catalog, {
      collapsed: new Set(),
      focusId: 'division:infra',
      hideNonMatches: match
    })
    expect(ids(tree)).toEqual(['company'])
  })
})
