// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  catalogInterests,
  INTEREST_AREAS,
  interestEvidence,
  resolveInterest
} from '../../../src/shared/fit/interests'
import { loadTeleportCatalog, makeCatalog, makeDivision, makeTeam } from '../../fixtures/catalog'
import type { TeamInput } from '../../fixtures/catalog'

/** A one-division catalog of the given teams, with a registry wider than the default fixture's. */
function catalogOf(...teams: TeamInput[]) {
  return makeCatalog({
    technologies: [
      { name: 'Go', category: 'language' },
      { name: 'Grafana', category: 'observability' },
      { name: 'PostgreSQL', aliases: ['Postgres'], category: 'data' },
      { name: 'Vue', category: 'frontend' }
    ],
    divisions: [makeDivision({ teams })]
  })
}

/** Interest id → team ids, the shape most assertions read best in. */
function interestMap(catalog: ReturnType<typeof catalogOf>) {
  return Object.fromEntries(catalogInterests(catalog).map((i) => [i.id, i.teams]))
}

describe('catalogInterests on a made-up catalog', () => {
  const catalog = catalogOf(
    makeTeam({
      id: 'checkout',
      name: 'Checkout',
      summary: 'Builds the checkout experience of our iOS and Android apps.'
    }),
    makeTeam({
      id: 'ledger',
      name: 'Ledger',
      summary: 'Owns the payments database and its replication across regions.',
      stack: ['Go', 'Postgres']
    }),
    makeTeam({ id: 'watchtower', name: 'Watchtower', summary: '', stack: ['Grafana'] }),
    makeTeam({
      id: 'storefront',
      name: 'Storefront',
      summary: 'Runs the shop pages.',
      projects: [{ title: 'Faster pages', summary: 'Cut the latency of the home page in half.' }]
    })
  )

  it('offers only the interests its teams have, whatever the company', () => {
    expect(interestMap(catalog)).toEqual({
      sre: ['watchtower'],
      observability: ['watchtower'],
      mobile: ['checkout'],
      databases: ['ledger'],
      performance: ['storefront'],
      'distributed-systems': ['ledger']
    })
  })

  it('finds an interest from technology categories alone, with no words to go on', () => {
    const evidence = interestEvidence(catalog).get('watchtower')
    expect(evidence?.get('observability')).toEqual([
      { source: 'technology', technology: 'Grafana', place: 'stack' }
    ])
  })

  it('gives every interest an id, label and description from the vocabulary', () => {
    for (const interest of catalogInterests(catalog)) {
      const area = INTEREST_AREAS.find((a) => a.id === interest.id)
      expect(interest).toMatchObject({ label: area?.label, description: area?.description })
    }
  })

  it('offers nothing when no team says anything an interest recognizes', () => {
    const plain = catalogOf(makeTeam({ id: 'team', name: 'Team', summary: 'Does good work.' }))
    expect(catalogInterests(plain)).toEqual([])
  })
})

describe('matching interest terms in text', () => {
  const interestsOf = (summary: string) =>
    [
      ...(interestEvidence(catalogOf(makeTeam({ summary })))
        .get('platform')
        ?.keys() ?? [])
    ].sort()

  it('matches word forms through simple stemming: securing, monitors, front-end', () => {
    expect(interestsOf('Securing the monitors of our front-end.')).toEqual([
      'frontend',
      'observability',
      'security'
    ])
    expect(interestsOf('Writes secure code.')).toEqual(['security'])
    expect(interestsOf('Monitoring everything.')).toEqual(['observability'])
    expect(interestsOf('The frontend and the front end.')).toEqual(['frontend'])
  })

  it('matches whole words only, case-insensitively', () => {
    // "ui" inside "build", "scale" inside "Scala", "ci" inside "decision", "cd" in "abcd".
    expect(interestsOf('A build in Scala made by decision of abcd.')).toEqual([])
    expect(interestsOf('New UI for the SRE rotation.')).toEqual(['frontend', 'sre'])
  })

  it('reads team names and project titles and summaries, not only summaries', () => {
    const catalog = catalogOf(
      makeTeam({ id: 'a', name: 'Payments Security', summary: '' }),
      makeTeam({ id: 'b', name: 'B', summary: '', projects: [{ title: 'Incident tooling' }] }),
      makeTeam({
        id: 'c',
        name: 'C',
        summary: '',
        projects: [{ title: 'Phase two', summary: 'Move the database to a new host.' }]
      })
    )
    expect(interestMap(catalog)).toMatchObject({
      security: ['a'],
      sre: ['b'],
      'developer-tooling': ['b'],
      databases: ['c']
    })
  })
})

describe('catalogInterests on the Teleport catalog', () => {
  const teleport = loadTeleportCatalog()
  const interests = Object.fromEntries(catalogInterests(teleport).map((i) => [i.id, i.teams]))

  it('puts both security teams under security', () => {
    expect(interests.security).toEqual(
      expect.arrayContaining(['product-security', 'cloud-security-infrastructure'])
    )
  })

  it('puts Frontend Applications under frontend and Cloud Reliability under SRE', () => {
    expect(interests.frontend).toContain('frontend-applications')
    expect(interests.sre).toContain('cloud-reliability')
  })

  it('puts the desktop application and remote desktop teams under desktop', () => {
    expect(interests.desktop).toEqual(['teleport-terminal', 'desktop-access'])
  })

  it('leaves out interests no Teleport team has', () => {
    expect(interests).not.toHaveProperty('mobile')
    expect(interests).not.toHaveProperty('machine-learning')
  })

  it('lists each interest’s teams in catalog order', () => {
    const order = teleport.divisions.flatMap((d) => d.teams.map((t) => t.id))
    for (const teams of Object.values(interests)) {
      expect(teams).toEqual([...teams].sort((a, b) => order.indexOf(a) - order.indexOf(b)))
    }
  })

  it('quotes the words around a match as evidence', () => {
    const security = interestEvidence(teleport).get('product-security')?.get('security')
    expect(security).toContainEqual({
      source: 'summary',
      excerpt: 'application security for the entire product'
    })
  })
})

describe('resolveInterest', () => {
  const offered = catalogInterests(loadTeleportCatalog())

  it('accepts an id or alias in any case', () => {
    expect(resolveInterest(offered, 'SRE')).toEqual({ ok: true, id: 'sre' })
    expect(resolveInterest(offered, 'reliability')).toEqual({ ok: true, id: 'sre' })
    expect(resolveInterest(offered, ' Monitoring ')).toEqual({ ok: true, id: 'observability' })
  })

  it('suggests the closest offered interest for a typo', () => {
    expect(resolveInterest(offered, 'securty')).toEqual({
      ok: false,
      message: 'unknown interest "securty"',
      hint: 'did you mean "security"?'
    })
  })

  it('says when a known interest has no team in this catalog, rather than calling it a typo', () => {
    expect(resolveInterest(offered, 'mobile')).toEqual({
      ok: false,
      message: 'no team in this catalog matches the interest "mobile"'
    })
  })
})
