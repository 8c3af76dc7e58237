// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/** Two teams written as tables of their people, as the page both sections come from does. */
const PEOPLE = `# People

## Platform

| Name | Role | GitHub |
|------|------|--------|
| Ines Duarte | Tech Lead | @ines |
| Kofi Mensah | Backend Engineer | @kofi |

## Design

| Name | Role | GitHub |
|------|------|--------|
| Lena Park | Product Designer | @lena |
| Omar Haddad | UX Researcher | @omar |
`

/**
 * A rotation beside the teams (session 20, from a real start-up's team page: "## On-Call
 * Rotation" over a Week | Primary | Secondary table sat between the teams' people tables and was
 * read as one more team): who is on duty when is a schedule, never a unit.
 */
describe('rotation sections', () => {
  it('reads an on-call rotation table beside the teams as a schedule, not a team', () => {
    const plan = imported(`${PEOPLE}
## Support rotation

| Week | Primary | Secondary |
|------|---------|-----------|
| 2026-03-02 | Kofi Mensah | Ines Duarte |
| 2026-03-09 | Ines Duarte | Kofi Mensah |

## Pager rota

- Weekdays: Kofi Mensah
- Weekends: Ines Duarte
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Platform', 'Design'])
  })
})

/**
 * Teams written only as their people (the same page: "## Engineering" and "## Product & Design",
 * each over a Name | Role | GitHub table): a table of people with their roles is the team's, as
 * a list of them is; "Design" over its designers is that discipline's team, not a proposal's
 * body; "X Maintainers" over its table is area X's.
 */
describe('teams written as tables of their people', () => {
  it('reads each heading over a people table as a team with its lead', () => {
    const plan = imported(PEOPLE)
    expect(
      fileTeams(plan.catalog).map((team) => [team.name, team.members, team.lead?.name])
    ).toEqual([
      ['Platform', 2, 'Ines Duarte'],
      ['Design', 2, undefined]
    ])
  })
})
