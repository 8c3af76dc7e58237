// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams, teamNamed, teamPaths } from '../../fixtures/imported-catalog'

/**
 * A roster page: "# X Engineering Team" over a list of teams, each over its people written as a
 * person and their role ("[Rob Smit](rob.md) : Software Engineer"), some over the people they
 * lead (session 18, from the opened fourteenth set's roster, written again with made-up names:
 * the page was one team, every team a project of it).
 */
const PAGE = `# Kestrel Engineering Team

- Ledger
    - [Rob Smit](rob.md) : Software Engineer / Architect
    - [Ana Ruiz](ana.md) : Development Lead
        - [Bo Chen](bo.md) : Software Engineer
        - [Cy Diaz](cy.md) : Software Engineer
    - [Lee](lee.md) : Research
- Payments
    - [Dana Wu](dana.md) : QA Team Lead
        - [Eli Moss](eli.md) : Software Test Engineer
- Website
    - [Fay](fay.md) : UI developer
`

describe('a roster of teams, each over its people', () => {
  const { catalog } = imported(PAGE)

  it('reads each item as a team under the unit the title names', () => {
    expect(teamPaths(catalog)).toEqual([
      'Kestrel Engineering Team > Ledger',
      'Kestrel Engineering Team > Payments',
      'Kestrel Engineering Team > Website'
    ])
  })

  it('counts the people nested under it, at any depth, and takes its lead', () => {
    const ledger = teamNamed(catalog, 'Ledger')
    expect(ledger.lead?.name).toBe('Ana Ruiz')
    expect(ledger.members).toBeGreaterThanOrEqual(4)
    expect(teamNamed(catalog, 'Payments').members).toBe(2)
    expect(ledger.summary).toBe('')
  })
})

/**
 * A role and a second role or focus after a comma (session 20, from a real start-up's team
 * handbook: "- **Alice Johnson** - Senior AI Engineer, Team Lead", "- **Bob Smith** - Marketing
 * Manager, Content Strategy" under "### Marketing Team (1 person)"): the line is a person's,
 * not a project or an opening. Fixture made up.
 */
describe('people lines with a second role after a comma', () => {
  it('counts and leads the teams by them', () => {
    const plan = imported(`# Handbook

## Team Structure

### Platform Team (3 people)
- **Ines Duarte** - Senior Backend Engineer, Team Lead
- **Kofi Mensah** - Site Reliability Engineer, Observability
- **Lena Park** - Frontend Developer

### Growth Team (1 person)
- **Omar Haddad** - Product Manager, Onboarding Funnels
`)
    expect(
      fileTeams(plan.catalog).map((team) => [
        team.name,
        team.members,
        team.lead?.name,
        team.projects.length,
        team.roles
      ])
    ).toEqual([
      ['Platform Team', 3, 'Ines Duarte', 0, []],
      ['Growth Team', 1, undefined, 0, []]
    ])
  })
})
