// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A project's teams file: an H2 per team, each over its review handle's line and one sentence
 * (section-assessment.ts). A heading whose word also heads a proposal's body ("## Design") is
 * written as the teams beside it and is one of them. Made-up fixture; fails without its rule.
 */

function paths(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog)
}

const team = (name: string, handle: string, line: string): string => `## ${name}

- [@kestrel/${handle}](https://forge.example.org/org/kestrel/teams)

${line}
`

const file = `# Teams

Kestrel is run by volunteers. Tag the team that owns the code you change.

${[
  team('Routing', 'routing', 'Route planning experts.'),
  team('Design', 'design', 'Icons, colours and layout.'),
  team('Offline Maps', 'offline', 'Map download and storage experts.'),
  team('Releases', 'releases', 'People who cut and publish releases.')
].join('\n')}`

describe('a teams file of one handle line and one sentence per team', () => {
  it('reads "## Design" as one more team, not a department whose handle is its team', () => {
    const names = paths(file).map((path) => path.split(' > ').at(-1))
    expect(names).toContain('Design')
    expect(names).not.toContain('@kestrel/design')
    expect(names).toHaveLength(4)
  })
})

describe('a team of the file with a sub-team heading under it', () => {
  it('stays a team like its siblings, its sub-team one more team beside it', () => {
    const nested = file.replace(
      'Route planning experts.\n',
      `Route planning experts.

### Routing Transit

Transit routing experts (a subteam of Routing).

- [@kestrel/routing-transit](https://forge.example.org/org/kestrel/teams)
`
    )
    expect(paths(nested).map((path) => path.split(' > ').slice(1).join(' > '))).toEqual([
      'Routing',
      'Routing Transit',
      'Design',
      'Offline Maps',
      'Releases'
    ])
  })
})
