// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Pages laid out on the Spotify model (session 20, from a real bank's squad plan: "## Squad
 * Allocation (Primary Ownership)" over a Squad | Tribe | Primary Services table, then "##
 * Chapters" and "## Guilds" lists): the heading over the squads is no level of its own, and the
 * chapters and guilds that gather people across the squads are no teams beside them. Fixtures
 * made up.
 */
const page = `# Platform reorganisation plan

## Tribes

| Tribe | Mission |
| --- | --- |
| Retail Tribe | Everyday banking for people |
| Core Tribe | The ledger and money movement underneath |

## Squad Allocation (Primary Ownership)

| Squad | Tribe | Primary Services |
| --- | --- | --- |
| Cards Squad | Retail | Card issuing and limits |
| Savings Squad | Retail | Savings accounts |
| Ledger Squad | Core | Double-entry ledger |
| Clearing Squad | Core | Settlement with the clearing houses |

## Chapters

- Kotlin Chapter
- Quality Engineering Chapter

## Guilds

- Accessibility Guild
- Observability Guild
`

describe('a squad plan with chapters and guilds', () => {
  it('reads the squads under their tribes, the allocation heading as no level', () => {
    expect(teamPaths(imported(page).catalog)).toEqual([
      'Platform reorganisation plan > Retail > Cards Squad',
      'Platform reorganisation plan > Retail > Savings Squad',
      'Platform reorganisation plan > Core > Ledger Squad',
      'Platform reorganisation plan > Core > Clearing Squad'
    ])
  })

  it("gives each tribe the mission the page's table of tribes states", () => {
    const division = imported(page).catalog.divisions[0]
    expect((division.groups ?? []).map((group) => [group.name, group.summary])).toEqual([
      ['Retail', 'Everyday banking for people'],
      ['Core', 'The ledger and money movement underneath']
    ])
  })

  it('keeps the guilds of a page of guilds alone as its teams', () => {
    const guilds = imported(`# Communities

## Guilds

- Accessibility Guild: makes every screen usable with a screen reader
- Observability Guild: shares dashboards and alerting practice
`)
    expect(teamPaths(guilds.catalog)).toHaveLength(2)
  })
})
