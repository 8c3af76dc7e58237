// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Catalog, CatalogTeam } from '../../../src/shared/catalog/catalog'
import { allTeams } from '../../../src/shared/catalog/all-teams'
import { formatDiagnostic } from '../../../src/shared/catalog/format-diagnostic'
import { loadCatalogText } from '../../../src/shared/catalog/load'

const FILE = new URL('../../../data/teleport.yaml', import.meta.url)

function loadTeleport(): Catalog {
  const result = loadCatalogText(readFileSync(FILE, 'utf8'), 'data/teleport.yaml')
  if (!result.ok) throw new Error(result.errors.map(formatDiagnostic).join('\n'))
  return result.value
}

const catalog = loadTeleport()

function team(id: string): CatalogTeam {
  const found = allTeams(catalog).find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no team "${id}"`)
  return found
}

function isDeeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen)
}

describe('the bundled Teleport catalog', () => {
  it('loads without diagnostics', () => {
    expect(loadCatalogText(readFileSync(FILE, 'utf8'), 'data/teleport.yaml').ok).toBe(true)
  })

  it('has the Core division with 9 teams and the Cloud division with 4', () => {
    expect(catalog.divisions.map((d) => [d.name, d.teams.length])).toEqual([
      ['Core', 9],
      ['Cloud', 4]
    ])
    expect(allTeams(catalog)).toHaveLength(13)
  })

  it('keeps the TBD Cloud Tools Team as a forming team', () => {
    expect(team('cloud-tools')).toMatchObject({ name: 'Cloud Tools Team', status: 'forming' })
  })

  it('resolves the Cloud Reliability stack as the guide spells it to canonical names', () => {
    const { stack } = team('cloud-reliability')
    expect(stack).toEqual(expect.arrayContaining(['Go', 'AWS', 'Drone']))
    expect(stack).not.toContain('Golang')
    expect(stack).not.toContain('Amazon Web Services')
    expect(stack).not.toContain('Drone.io')
  })

  it('keeps known projects and their links', () => {
    expect(team('application-and-database-access').projects).toContainEqual(
      expect.objectContaining({
        title: 'MongoDB protocol support for Database Access',
        status: 'recent',
        technologies: ['MongoDB'],
        links: [
          {
            label: '#7213 MongoDB protocol',
            url: 'https://github.com/gravitational/teleport/pull/7213'
          }
        ]
      })
    )
    expect(team('desktop-access').projects[0].links[0].url).toBe(
      'https://github.com/gravitational/teleport/pull/7725'
    )
    expect(team('server-and-kubernetes-access').links.map((link) => link.url)).toEqual([
      'https://goteleport.com/ssh-server-access/',
      'https://goteleport.com/kubernetes-access/'
    ])
  })

  it('gives every team a summary', () => {
    for (const { id, summary } of allTeams(catalog)) expect(summary.trim(), id).not.toBe('')
  })

  it('gives every team that is not forming at least one project', () => {
    for (const { id, status, projects } of allTeams(catalog)) {
      if (status !== 'forming') expect(projects.length, id).toBeGreaterThan(0)
    }
  })

  it('is deeply frozen, so no consumer can change what the others see', () => {
    expect(isDeeplyFrozen(catalog)).toBe(true)
    expect(() => {
      ;(catalog.divisions[0].teams[0].stack as string[]).push('Rust')
    }).toThrow(TypeError)
  })
})
