// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported, importedTeam } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * "We're hiring!", "Vacancies", "Current openings", "Roles we're hiring for": a list of the roles
 * a team is hiring for, in more of the words pages use, gives its open roles, never projects,
 * and beside a guide's teams is no team (session 18, h121). Names and wordings here are invented.
 */
const teamPage = (heading: string): string => `# Platform team

The Platform team runs the shared infrastructure for every product team.

## ${heading}

- Senior Backend Engineer (Go)
- Site Reliability Engineer (Kubernetes)
`

describe('a list of openings', () => {
  it.each(["We're hiring!", 'Vacancies', 'Current openings', "Roles we're hiring for"])(
    'under "%s" gives a team\'s page its open roles, not projects',
    (heading) => {
      const team = importedTeam(teamPage(heading))
      expect(team.projects).toEqual([])
      expect(team.roles.map((role) => role.title)).toEqual([
        'Senior Backend Engineer',
        'Site Reliability Engineer'
      ])
    }
  )

  it("is no team beside a guide's teams", () => {
    const { catalog } = imported(`# Engineering teams

## Payments

Payments owns card processing and payouts.

- Payout scheduler
- Refund API

## Search

Search owns query ranking and the autocomplete service.

- Query rewriter

## Current openings

- Senior Backend Engineer (Go)

## Vacancies

- Data Engineer (Spark)
`)
    expect(fileTeams(catalog).map((team) => team.name)).toEqual(['Payments', 'Search'])
  })
})
