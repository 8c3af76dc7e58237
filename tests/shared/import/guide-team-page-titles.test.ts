// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * A team's own page titled as a sentence or in two parts, as team READMEs and wiki pages are:
 * the page is still the one team's, named without its page's words. Made-up pages in the
 * shapes such titles take (asTeamPageTitle, team-page-title.ts); each fails without it.
 */
function oneTeamPage(title: string): string {
  return `# ${title}

We build and run the CI pipelines and the build farm for every product team.

## Responsibilities

- CI pipelines
- Build farm

## Contact

Ask in #platform-help.
`
}

const teamNames = (title: string): string[] =>
  fileTeams(imported(oneTeamPage(title)).catalog).map((team) => team.name)

describe("a team's page titled as a sentence or in parts", () => {
  it.each([
    ['About the Platform Team', /^Platform( Team)?$/],
    ['Platform Team: Charter', /^Platform$/],
    ['Platform Team - Home', /^Platform$/],
    ['Platform Team | Wiki', /^Platform$/],
    ['Team Charter: Platform', /^Platform$/],
    ["Platform team's working agreement", /^Platform( team)?$/],
    ['Working agreement of the Platform team', /^Platform( team)?$/],
    ['Platform Team Working Agreement', /^Platform$/],
    ['Platform Team 👋', /^Platform( Team)?$/]
  ])('"%s" is the one team\'s page', (title, name) => {
    const names = teamNames(title)
    expect(names).toHaveLength(1)
    expect(names[0]).toMatch(name)
  })

  it('names the team and the organization of "Platform Team at Acme"', () => {
    const plan = imported(oneTeamPage('Platform Team at Acme'))
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Platform'])
    expect(plan.catalog.company.name).toBe('Acme')
  })

  it('leaves a title that names no team alone ("About Us" gives no team)', () => {
    expect(() => imported(oneTeamPage('About Us'))).toThrow(/no teams found/)
  })
})
