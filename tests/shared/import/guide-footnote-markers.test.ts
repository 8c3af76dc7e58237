// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * "Ledger MS¹" over a footnote "¹Micro Service": the superscript marks a footnote, not a letter of
 * the team's name (h131's sweep of real team pages, 2026-12-06: a project's teams were imported
 * as "Task MS¹", "User MS¹").
 */
const teamNames = (markdown: string): string[] =>
  imported(markdown, { file: 'teams.md' }).catalog.divisions.flatMap((division) => [
    ...division.teams.map((team) => team.name),
    ...division.groups.flatMap((group) => group.teams.map((team) => team.name))
  ])

describe('a footnote marker after a team name', () => {
  it('is not part of the name', () => {
    const page = `# Teams

* Planning
* Frontend
* Ledger MS¹
* Billing MS¹
* Search²

¹Micro Service ²Shared with the data team
`
    expect(teamNames(page)).toEqual(['Planning', 'Frontend', 'Ledger MS', 'Billing MS', 'Search'])
  })
})
