// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importedTeam } from '../../fixtures/guides'

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
