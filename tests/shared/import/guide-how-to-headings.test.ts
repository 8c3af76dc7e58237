// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'

/**
 * A governance page's how-to sections (h145 sweep, from a foundation's working-group process
 * page: "Joining a Working Group", "Forming a new Working Group" over "Proposing a working
 * group" and "Final steps", "Shutting down WGs"): a heading that opens with a verb's -ing form
 * and its object ("Joining a", "Shutting down") says how to do something, and names no team,
 * however much text and how many lists it holds. "Billing" or "Marketing Operations" stay names.
 */
describe('how-to headings', () => {
  it('reads sections headed by an -ing verb and its object as process, not teams', () => {
    const result = importGuide(
      `# Foundation teams

## Current teams

_[links to the teams' charters go here]_

## Joining a team

Want to help? Each team's charter says how to join. Usually:

- email the chair and ask to join
- attend one of the team's meetings

## Forming a new team

Talk to the board before you propose a team.

### Proposing a team

Open a pull request with the new team's charter. It needs:

- **Name** - what the team is called
- **Scope** - what the team will do
- **Budget** - how much money it needs

### Final steps

1. **Merge the pull request** and link the charter above.
2. **Schedule your first meeting!**

## Shutting down teams

A team may be wound down for many reasons:

- it has fulfilled its purpose
- it has too few members to go on
`,
      { file: 'teams.md' }
    )
    expect(result.ok).toBe(false)
  })

  it('reads "Proposing a working group" on a working groups page as process, not a group', () => {
    const result = importGuide(
      `# Foundation Working Groups

## Current Working Groups

_[links to the charters go here]_

## Forming a new Working Group

Talk to the board before you propose a group.

### Proposing a working group

Open a pull request with the group's charter. It needs:

- **Name** - what the group is called
- **Scope** - what the group will do
- **Budget** - how much money it needs
`,
      { file: 'groups.md' }
    )
    expect(result.ok).toBe(false)
  })
})
