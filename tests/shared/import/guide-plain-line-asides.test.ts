// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * "Editors (bo), including the language server…": a plain team line's aside in parentheses (its
 * leader) may be followed by a comma and what the team also covers, as well as by a colon or a
 * dash (h131's sweep of real team pages, 2026-12-06: an open-source tools team's org chart lost
 * the one sub-team whose line went on after its leader).
 */
const teamNames = (markdown: string): string[] =>
  imported(markdown, { file: 'org-chart.md' }).catalog.divisions.flatMap((division) => [
    ...division.teams.map((team) => team.name),
    ...division.groups.flatMap((group) => group.teams.map((team) => team.name))
  ])

const page = `# Org chart

The tooling team sets the strategy for the project's developer tools.

Under it are several sub-teams. These are long-term, self-sufficient teams with responsibility
for a tool. The sub-teams are (leader in parens):

* Builds (ana)
* Editors and IDE support (bo), including the language server and other tools which support editors.
* Reference docs (cy)
`

describe('a plain team line with an aside in parentheses', () => {
  it('keeps a line that goes on after its aside with a comma', () => {
    expect(teamNames(page)).toEqual(['Builds', 'Editors and IDE support', 'Reference docs'])
  })

  it('still reads a list of names separated by commas as no team lines', () => {
    const names = `# Org chart

The sub-teams are:

* Builds (ana)
* Reference docs (cy)
* Ana Diaz, Bo Chen, Cy Park
`
    expect(teamNames(names)).not.toContain('Ana Diaz')
  })
})
