// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A team's "Who's who", "People" or "Team members" list (session 16, QA finding): people named
 * with their job title after a dash or a colon ("Ana Ruiz — Engineering Manager"), as handbooks
 * write them. They are the team's people (its headcount, its lead), never teams of their own nor
 * its projects. Fixtures written in that style.
 */
describe("a team's list of its people, each with a job title after a dash", () => {
  const page = (heading: string): string => `# Acme Engineering

## Payments

The payments team owns checkout and billing. We use Go and PostgreSQL.

${heading}

- Ana Ruiz — Engineering Manager
- Bo Chen - Senior Backend Engineer
- Cara Diaz: Product Designer

## Search

The search team runs the search index on Elasticsearch.

${heading}

- Dev Patel — Staff Engineer
- Eva Lund — Head of Search Quality
`

  for (const heading of ["### Who's who", '### People', '### Team members', '**Team members:**']) {
    it(`reads the people under "${heading}" as the team's, not as teams or projects`, () => {
      const { catalog } = imported(page(heading))
      expect(teamPaths(catalog)).toEqual(['Engineering > Payments', 'Engineering > Search'])
      const [payments, search] = catalog.divisions[0].teams
      expect(payments).toMatchObject({ members: 3, lead: { name: 'Ana Ruiz' }, projects: [] })
      expect(search).toMatchObject({ members: 2, projects: [] })
      expect(search.lead).toBeUndefined()
    })
  }

  it('still reads a team list whose lines say what each team does after a dash as teams', () => {
    const { catalog } = imported(`# Acme Engineering

## Teams

- Checkout Flow — the cart and payments
- Ledger Core - money movement between accounts
- Growth Experiments: sign-up and onboarding tests
`)
    expect(teamPaths(catalog)).toEqual([
      'Engineering > Checkout Flow',
      'Engineering > Ledger Core',
      'Engineering > Growth Experiments'
    ])
  })
})

describe("a team's people named alone under a people heading", () => {
  it('reads the names alone under a team\'s "Who\'s who" as its people, not teams', () => {
    const { catalog } = imported(`# Acme Engineering

## Payments

The payments team owns checkout and billing.

### Who's who

- Ana Ruiz
- Bo Chen

## Search

The search team runs the search index.

### Who’s who

- Dev Patel
`)
    expect(teamPaths(catalog)).toEqual(['Engineering > Payments', 'Engineering > Search'])
    expect(catalog.divisions[0].teams.map((team) => team.members)).toEqual([2, 1])
  })

  it('still reads "Who\'s who" over a heading per team as the list of those teams', () => {
    const { catalog } = imported(`# Acme Engineering

## Who's who

### Payments

Owns checkout.

- Ana Ruiz — Engineering Manager
- Bo Chen — Engineer

### Search

Owns search.

- Dev Patel — Staff Engineer
`)
    expect(teamPaths(catalog)).toEqual(['Engineering > Payments', 'Engineering > Search'])
    expect(catalog.divisions[0].teams[0]).toMatchObject({ members: 2, lead: { name: 'Ana Ruiz' } })
  })

  it('counts the names under "People" and "Team members" as the team\'s people', () => {
    const { catalog } = imported(`# Acme Engineering

## Payments

The payments team owns checkout and billing. We use Go and PostgreSQL.

### People

- Ana Ruiz
- Bo Chen
- Cara Diaz

## Search

The search team runs the search index on Elasticsearch.

### Team members

- Dev Patel
- Eva Lund
`)
    expect(teamPaths(catalog)).toEqual(['Engineering > Payments', 'Engineering > Search'])
    const [payments, search] = catalog.divisions[0].teams
    expect(payments).toMatchObject({ members: 3, projects: [] })
    expect(search).toMatchObject({ members: 2, projects: [] })
  })
})
