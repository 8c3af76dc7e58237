// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import {
  lensTeamCount,
  rankByLensCount,
  technologyIndex
} from '../../../src/shared/lens/technology-index'
import { loadTeleportCatalog, makeCatalog, makeDivision, makeTeam } from '../../fixtures/catalog'
import { makeThreeTeamCatalog } from '../../fixtures/three-team-catalog'

// api: Go, mentions Kubernetes; web: React; ops: Kubernetes, Go. Projects: see the fixture.
const catalog = makeThreeTeamCatalog()

function usage(name: string) {
  const found = technologyIndex(catalog).find((entry) => entry.name === name)
  if (!found) throw new Error(`no technology "${name}"`)
  return found
}

describe('technologyIndex', () => {
  it('lists every registry technology with its aliases and category', () => {
    expect(
      technologyIndex(catalog).map(({ name, aliases, category }) => ({ name, aliases, category }))
    ).toEqual(
      expect.arrayContaining([{ name: 'Kubernetes', aliases: ['k8s'], category: 'platform' }])
    )
    expect(technologyIndex(catalog)).toHaveLength(3)
  })

  it('keeps teams that state a technology apart from teams that only mention it', () => {
    expect(usage('Kubernetes')).toMatchObject({ stackTeams: ['ops'], mentionTeams: ['api'] })
    expect(usage('Go')).toMatchObject({ stackTeams: ['api', 'ops'], mentionTeams: [] })
  })

  it('counts each team once across stack and mentions, in catalog order', () => {
    expect(usage('Kubernetes').teams).toEqual(['api', 'ops'])
    expect(usage('React').teams).toEqual(['web'])
  })

  it('lists the projects that use a technology by project id, from their own list', () => {
    // web/2 lists Go though web's stack does not; ops/1 lists nothing though ops has Go.
    expect(usage('Go').projects).toEqual(['api/1', 'api/2', 'web/2', 'ops/2'])
    expect(usage('React').projects).toEqual(['web/1'])
  })

  it('puts the most shared technologies first, then sorts by name', () => {
    expect(technologyIndex(catalog).map((entry) => [entry.name, entry.teams.length])).toEqual([
      ['Go', 2],
      ['Kubernetes', 2],
      ['React', 1]
    ])
  })

  it('sorts names case-insensitively and keeps unused technologies, last', () => {
    const unused = makeCatalog({
      technologies: [
        { name: 'zsh', category: 'tooling' },
        { name: 'eBPF', category: 'platform' },
        { name: 'Go', category: 'language' },
        { name: 'Ansible', category: 'infrastructure' }
      ],
      divisions: [makeDivision({ teams: [makeTeam({ stack: ['Go'] })] })]
    })
    expect(technologyIndex(unused).map((entry) => entry.name)).toEqual([
      'Go',
      'Ansible',
      'eBPF',
      'zsh'
    ])
    expect(technologyIndex(unused).at(-1)).toMatchObject({ teams: [], projects: [] })
  })

  it('finds Kubernetes as the most shared technology of the Teleport catalog', () => {
    const [first] = technologyIndex(loadTeleportCatalog())
    expect(first).toMatchObject({
      name: 'Kubernetes',
      teams: [
        'server-and-kubernetes-access',
        'teleport-devops',
        'cloud-reliability',
        'cloud-application'
      ],
      stackTeams: ['cloud-reliability', 'cloud-application']
    })
  })
})

describe('technologyIndex (one pass)', () => {
  it('equals the per-technology scans it replaced, order included, on a synthetic catalog', async () => {
    const { syntheticCatalogYaml } = await import('../../../src/shared/synth/synthetic-catalog')
    const { loadCatalog } = await import('../../fixtures/catalog')
    // Without the families the technology dictionary gives it (BigQuery → GCP) or implies
    // (HashiCorp, for Terraform, Vault and others): the scans below are those of technologies alone;
    // families have their own tests (families.test.ts).
    const loaded = loadCatalog(syntheticCatalogYaml({ teams: 300, seed: 8 }))
    const big = {
      ...loaded,
      technologies: loaded.technologies
        .filter((technology) => !technology.implied)
        .map(({ family: _family, ...technology }) => technology)
    }
    const teams = big.divisions.flatMap((d) => d.teams)
    const projects = teams.flatMap((t) => t.projects)
    const reference = big.technologies
      .map(({ name, aliases, category }) => {
        const direct = {
          stackTeams: teams.filter((t) => t.stack.includes(name)).map((t) => t.id),
          teams: teams
            .filter((t) => t.stack.includes(name) || t.mentions.includes(name))
            .map((t) => t.id),
          projects: projects.filter((p) => p.technologies.includes(name)).map((p) => p.id)
        }
        return {
          name,
          aliases,
          category,
          ...direct,
          mentionTeams: teams.filter((t) => t.mentions.includes(name)).map((t) => t.id),
          // A synthetic catalog has no families: selecting a technology matches it alone.
          members: [],
          withMembers: { ...direct, viaMembers: { stack: [], all: [] } }
        }
      })
      .sort(
        (a, b) =>
          b.teams.length - a.teams.length ||
          (a.name.toLowerCase() < b.name.toLowerCase()
            ? -1
            : a.name.toLowerCase() > b.name.toLowerCase()
              ? 1
              : 0)
      )
    expect(technologyIndex(big)).toEqual(reference)
  })
})

describe('rankByLensCount', () => {
  const names = (includeMentions: boolean) =>
    rankByLensCount(technologyIndex(catalog), includeMentions).map((entry) => entry.name)

  it('ranks by stack teams, ties broken by every team that names it, then by name', () => {
    // Go: 2 in stack; Kubernetes: 1 in stack + 1 mention; React: 1 in stack.
    expect(names(false)).toEqual(['Go', 'Kubernetes', 'React'])
    expect(lensTeamCount(usage('Kubernetes'), false)).toBe(1)
  })

  it('breaks ties by name case-insensitively, without localeCompare (slow on first use)', () => {
    const localeCompare = vi.spyOn(String.prototype, 'localeCompare')
    try {
      const teleport = loadTeleportCatalog()
      const ranked = rankByLensCount(technologyIndex(teleport), false)
      expect(localeCompare).not.toHaveBeenCalled()
      for (let i = 1; i < ranked.length; i++) {
        const [a, b] = [ranked[i - 1], ranked[i]]
        if (lensTeamCount(a, false) !== lensTeamCount(b, false)) continue
        if (a.teams.length !== b.teams.length) continue
        expect(a.name.toLowerCase() < b.name.toLowerCase(), `${a.name} before ${b.name}`).toBe(true)
      }
    } finally {
      localeCompare.mockRestore()
    }
  })

  it('counts mentions too when the lens includes them', () => {
    expect(lensTeamCount(usage('Kubernetes'), true)).toBe(2)
    // Go and Kubernetes both count 2 teams: by name.
    expect(names(true)).toEqual(['Go', 'Kubernetes', 'React'])
  })

  it('on Teleport, puts a mention-only technology after every stated one', () => {
    const teleport = technologyIndex(loadTeleportCatalog())
    const ranked = rankByLensCount(teleport, false)
    const firstMentionOnly = ranked.findIndex((entry) => lensTeamCount(entry, false) === 0)
    expect(firstMentionOnly).toBeGreaterThan(0)
    expect(ranked.slice(firstMentionOnly).every((entry) => lensTeamCount(entry, false) === 0)).toBe(
      true
    )
    expect(ranked.slice(0, 4).map((entry) => entry.name)).toEqual([
      'Kubernetes',
      'AWS',
      'Terraform',
      'Go'
    ])
  })
})

describe('technologyIndex, families', () => {
  it("lists a family's teams and projects with its members', once each, in catalog order", async () => {
    const { syntheticCatalogYaml } = await import('../../../src/shared/synth/synthetic-catalog')
    const { loadCatalog } = await import('../../fixtures/catalog')
    // The dictionary gives this catalog families (Loki → Grafana, BigQuery → GCP, …).
    const catalog = loadCatalog(syntheticCatalogYaml({ teams: 300, seed: 8 }))
    const teams = catalog.divisions.flatMap((d) => d.teams)
    const projects = teams.flatMap((t) => t.projects)
    const index = technologyIndex(catalog)
    const families = index.filter((usage) => usage.members.length > 0)
    expect(families.length).toBeGreaterThan(0)
    for (const family of families) {
      const names = [family.name, ...family.members]
      const named = (list: readonly string[]) => list.some((name) => names.includes(name))
      expect(family.withMembers, family.name).toMatchObject({
        stackTeams: teams.filter((t) => named(t.stack)).map((t) => t.id),
        teams: teams.filter((t) => named(t.stack) || named(t.mentions)).map((t) => t.id),
        projects: projects.filter((p) => named(p.technologies)).map((p) => p.id)
      })
    }
  })
})
