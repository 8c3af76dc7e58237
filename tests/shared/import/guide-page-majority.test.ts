// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * Readings decided by what most of a page holds rather than by one section's own signs: the
 * fourth held-out set's aggregate diagnosis (tests/corpus README, "Fourth held-out set: worn")
 * counted whole pages of teams read as one team or as nothing. Each fixture is made up, with
 * none of those documents' names, and fails without its rule.
 */

describe('many sections written alike beside a short team list', () => {
  it("reads the sections as teams beside the list's one team", () => {
    const sections = ['Checkout', 'Catalog', 'Search', 'Payments', 'Notifications']
      .map(
        (name) => `## ${name}

${name} is where the shop's customers meet us every day.

- Weekly demo on Fridays
- Quarterly plan in the wiki
`
      )
      .join('\n')
    const plan = imported(`# Shop Engineering

## Teams

- [Storefront](https://example.org/storefront)

${sections}`)
    expect(
      fileTeams(plan.catalog)
        .map((team) => team.name)
        .sort()
    ).toEqual(['Catalog', 'Checkout', 'Notifications', 'Payments', 'Search', 'Storefront'])
  })

  it('keeps two odd sections beside the list out of the teams', () => {
    const plan = imported(`# Shop Engineering

## Our teams

- [Storefront](https://example.org/storefront)
- [Checkout](https://example.org/checkout)

## Guidelines

We write down what we decide.

- Decisions go in the log

## Roles

Every team has a lead.

- Leads run the weekly sync
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Storefront', 'Checkout'])
  })
})
