// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * "# Kestrel teams" over a one-sentence section per team: the title says its sections are teams,
 * as a "## Teams" heading does, even when one of them reads as a team on its own and the others
 * say too little to (session 18, h121). Names and wordings here are invented.
 */
const teamNames = (markdown: string): string[] =>
  fileTeams(imported(markdown).catalog).map((team) => team.name)

const sections = `## Core

The Core team looks after the shared libraries.

## Fleet

Fleet tracks vehicles in real time.

## Insights

Insights builds dashboards for operations staff.
`

describe('a title naming the teams', () => {
  it('makes its one-sentence sections teams beside one that reads as a team', () => {
    expect(teamNames(`# Wrenfield teams\n\n${sections}`)).toEqual(['Core', 'Fleet', 'Insights'])
  })

  it('does so with an introduction, and for squads', () => {
    const page = `# Wrenfield squads

Wrenfield has four product squads. Each one ships on its own schedule.

${sections}
## Mobile

Mobile ships the driver app on iOS and Android.
`
    expect(teamNames(page)).toEqual(['Core', 'Fleet', 'Insights', 'Mobile'])
  })

  it("does so as the front matter's title", () => {
    expect(teamNames(`---\ntitle: Wrenfield teams\n---\n\n${sections}`)).toEqual([
      'Core',
      'Fleet',
      'Insights'
    ])
  })
})
