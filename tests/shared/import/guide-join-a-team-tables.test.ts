// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * "# Join an existing squad" over a table of the squads: the heading tells the reader what to do,
 * and the table it heads is the page's list of squads (h134's sweep of real team pages,
 * 2026-12-07: a DAO's builder-squads README, its seven squads in a "Squad | Description" table
 * under that heading, was imported with none of them). Fixtures made up.
 */
describe('a table of teams under a heading asking the reader to join one', () => {
  const page = `# Squads

Squads are groups of contributors who take on one goal together.

# Join an existing squad

| Squad | Description |
|-|-|
| [Runtime](./runtime.md) | Core engine and its releases |
| [Docs](./docs.md) | Guides and reference pages |
| [Outreach](./outreach.md) | Brings new contributors in |

# Start a new squad

Open an issue with the goal you want to work on and who is with you.
`

  it('reads the rows as teams, the heading no unit of its own', () => {
    expect(teamPaths(imported(page).catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Runtime',
      'Docs',
      'Outreach'
    ])
  })

  it('leaves a join heading with no table of teams skipped', () => {
    const prose = `# Platform team

We run the build farm and the deploy pipeline.

## Join a new team

Ask your manager, then open a ticket with the team you want to move to.
`
    expect(teamPaths(imported(prose).catalog)).toHaveLength(1)
  })
})
