// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { expandSelection, familyMembers } from '../../../src/shared/lens/families'
import type { Lens as LensValue } from '../../../src/shared/lens/lens'
import { matchLens } from '../../../src/shared/lens/match'
import { Lens } from '../../../src/shared/lens/lens'
import {
  lensCount,
  lensTeamCount,
  rankByLensCount,
  technologyIndex
} from '../../../src/shared/lens/technology-index'
import { loadTeleportCatalog } from '../../fixtures/catalog'
import { makeOrgCatalog } from '../../fixtures/org-catalog'

// Grafana: ab-testing (stack). Grafana Cloud: billing (stack), retention (mentions).
const catalog = makeOrgCatalog()

const matched = (options: Partial<LensValue>) => {
  const found = matchLens(catalog, Lens.parse(options))
  return { ...found, teams: [...found.teams], projects: [...found.projects] }
}
const usage = (name: string) => technologyIndex(catalog).find((entry) => entry.name === name)!

describe('technology families in the lens', () => {
  it('knows each family’s members', () => {
    expect(familyMembers(catalog)).toEqual(new Map([['Grafana', ['Grafana Cloud']]]))
    expect(expandSelection(catalog, ['Grafana', 'Go'])).toEqual(
      new Map([
        ['Grafana', ['Grafana', 'Grafana Cloud']],
        ['Go', ['Go']]
      ])
    )
  })

  it('matches a family’s members when the family is selected, and says through which', () => {
    const grafana = matched({ technologies: ['Grafana'] })
    expect(grafana.teams).toEqual(['ab-testing', 'billing'])
    expect(grafana.marks.get('billing')).toEqual(['Grafana'])
    expect(grafana.projects).toEqual(['billing/1'])
    expect(grafana.via).toEqual(new Map([['Grafana Cloud', 'Grafana']]))
  })

  it('includes mentions of a member only when mentions are included', () => {
    expect(matched({ technologies: ['Grafana'], includeMentions: true }).teams).toEqual([
      'retention',
      'ab-testing',
      'billing'
    ])
  })

  it('keeps a selected member to itself: selecting Grafana Cloud does not light Grafana', () => {
    const cloud = matched({ technologies: ['Grafana Cloud'] })
    expect(cloud.teams).toEqual(['billing'])
    expect(cloud.via.size).toBe(0)
  })

  it('lets a member satisfy its family in an all-match', () => {
    expect(matched({ technologies: ['Grafana', 'PostgreSQL'], mode: 'all' }).teams).toEqual([
      'billing'
    ])
    expect(matched({ technologies: ['Grafana', 'Go'], mode: 'all' }).teams).toEqual(['ab-testing'])
  })

  it('counts a family with its members: "Grafana — 2 teams (1 via Grafana Cloud)"', () => {
    expect(lensCount(usage('Grafana'), false)).toEqual({
      teams: 2,
      direct: 1,
      via: 1,
      viaMembers: ['Grafana Cloud']
    })
    expect(lensCount(usage('Grafana'), true)).toEqual({
      teams: 3,
      direct: 1,
      via: 2,
      viaMembers: ['Grafana Cloud']
    })
    expect(usage('Grafana')).toMatchObject({
      members: ['Grafana Cloud'],
      teams: ['ab-testing'],
      withMembers: { stackTeams: ['ab-testing', 'billing'], projects: ['billing/1'] }
    })
    expect(usage('Grafana Cloud')).toMatchObject({ family: 'Grafana', members: [] })
    expect(lensCount(usage('Go'), false)).toEqual({ teams: 2, direct: 2, via: 0, viaMembers: [] })
  })

  it('ranks a family by the teams it lights in the lens', () => {
    const ranked = rankByLensCount(technologyIndex(catalog), false).map((entry) => [
      entry.name,
      lensTeamCount(entry, false)
    ])
    expect(ranked.slice(0, 3)).toEqual([
      ['Go', 2],
      ['Grafana', 2],
      // Ties: by every team that names it (Grafana Cloud is mentioned by retention too).
      ['Grafana Cloud', 1]
    ])
  })
})

describe('the bundled Teleport catalog’s Grafana family', () => {
  it('finds the team on Grafana Cloud when Grafana is selected', () => {
    const teleport = loadTeleportCatalog()
    const found = matchLens(teleport, Lens.parse({ technologies: ['Grafana'] }))
    expect([...found.teams]).toEqual(['cloud-reliability', 'cloud-application'])
    const grafana = technologyIndex(teleport).find((entry) => entry.name === 'Grafana')!
    expect(lensCount(grafana, false)).toEqual({
      teams: 2,
      direct: 1,
      via: 1,
      // Loki is in the family by the technology dictionary; cloud-reliability, the one team
      // that names it, names Grafana Cloud too.
      viaMembers: ['Loki', 'Grafana Cloud']
    })
  })
})
