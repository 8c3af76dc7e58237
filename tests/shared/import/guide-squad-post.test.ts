// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * A blog post laying out squads, each with a table of its positions (session 19, the lead's own
 * page after a public post came out wrong: "[High-Performance Team] Team Design and Tech Stack
 * (Part 2/3)" named the company "[High-Performance ] Design and Tech Stack", and the squads'
 * tables of roles gave no headcount).
 */
const page = `# [Scaling Notes] Designing the Squads (Part 2/3)

In part one I described the diagnosis; now the teams.

## Team Design by Squads

### Squad Ledger

| Role | Level | % Code | Responsibility |
|---|---|---|---|
| Backend | Senior/Tech Lead | 50-70% | Maintenance and new features |
| Backend | Senior | 90% | Reconciliation |
| Frontend | Mid | 90% | Admin panel |

Goal: keep every balance right.

### Squad Onramp

| Role | Level | Responsibility |
|---|---|---|
| Backend | Senior | Onboarding flows |
| Mobile | Senior | The app's sign-up |

Goal: make sign-up take two minutes.
`

describe('a post laying out squads with tables of their positions', () => {
  const plan = imported(page)

  it("names no company from a post's title", () => {
    expect(plan.catalog.company.name).not.toMatch(/Scaling|Designing|Part/u)
  })

  it("counts each squad's positions as its headcount", () => {
    const teams = fileTeams(plan.catalog)
    expect(teams.map((team) => [team.name, team.members])).toEqual([
      ['Squad Ledger', 3],
      ['Squad Onramp', 2]
    ])
  })
})
