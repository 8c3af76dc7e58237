// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams, teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules from the check errors of h54's sweep (a page of teams written as bold-label lines with
 * nested "Label: address" lines, a list of roles beside them, a file's name as the title). The
 * fixtures are made up in that style and fail without their rules.
 */

const guide = (title: string) => `# ${title}

## Teams

- **Core**: The engine and its command-line tools
  - Primary repository: github.com/acme/core
  - Additional repositories: github.com/acme/cli, github.com/acme/sdk
- **Secrets**: Configuration and secrets for every environment
  - Primary repository: github.com/acme/secrets
  - Examples: github.com/acme/secrets-examples
- **Clouds**: One package per cloud
  - Amazon: github.com/acme/acme-amazon
  - Google: github.com/acme/acme-google

## Roles

- **Developer**: Engineers who write and keep up the code
- **DevOps Engineer**: Engineers who run the deploys
- **Documentation Writer**: Authors of the docs and tutorials
`

describe('a team line with nested field lines', () => {
  it('reads "Label: address" lines and labels repeated under the teams as details, not teams', () => {
    const plan = imported(guide('Acme Engineering'))
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Core', 'Secrets', 'Clouds'])
  })
})

describe('a "Roles" section beside the teams', () => {
  it('lists the jobs people hold, not teams', () => {
    const plan = imported(guide('Acme Engineering'))
    expect(fileTeams(plan.catalog).map((team) => team.name)).not.toContain('DevOps Engineer')
  })
})

describe("a title that is the file's name", () => {
  it('names no unit over the teams', () => {
    const plan = imported(guide('AGENTS.md'))
    expect(teamPaths(plan.catalog).every((path) => !path.includes('AGENTS.md'))).toBe(true)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Core', 'Secrets', 'Clouds'])
  })
})
