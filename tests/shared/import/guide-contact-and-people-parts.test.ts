// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importedTeam } from '../../fixtures/guides'

/**
 * A team page's "Contact", "Meetings" and "Leads" parts (session 11, helper h62's sweep: three of
 * eight new team pages, a SIG README and two handbook team pages, made projects of them): their
 * lists are where the team is reached and who leads it, never projects. A code host named in a
 * contact line stays a mention (the corpus's rule: a team's handles and labels on GitHub are
 * `mentioned`). Fixture written in that style, not copied.
 */
describe('contact, meeting and people parts of a team page', () => {
  it('makes no projects of a team’s contact, meeting and leads lists', () => {
    const found = importedTeam(`# Billing team

Owns invoicing and payment reminders for Acme's shops.

## Current work

- Invoice PDF rendering
  - Move rendering to a queue worker
- Dunning emails for late payments

## Meetings

* [Tuesdays at 15:00 UTC](https://meet.example.org/billing) (weekly). [Convert to your timezone](https://time.example.org/?t=15:00).

## Leads

* [Rosa Ferreira](https://people.example.org/rosa), Acme
* [Jonas Lind](https://people.example.org/jonas), Acme

## Contact

- #billing channel, or \`@billing-help\` in Slack.
- [team/billing](https://github.com/acme/shop/labels/team%2Fbilling) label and \`@acme/billing\` team on GitHub.
`)
    expect(found.projects.map((project) => project.title)).toEqual([
      'Invoice PDF rendering',
      'Dunning emails for late payments'
    ])
    expect(found.mentions).toContain('GitHub')
  })

  it('still reads a list of work under a plain heading as projects', () => {
    const found = importedTeam(`# Search team

## Areas we work on

- Query parser rewrite
- Ranking experiments
`)
    expect(found.projects.map((project) => project.title)).toEqual([
      'Query parser rewrite',
      'Ranking experiments'
    ])
  })
})
