// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importedTeam } from '../../fixtures/guides'

/**
 * A team page's "Ask for help", "Quick start guide", "Onboarding" and "Working with the
 * community" parts (session 12, helper h75's sweep: a group page's quick start for other teams
 * and a team page's "Ask for Help" made 13 invented projects): they tell the reader how to get
 * help, get started or work with the team, so their lists are no projects, and neither are the
 * lists of their sub-parts. Fixture written in that style, not copied.
 */
describe('help and getting-started parts of a team page', () => {
  it('makes no projects of how to get help, get started, be onboarded or work with the team', () => {
    const found = importedTeam(`# Runtime team

The Runtime team maintains the Quillon interpreter.

## Quick start guide

### For other teams

- Open a runtime request for a new builtin
- Tag the runtime reviewers on any interpreter change

### For product managers

- Ask in the runtime channel before planning a new builtin

## Ask for help

- Production questions go to the runtime-oncall channel
- Everything else goes to the runtime channel

## Onboarding

- Pair with a buddy for the first two weeks
- Run the PostgreSQL test database locally

## Working with the community

- Thank every contributor within a day
- Review community merge requests within a week

## Current projects

- Quillon bytecode cache
`)
    expect(found.projects.map((project) => project.title)).toEqual(['Quillon bytecode cache'])
    expect(found.mentions).toContain('PostgreSQL')
  })
})
