// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Lens as LensValue } from '../../../src/shared/lens/lens'
import { matchLens } from '../../../src/shared/lens/match'
import { Lens } from '../../../src/shared/lens/lens'
import { loadTeleportCatalog } from '../../fixtures/catalog'
import { makeThreeTeamCatalog } from '../../fixtures/three-team-catalog'

// api: Go, mentions Kubernetes; web: React; ops: Kubernetes, Go. Projects: see the fixture.
const catalog = makeThreeTeamCatalog()

function lens(overrides: Partial<LensValue>): LensValue {
  return Lens.parse(overrides)
}

function matched(options: Partial<LensValue>) {
  const result = matchLens(catalog, lens(options))
  return { ...result, teams: [...result.teams], projects: [...result.projects] }
}

describe('matchLens', () => {
  it('matches teams with any of two technologies, or only those with all of them', () => {
    expect(matched({ technologies: ['Go', 'Kubernetes'], mode: 'any' }).teams).toEqual([
      'api',
      'ops'
    ])
    expect(matched({ technologies: ['Go', 'Kubernetes'], mode: 'all' }).teams).toEqual(['ops'])
  })

  it('defaults to any, stack only', () => {
    expect(lens({})).toEqual({ technologies: [], mode: 'any', includeMentions: false })
    expect(matched({ technologies: ['Go', 'React'] }).teams).toEqual(['api', 'web', 'ops'])
  })

  it('ignores mentioned technologies unless asked to include them', () => {
    expect(matched({ technologies: ['Kubernetes'] }).teams).toEqual(['ops'])
    expect(matched({ technologies: ['Kubernetes'], includeMentions: true }).teams).toEqual([
      'api',
      'ops'
    ])
  })

  it('lets a mention complete an all-match when mentions are included', () => {
    const both: Partial<LensValue> = { technologies: ['Go', 'Kubernetes'], mode: 'all' }
    expect(matched(both).teams).toEqual(['ops'])
    expect(matched({ ...both, includeMentions: true }).teams).toEqual(['api', 'ops'])
  })

  it('marks each team with the selected technologies it has, in selection order', () => {
    const kubernetesFirst = matched({ technologies: ['Kubernetes', 'Go'] }).marks
    expect(kubernetesFirst.get('ops')).toEqual(['Kubernetes', 'Go'])
    expect(kubernetesFirst.get('api')).toEqual(['Go'])
    expect(kubernetesFirst.has('web')).toBe(false)

    const goFirst = matched({ technologies: ['Go', 'Kubernetes'], includeMentions: true }).marks
    expect(goFirst.get('ops')).toEqual(['Go', 'Kubernetes'])
    expect(goFirst.get('api')).toEqual(['Go', 'Kubernetes'])
  })

  it('marks what a team has even when it misses an all-match', () => {
    const result = matched({ technologies: ['Go', 'Kubernetes'], mode: 'all' })
    expect(result.teams).not.toContain('api')
    expect(result.marks.get('api')).toEqual(['Go'])
  })

  it("matches projects on their own technologies, not their team's", () => {
    // web/2 lists Go though web's stack does not; ops/1 lists nothing though ops has Go.
    expect(matched({ technologies: ['Go'] }).projects).toEqual(['api/1', 'api/2', 'web/2', 'ops/2'])
    expect(matched({ technologies: ['Go', 'Kubernetes'], mode: 'all' }).projects).toEqual([
      'api/2',
      'ops/2'
    ])
  })

  it('is inactive and matches nothing when no technology is selected, in either mode', () => {
    for (const mode of ['any', 'all'] as const) {
      const result = matched({ technologies: [], mode, includeMentions: true })
      expect(result).toMatchObject({ active: false, teams: [], projects: [] })
      expect(result.marks.size).toBe(0)
    }
    expect(matched({ technologies: ['React'] }).active).toBe(true)
  })

  describe('on the Teleport catalog', () => {
    const teleport = loadTeleportCatalog()

    it('matches exactly the two teams whose stated stack has Kubernetes', () => {
      const result = matchLens(teleport, lens({ technologies: ['Kubernetes'] }))
      expect([...result.teams]).toEqual(['cloud-reliability', 'cloud-application'])
    })

    it('adds the teams that only mention Kubernetes when mentions are included', () => {
      const result = matchLens(
        teleport,
        lens({ technologies: ['Kubernetes'], includeMentions: true })
      )
      expect([...result.teams]).toEqual([
        'server-and-kubernetes-access',
        'teleport-devops',
        'cloud-reliability',
        'cloud-application'
      ])
    })
  })
})
