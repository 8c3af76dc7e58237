// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamTechnologies } from '../../fixtures/imported-catalog'

/**
 * Technology rules found by h37's cross-validated sweep of real team pages outside the corpus
 * (issues 14 and 15, 2026-12-05: PostHog's small-team pages, Sourcegraph's and GitLab's team
 * pages, 18F's business units). Each rule was written from the develop half's errors and kept
 * only when the check half did not get worse. Fixtures are written in the pages' style, not
 * copied from them, and each fails without its rule.
 */

/** Every technology of each team: its stack, its mentions and its projects'. */
function technologies(markdown: string): Record<string, string[]> {
  return teamTechnologies(imported(markdown).catalog)
}

describe('a section about the people a team builds for', () => {
  const page = (heading: string): string => `---
title: Checkout Team
---

## People

- Ada Park (Team lead)
- Ben Ode (Engineer)

## Mission

Make paying for an order take one click.

${heading}

### Buyer persona
- Primary
    - Traits:
        - Their storefront runs on Shopify
        - Frontend written in typescript and react
        - Plans work in tools such as Linear/Figma

## What we run

The checkout service is written in Go and keeps orders in PostgreSQL.
`

  it("names the users' tools, not the team's", () => {
    expect(technologies(page('## Personas'))).toEqual({ 'Checkout Team': ['Go', 'PostgreSQL'] })
  })

  it('is read so under a question heading as well', () => {
    expect(technologies(page('## Who are we building for?'))).toEqual({
      'Checkout Team': ['Go', 'PostgreSQL']
    })
  })

  it('is reported with its line', () => {
    const { notes } = imported(page('## Personas'))
    const note = notes.find((n) => n.message.includes('describes the people it builds for'))
    expect(note?.line).toBe(14)
  })
})
