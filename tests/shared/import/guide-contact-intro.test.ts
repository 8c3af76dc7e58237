// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importedTeam } from '../../fixtures/guides'

/**
 * Contact lines a team page introduces by "More ways to reach us:" (session 12, helper h75's
 * sweep: a team page's "For support questions related to production you can reach us in the
 * support channel" and its sibling became projects), or heads with "Other ways to reach us": the
 * lines say where the team is reached, never what it works on. Fixture written in that style,
 * not copied.
 */
describe('contact lines of a team page', () => {
  it('makes no projects of a list introduced as ways to reach the team', () => {
    const found = importedTeam(`# Fleet team

The Fleet team runs the device registry of Korvo Labs.

## Questions

Most answers are in the fleet handbook. More ways to reach us:

1. For production incidents, the fleet-oncall channel.
2. For anything else, the fleet channel or the weekly office hours.

## Other ways to reach us

- The fleet-team mailing group
- The fleet board, for requests

## Current projects

- Registry sharding
`)
    expect(found.projects.map((project) => project.title)).toEqual(['Registry sharding'])
  })
})
