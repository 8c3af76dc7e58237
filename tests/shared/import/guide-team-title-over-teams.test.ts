// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams, onlyTeam } from '../../fixtures/imported-catalog'

/**
 * "# Development Team" over "## Payments Team", "## Search Team", each saying what it owns
 * (session 21, a made-up page written as a Japanese team page is, "開発チーム" over "決済チーム"):
 * the title names the unit those teams make up, not one team whose parts they are. Names and
 * wordings here are invented.
 */
const page = (title: string) => `# ${title}

## Payments Team
Owns the payment system. Tech stack: Go, PostgreSQL

## Search Team
Owns the search platform. Tech stack: Elasticsearch, Java

## Mobile Team
Builds the phone apps.
`

describe('a title naming a team over sections that call themselves teams', () => {
  it('names their unit: the sections are its teams', () => {
    const catalog = imported(page('Development Team')).catalog
    expect(fileTeams(catalog).map((team) => team.name)).toEqual([
      'Payments Team',
      'Search Team',
      'Mobile Team'
    ])
    expect(catalog.divisions.map((division) => division.name)).toEqual(['Development Team'])
    expect(fileTeams(catalog)[0].stack).toEqual(['Go', 'PostgreSQL'])
  })

  it("keeps a team's page whose sections are its parts, one of them called a team", () => {
    const team = onlyTeam(
      imported(`# Payments Team

## Mission
We own checkout and refunds.

## On-call team
Two engineers each week.

## Stack
- Go
- PostgreSQL
`).catalog
    )
    expect(team.name).toBe('Payments Team')
  })
})
