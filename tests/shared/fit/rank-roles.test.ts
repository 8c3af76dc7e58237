// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { rankTeams } from '../../../src/shared/fit/rank'
import { makeOrgCatalog } from '../../fixtures/org-catalog'

const catalog = makeOrgCatalog()

describe('rankTeams with open roles', () => {
  it('gives the open roles as the first reasons, naming the technologies that match', () => {
    const fits = rankTeams(catalog, { technologies: ['Go', 'Kubernetes'], interests: [] })
    const activation = fits.find((fit) => fit.team === 'activation')!
    expect(activation.reasons[0]).toEqual({
      kind: 'role',
      title: 'Senior Backend Engineer',
      status: 'open',
      technologies: ['Go', 'Kubernetes'],
      url: 'https://example.com/jobs/1',
      text: 'hiring Senior Backend Engineer — Go and Kubernetes match you'
    })
    expect(activation).toMatchObject({ groupPath: ['growth'], hiring: true })
  })

  it('counts a technology a team hires for, though its stack does not state it', () => {
    // activation states Go; its open role also needs Kubernetes (2 points of 3): 5 of 6.
    const fits = rankTeams(catalog, { technologies: ['Go', 'Kubernetes'], interests: [] })
    expect(fits.find((fit) => fit.team === 'activation')?.score).toBe(83)
    // Without the role, Kubernetes would not count for activation at all.
    const alone = rankTeams(catalog, { technologies: ['Kubernetes'], interests: [] })
    expect(alone.map((fit) => [fit.team, fit.score])).toEqual([
      ['infra', 100],
      ['activation', 67]
    ])
  })

  it('says when a role opens soon, and lists roles that match nothing as also hiring', () => {
    const retention = rankTeams(catalog, { technologies: ['React'], interests: [] })[0]
    expect(retention.reasons[0].text).toBe('soon hiring Frontend Engineer — React matches you')
    expect(retention.hiring).toBe(false)
    const infra = rankTeams(catalog, { technologies: ['Kubernetes'], interests: [] })[0]
    expect(infra.reasons.map((reason) => reason.text)).toEqual([
      'hiring SRE — Kubernetes matches you',
      "Kubernetes is in the team's stated stack"
    ])
    const goTeams = rankTeams(catalog, { technologies: ['Go'], interests: [] })
    expect(goTeams.find((fit) => fit.team === 'activation')?.reasons[0].text).toBe(
      'hiring Senior Backend Engineer — Go matches you'
    )
    const grafana = rankTeams(catalog, { technologies: ['PostgreSQL'], interests: [] })
    expect(grafana.map((fit) => fit.team)).toEqual(['billing'])
    const postgres = rankTeams(catalog, { technologies: ['React', 'Kubernetes'], interests: [] })
    expect(postgres.find((fit) => fit.team === 'activation')?.reasons[0].text).toBe(
      'hiring Senior Backend Engineer — Kubernetes matches you'
    )
  })

  it('keeps only teams with a role open now when asked', () => {
    const query = { technologies: ['Go', 'React', 'Kubernetes'], interests: [] }
    // activation 5 of 9 points (Go, and Kubernetes for its role); the others 3, in catalog order.
    expect(rankTeams(catalog, query).map((fit) => fit.team)).toEqual([
      'activation',
      'retention',
      'ab-testing',
      'infra'
    ])
    expect(rankTeams(catalog, { ...query, onlyHiring: true }).map((fit) => fit.team)).toEqual([
      'activation',
      'infra'
    ])
  })

  it('lists a role that matches none of the technologies after those that do', () => {
    const fits = rankTeams(catalog, { technologies: ['PostgreSQL', 'Kubernetes'], interests: [] })
    expect(fits.find((fit) => fit.team === 'infra')?.reasons[0].text).toBe(
      'hiring SRE — Kubernetes matches you'
    )
  })
})
