// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams, teamNamed } from '../../fixtures/imported-catalog'

/**
 * A careers page that sorts its openings by team (session 18, the lead's own page in the shape of
 * company job pages: the page was read as one team, "Careers at Tidewater", its teams' sections
 * parts of it and every job title a project).
 */
const PAGE = `# Careers at Tidewater

We're hiring across engineering. Here is who we're looking for, by team.

## Open roles by team

### Payments

We move money for 2 million customers.

- Senior Backend Engineer (Go)
- Staff Engineer, Ledger

### Mobile

We build the iOS and Android apps in Swift and Kotlin.

- iOS Engineer
- Android Engineer

## Benefits

- Remote-first
- Learning budget
`

describe('a careers page of openings by team', () => {
  const { catalog } = imported(PAGE)

  it('reads the sections under "Open roles by team" as the teams', () => {
    expect(fileTeams(catalog).map((team) => team.name)).toEqual(['Payments', 'Mobile'])
    expect(catalog.company.name).toBe('Tidewater')
  })

  it("reads each team's list of job titles as its open roles, not its projects", () => {
    const payments = teamNamed(catalog, 'Payments')
    expect(payments.projects).toEqual([])
    expect(payments.roles.map((role) => role.title)).toEqual([
      'Senior Backend Engineer',
      'Staff Engineer, Ledger'
    ])
    expect(teamNamed(catalog, 'Mobile').roles.map((role) => role.title)).toEqual([
      'iOS Engineer',
      'Android Engineer'
    ])
  })

  it("keeps what a role's bracket asks as the role's technologies, not the team's", () => {
    // "Senior Backend Engineer (Go)" lost its "(Go)" with its title, and a candidate who knows
    // Go was matched to no open role (session 18, h123's careers page).
    const { catalog } = imported(`# Careers at Fernhollow

## Open roles by team

### Payments

Payments moves money between co-ops and their buyers.

- Senior Backend Engineer (Go)
- Site Reliability Engineer (Kubernetes, Terraform)

### Mobile

Mobile builds the offline field app.

- Mobile Engineer (Flutter)
- Product Designer (remote)
`)
    const roles = (team: string): [string, string[]][] =>
      teamNamed(catalog, team).roles.map((role) => [role.title, role.technologies])
    expect(roles('Payments')).toEqual([
      ['Senior Backend Engineer', ['Go']],
      ['Site Reliability Engineer', ['Kubernetes', 'Terraform']]
    ])
    expect(roles('Mobile')).toEqual([
      ['Mobile Engineer', ['Flutter']],
      ['Product Designer', []]
    ])
    expect(teamNamed(catalog, 'Payments').stack).toEqual([])
  })

  it('keeps a list of what the team builds as its projects, and plural roles as no openings', () => {
    const { catalog } = imported(`# Teams

## Payments

We move money.

- Ledger service
- Payouts dashboard

## Search

We build search.

- Backend Engineers
- Product Designers
`)
    const team = teamNamed(catalog, 'Payments')
    expect(teamNamed(catalog, 'Search').roles).toEqual([])
    expect(team.projects.map((project) => project.title)).toEqual([
      'Ledger service',
      'Payouts dashboard'
    ])
    expect(team.roles).toEqual([])
  })
})
