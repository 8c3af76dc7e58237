// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported, importedTeam } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A committee page's "Monthly Meeting Topics", "Join the Conversation" and "Mentoring Committee
 * Meetings" with "Before/During/After the meeting" under it (dev corpus: a teaching nonprofit's
 * subcommittee page made 27 projects of them): where and how the unit meets and is reached,
 * like "Meetings" and "Contact". Fixture written in that style, not copied.
 */
describe('meeting and conversation parts of a team page', () => {
  it('makes no projects of qualified meeting headings, their sub-parts or "Join the conversation"', () => {
    const found = importedTeam(`# Outreach team

The Outreach team runs the volunteer programme of Wendle.

## Weekly meeting topics

- Volunteer onboarding feedback
- Event calendar review

## Join the conversation

- The outreach mailing list
- The outreach notes pad

## Outreach team meetings

### Before the meeting

- Add your topic to the notes pad

### After the meeting

- Minutes go to the outreach repository

## Projects

- Volunteer matching app
`)
    expect(found.projects.map((project) => project.title)).toEqual(['Volunteer matching app'])
  })
})

describe('standups, retrospectives and all-hands beside the teams', () => {
  it('are meetings, never teams, though named for the team that holds them', () => {
    const paths = teamPaths(
      imported(`# Wendle Engineering

## Teams

### Payments

The Payments team owns checkout and refunds.

### Search

The Search team owns the search index.

### Engineering Team Standup

We have an engineering-wide standup on Mondays at 2 p.m. to share what we worked on.

### Retrospectives

Each team runs a retro every two weeks.
`).catalog
    )
    expect(paths.join('\n')).not.toMatch(/Standup|Retrospectives/u)
    expect(paths).toHaveLength(2)
  })
})
