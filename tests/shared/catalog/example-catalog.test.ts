// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { allTeams } from '../../../src/shared/catalog/all-teams'
import { walkUnits } from '../../../src/shared/org/org-units'
import { relationList } from '../../../src/shared/org/relations'
import { rollUps } from '../../../src/shared/org/roll-ups'
import { loadCatalog, loadTeleportCatalog } from '../../fixtures/catalog'

const FILE = 'data/examples/quillfeather.yaml'
const catalog = loadCatalog(
  readFileSync(new URL(`../../../${FILE}`, import.meta.url), 'utf8'),
  FILE
)
const teams = allTeams(catalog)

describe('the fictional example catalog (data/examples/quillfeather.yaml)', () => {
  it('loads as schemaVersion 2 and says it is fictional', () => {
    expect(catalog.schemaVersion).toBe(2)
    expect(catalog.company.summary).toMatch(/\bfictional\b/)
  })

  it('nests groups three deep beside teams directly under a division', () => {
    const depths = [...walkUnits(catalog)].map((unit) => unit.path.length)
    expect(Math.max(...depths)).toBe(3)
    expect(teams.some((team) => team.groupPath.length === 0)).toBe(true)
  })

  it('names leads and headcounts, rolled up for the company', () => {
    expect(teams.filter((team) => team.lead).length).toBeGreaterThan(3)
    expect(rollUps(catalog).company.members).toBeGreaterThan(50)
  })

  it('has open roles and roles opening soon, with technologies', () => {
    const roles = teams.flatMap((team) => team.roles)
    expect(new Set(roles.map((role) => role.status))).toEqual(new Set(['open', 'soon']))
    expect(roles.every((role) => role.technologies.length > 0)).toBe(true)
  })

  it('lists responsibilities, relations of all three kinds and technology families', () => {
    expect(teams.filter((team) => team.responsibilities.length > 0).length).toBeGreaterThan(3)
    expect(new Set(relationList(catalog).map((relation) => relation.kind))).toEqual(
      new Set(['collaborates', 'depends-on', 'supports'])
    )
    expect(catalog.technologies.filter((technology) => technology.family).length).toBeGreaterThan(1)
  })
})

describe('the bundled Teleport catalog', () => {
  it('invents no people, roles, groups, responsibilities or relations: its guide states none', () => {
    const teleport = loadTeleportCatalog()
    expect(teleport.divisions.flatMap((division) => division.groups)).toEqual([])
    for (const team of allTeams(teleport)) {
      expect(team, team.id).not.toHaveProperty('lead')
      expect(team, team.id).not.toHaveProperty('members')
      expect(team.roles, team.id).toEqual([])
      expect(team.responsibilities, team.id).toEqual([])
      expect(team.relations, team.id).toEqual([])
    }
    // The file names one family (Grafana Cloud's); Loki's is the technology dictionary's, whose
    // family the registry holds too. Terraform and Packer are both HashiCorp's to the dictionary:
    // the registry implies that family, which the file does not list.
    expect(teleport.technologies.filter((t) => t.family).map((t) => [t.name, t.family])).toEqual([
      ['Terraform', 'HashiCorp'],
      ['Packer', 'HashiCorp'],
      ['Loki', 'Grafana'],
      ['Grafana Cloud', 'Grafana']
    ])
    expect(teleport.technologies.filter((t) => t.implied).map((t) => t.name)).toEqual(['HashiCorp'])
  })
})
