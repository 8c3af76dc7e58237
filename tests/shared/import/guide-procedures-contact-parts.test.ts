// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importedTeam } from '../../fixtures/guides'

/**
 * A team page's "Procedures" and "How to contact the team" parts (dev corpus: a distribution
 * community's core team page made six projects of its decision rules and contact ways): how the
 * team decides and is reached, like "Process" and "How to reach us". Fixture written in that
 * style, not copied.
 */
describe('procedures and contact parts of a team page', () => {
  it('makes no projects of procedures or of how to contact the team', () => {
    const found = importedTeam(`# Kestrel core team

The Kestrel core team decides on changes to the Kestrel package set.

## Procedures

- Decisions need the consent of every member
- Amendments to these procedures need a team decision

## How to contact the team

- On the forum
- By email at core@kestrel.example

## Projects

- Kestrel package set
`)
    expect(found.projects.map((project) => project.title)).toEqual(['Kestrel package set'])
  })
})
