// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { rankTeams, type TeamFit } from '../../../src/shared/fit/rank'
import { loadTeleportCatalog, makeCatalog, makeDivision, makeTeam } from '../../fixtures/catalog'
import type { TeamInput } from '../../fixtures/catalog'

const teleport = loadTeleportCatalog()

const ids = (fits: TeamFit[]) => fits.map((fit) => fit.team)
const texts = (fit: TeamFit | undefined) => fit?.reasons.map((reason) => reason.text) ?? []

/** Registry: Go, Kubernetes (k8s), React; one division holding the given teams. */
function catalogOf(...teams: TeamInput[]) {
  return makeCatalog({ divisions: [makeDivision({ teams })] })
}

describe('rankTeams on the Teleport catalog', () => {
  it('puts the two teams that state Go and Kubernetes as their stack on top', () => {
    const fits = rankTeams(teleport, { technologies: ['Go', 'Kubernetes'], interests: [] })
    expect(ids(fits.slice(0, 2)).sort()).toEqual(['cloud-application', 'cloud-reliability'])
    for (const fit of fits.slice(0, 2)) {
      expect(fit.score).toBe(100)
      expect(fit.reasons).toEqual(
        expect.arrayContaining([
          { kind: 'stack', technology: 'Go', text: "Go is in the team's stated stack" },
          {
            kind: 'stack',
            technology: 'Kubernetes',
            text: "Kubernetes is in the team's stated stack"
          }
        ])
      )
    }
    expect(fits.slice(2).every((fit) => fit.score < 100)).toBe(true)
  })

  it('names the projects that use a technology', () => {
    const fits = rankTeams(teleport, { technologies: ['Kubernetes'], interests: [] })
    const application = fits.find((fit) => fit.team === 'cloud-application')
    expect(application?.reasons).toContainEqual({
      kind: 'project',
      project: 'cloud-application/1',
      title: 'Custom Kubernetes operators',
      technology: 'Kubernetes',
      text: "works on 'Custom Kubernetes operators', which uses Kubernetes"
    })
  })

  it('ranks Cloud Application first for React, the only team with it', () => {
    const fits = rankTeams(teleport, { technologies: ['React'], interests: [] })
    expect(ids(fits)).toEqual(['cloud-application'])
    expect(fits[0]).toMatchObject({ name: 'Cloud Application Team', division: 'cloud', score: 100 })
  })

  it('finds the desktop teams for an interest in desktop, the one named for it first', () => {
    const fits = rankTeams(teleport, { technologies: [], interests: ['desktop'] })
    expect(ids(fits)).toEqual(['desktop-access', 'teleport-terminal'])
    expect(fits[0].score).toBeGreaterThan(fits[1].score)
    expect(texts(fits[1])).toContain(
      "matches your interest in desktop: 'creating desktop applications that make Teleport easier'"
    )
  })

  it('weighs interest evidence: the security teams outrank teams that only say "secure"', () => {
    const fits = rankTeams(teleport, { technologies: [], interests: ['security'] })
    expect(ids(fits.slice(0, 2)).sort()).toEqual([
      'cloud-security-infrastructure',
      'product-security'
    ])
    const score = (id: string) => fits.find((fit) => fit.team === id)?.score ?? 0
    expect(score('product-security')).toBe(100)
    expect(score('internal-tools')).toBeLessThan(score('product-security'))
    expect(texts(fits.find((fit) => fit.team === 'product-security'))).toContain(
      "matches your interest in security: 'application security for the entire product'"
    )
  })

  it('counts a monitoring toolset as weaker SRE evidence than the team’s own words', () => {
    const fits = rankTeams(teleport, { technologies: ['Go', 'Kubernetes'], interests: ['sre'] })
    expect(ids(fits.slice(0, 2))).toEqual(['cloud-reliability', 'cloud-application'])
    expect(fits[0].score).toBe(100)
    expect(fits[1].score).toBeLessThan(100)
  })

  it('gives the same ranking every time', () => {
    const query = { technologies: ['Kubernetes', 'Go'], interests: ['sre', 'security'] }
    expect(rankTeams(teleport, query)).toEqual(rankTeams(teleport, query))
  })
})

describe('rankTeams scoring', () => {
  it('ranks a stated stack above a project, and a project above a mention', () => {
    const catalog = catalogOf(
      makeTeam({ id: 'mentions', mentions: ['Go'] }),
      makeTeam({ id: 'project', projects: [{ title: 'Gateway', technologies: ['Go'] }] }),
      makeTeam({ id: 'stack', stack: ['Go'] })
    )
    const fits = rankTeams(catalog, { technologies: ['Go'], interests: [] })
    expect(fits.map((fit) => [fit.team, fit.score])).toEqual([
      ['stack', 100],
      ['project', 67],
      ['mentions', 33]
    ])
    expect(fits[2].reasons).toEqual([
      {
        kind: 'mention',
        technology: 'Go',
        text: "the team's description mentions Go, though not as its stated stack"
      }
    ])
  })

  it('scores against the best possible team for the query, so unmet terms lower every score', () => {
    const catalog = catalogOf(makeTeam({ id: 'api', stack: ['Go'] }))
    expect(rankTeams(catalog, { technologies: ['Go'], interests: [] })[0].score).toBe(100)
    expect(rankTeams(catalog, { technologies: ['Go', 'React'], interests: [] })[0].score).toBe(50)
  })

  it('counts a technology or interest given twice once', () => {
    const catalog = catalogOf(makeTeam({ id: 'api', stack: ['Go'] }))
    const fits = rankTeams(catalog, { technologies: ['Go', 'Go'], interests: [] })
    expect(fits[0].score).toBe(100)
    expect(fits[0].reasons).toHaveLength(1)
  })

  it('breaks ties by catalog order', () => {
    const a = makeTeam({ id: 'alpha', stack: ['React'] })
    const b = makeTeam({ id: 'beta', stack: ['React'] })
    const query = { technologies: ['React'], interests: [] }
    expect(ids(rankTeams(catalogOf(a, b), query))).toEqual(['alpha', 'beta'])
    expect(ids(rankTeams(catalogOf(b, a), query))).toEqual(['beta', 'alpha'])
  })

  it('returns nothing when no team matches, or nothing was asked', () => {
    const catalog = catalogOf(makeTeam({ id: 'api', stack: ['Go'] }))
    expect(rankTeams(catalog, { technologies: ['React'], interests: ['security'] })).toEqual([])
    expect(rankTeams(catalog, { technologies: [], interests: [] })).toEqual([])
  })

  it('shows a forming team, and says it is still forming', () => {
    const catalog = catalogOf(
      makeTeam({ id: 'appsec', name: 'Application Security', status: 'forming', summary: 'TBD' })
    )
    const [fit] = rankTeams(catalog, { technologies: [], interests: ['security'] })
    expect(fit.team).toBe('appsec')
    expect(fit.reasons[0]).toEqual({
      kind: 'forming',
      text: 'the team is still being formed and defined'
    })
  })

  it('explains an interest matched in a project summary with a quote', () => {
    const catalog = catalogOf(
      makeTeam({
        id: 'ops',
        summary: '',
        projects: [{ title: 'Phase two', status: 'planned', summary: 'Write the on-call runbook.' }]
      })
    )
    const [fit] = rankTeams(catalog, { technologies: [], interests: ['sre'] })
    expect(fit.reasons).toEqual([
      {
        kind: 'project',
        project: 'ops/1',
        title: 'Phase two',
        interest: 'sre',
        evidence: 'Write the on-call runbook',
        text: "plans to work on 'Phase two' ('Write the on-call runbook'), which matches your interest in SRE / reliability"
      }
    ])
  })
})
