// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * A team page's closing call to join ("Join the conversation", "Join us", "Join our community"):
 * where to reach the project, beside its teams, and no team of its own (session 22's sweep: a
 * volunteer campaign's team page ended on "Join the conversation" with its chat invite, read as
 * one more team beside them). Made-up names.
 */
const PAGE = (closing: string) => `# Harbor Works teams

We have defined teams and responsibilities so that we can move forward together.

## Triage Team

A person on the triage team is the first to review newly opened issues.

## Review Team

The review team edits and approves each request before it is published.

## ${closing}

If you'd like to help out, please join our chat [here](https://chat.example.org) and say hello.
`

describe('a closing call to join', () => {
  it.each(['Join the conversation', 'Join us', 'Join our community', 'Join the discussion'])(
    '"%s" is where to reach the project, no team',
    (closing) => {
      expect(fileTeams(imported(PAGE(closing)).catalog).map((team) => team.name)).toEqual([
        'Triage Team',
        'Review Team'
      ])
    }
  )
})
