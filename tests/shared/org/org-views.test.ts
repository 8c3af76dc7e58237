// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  hiringTeamIds,
  openRoles,
  roleIndex,
  rolesWithTechnologies
} from '../../../src/shared/org/open-roles'
import { divisionUnit, teamGroups, walkUnits } from '../../../src/shared/org/org-units'
import { relationList } from '../../../src/shared/org/relations'
import { rollUps } from '../../../src/shared/org/roll-ups'
import { loadTeleportCatalog } from '../../fixtures/catalog'
import { makeOrgCatalog } from '../../fixtures/org-catalog'

const catalog = makeOrgCatalog()
const [product, platform] = catalog.divisions

describe('org units', () => {
  it('splits a division into its own teams and its groups, each with every team below it', () => {
    const unit = divisionUnit(product)
    expect(unit.teams.map((team) => team.id)).toEqual(['staff'])
    expect(unit.allTeams.map((team) => team.id)).toEqual([
      'staff',
      'activation',
      'retention',
      'ab-testing',
      'billing'
    ])
    const [growth, money] = unit.groups
    expect(growth).toMatchObject({ kind: 'group', id: 'growth', name: 'Growth' })
    expect(growth.teams.map((team) => team.id)).toEqual(['activation', 'retention'])
    expect(growth.allTeams.map((team) => team.id)).toEqual([
      'activation',
      'retention',
      'ab-testing'
    ])
    expect(growth.groups[0].path.map((group) => group.id)).toEqual(['growth', 'experiments'])
    expect(money.allTeams.map((team) => team.id)).toEqual(['billing'])
  })

  it('walks every division and group, parents first', () => {
    expect([...walkUnits(catalog)].map((unit) => `${unit.kind}:${unit.id}`)).toEqual([
      'division:product',
      'group:growth',
      'group:experiments',
      'group:money',
      'division:platform-division'
    ])
  })

  it("gives a team's groups as objects, from the division down", () => {
    const abTesting = product.teams.find((team) => team.id === 'ab-testing')!
    expect(teamGroups(product, abTesting).map((group) => group.name)).toEqual([
      'Growth',
      'Experiments'
    ])
    expect(teamGroups(platform, platform.teams[0])).toEqual([])
  })
})

describe('rollUps', () => {
  const { company, byId } = rollUps(catalog)

  it('adds up teams, headcount and roles for the company', () => {
    expect(company).toEqual({
      teams: 6,
      members: 27,
      teamsWithHeadcount: 5,
      openRoles: 2,
      soonRoles: 1
    })
  })

  it('rolls up every group and division from all the teams below it', () => {
    expect(byId.get('growth')).toEqual({
      teams: 3,
      members: 12,
      teamsWithHeadcount: 2,
      openRoles: 1,
      soonRoles: 1
    })
    expect(byId.get('experiments')).toMatchObject({ teams: 1, members: 0, teamsWithHeadcount: 0 })
    expect(byId.get('product')).toMatchObject({ teams: 5, members: 18, openRoles: 1 })
    expect(byId.get('platform-division')).toMatchObject({ teams: 1, members: 9, openRoles: 1 })
    expect(byId.get('infra')).toEqual({
      teams: 1,
      members: 9,
      teamsWithHeadcount: 1,
      openRoles: 1,
      soonRoles: 0
    })
  })

  it('counts teams but no people for a catalog without headcounts', () => {
    expect(rollUps(loadTeleportCatalog()).company).toEqual({
      teams: 13,
      members: 0,
      teamsWithHeadcount: 0,
      openRoles: 0,
      soonRoles: 0
    })
  })

  it('is the same object for the same catalog', () => {
    expect(rollUps(catalog)).toBe(rollUps(catalog))
  })
})

describe('roles', () => {
  it('indexes every role with its team, division and groups, in catalog order', () => {
    expect(
      roleIndex(catalog).map((entry) => [
        entry.role.title,
        entry.role.status,
        entry.team.id,
        entry.division.id,
        entry.groups.map((group) => group.id)
      ])
    ).toEqual([
      ['Senior Backend Engineer', 'open', 'activation', 'product', ['growth']],
      ['Frontend Engineer', 'soon', 'retention', 'product', ['growth']],
      ['SRE', 'open', 'infra', 'platform-division', []]
    ])
  })

  it('lists open roles and the teams hiring now (a role opening soon is not hiring now)', () => {
    expect(openRoles(catalog).map((entry) => entry.role.title)).toEqual([
      'Senior Backend Engineer',
      'SRE'
    ])
    expect([...hiringTeamIds(catalog)]).toEqual(['activation', 'infra'])
  })

  it('finds roles by technology, a family standing for its members', () => {
    const titles = (names: string[]) =>
      rolesWithTechnologies(catalog, names).map((entry) => entry.role.title)
    expect(titles(['Kubernetes'])).toEqual(['Senior Backend Engineer', 'SRE'])
    expect(titles(['React', 'Go'])).toEqual(['Senior Backend Engineer', 'Frontend Engineer'])
    expect(titles(['Grafana'])).toEqual(['SRE'])
    expect(titles(['PostgreSQL'])).toEqual([])
  })
})

describe('relationList', () => {
  it('lists each relation once, merging a collaboration both teams name', () => {
    expect(relationList(catalog)).toEqual([
      { from: 'activation', to: 'billing', kind: 'depends-on', mutual: false },
      { from: 'ab-testing', to: 'activation', kind: 'collaborates', mutual: false },
      { from: 'billing', to: 'activation', kind: 'supports', mutual: false },
      { from: 'billing', to: 'infra', kind: 'collaborates', mutual: true }
    ])
  })

  it('is empty for a catalog without relations', () => {
    expect(relationList(loadTeleportCatalog())).toEqual([])
  })
})
