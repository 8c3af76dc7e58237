// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported, importedTeam } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * A "Release checklist" section with an "Owner:" line beside a guide's teams: steps to follow,
 * not a team, however its owner line makes it look like one (session 18, h121). Names and
 * wordings here are invented.
 */
const teamNames = (markdown: string): string[] =>
  fileTeams(imported(markdown).catalog).map((team) => team.name)

describe('a checklist section', () => {
  it('is no team beside team sections that name their leads', () => {
    const page = `# Platform engineering

## Infrastructure

Infrastructure runs our Kubernetes clusters and Terraform modules.

Lead: Ana Silva

## Developer Tools

Developer Tools owns CI and the build system.

Lead: Tom Berg

## Release checklist

Owner: Lee Park

1. Freeze the main branch.
2. Run the smoke tests.
3. Tag the release.
`
    expect(teamNames(page)).toEqual(['Infrastructure', 'Developer Tools'])
  })

  it('is no team beside team sections that open on their owners', () => {
    const page = `# Teams

### Search

Owner: Rita Gomez

Search owns indexing and query ranking.

### Payments

Owner: Omar Haddad

Payments runs billing and invoicing.

### Launch checklists

Owner: Jo Kim

- Cut the release branch on Monday
- Run the regression suite
- Announce in #releases
`
    expect(teamNames(page)).toEqual(['Search', 'Payments'])
  })

  it("lists no projects of a team's page: its items are steps", () => {
    const team = importedTeam(`# Mobile team

The Mobile team builds the iOS and Android apps in Swift and Kotlin.

- **Lead:** Priya Nair
- **Slack:** #mobile

## Release checklist

- [ ] Bump the version number
- [ ] Update the changelog
- [ ] Submit to the App Store
`)
    expect(team.projects.map((project) => project.title)).toEqual([])
  })
})
