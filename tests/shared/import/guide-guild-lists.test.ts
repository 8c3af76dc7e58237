// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * Guild and chapter pages (issue 14, h53's check pages read once, h54's round): guilds are
 * teams. The fixture is written in the style of those pages, not copied from them, and fails
 * without its rule.
 */

describe('a page titled "Guilds" with a "Current Guilds" list', () => {
  it('reads the listed guilds as teams and the title as the page, not one team', () => {
    const page = `---
title: Guilds
---

## Responsibilities

Guilds steward key areas of the product. Primary responsibilities are:

- Ownership of the roadmap of their area
- Ownership of key maintenance (releases, Renovate pull requests, CI workflows)

## Processes

- A 30 min recurring meeting in the shared calendar.
- A project board on GitHub.

## Current Guilds

- [Payments]({% link _engineering/guilds/payments.md %})
- [Search]({% link _engineering/guilds/search.md %})
- [Mobile]({% link _engineering/guilds/mobile.md %})
`
    const names = fileTeams(imported(page).catalog).map((team) => team.name)
    expect(names).toEqual(['Payments', 'Search', 'Mobile'])
  })
})

describe('"Product group capacity" beside the product groups', () => {
  it('is how much work the groups take on, a planning section, not one more group', () => {
    const page = `# Product groups

## Current product groups

### Payments group

The goal of the Payments group is to make checkout faster.

- Checkout
- Refunds

### Search group

The goal of the Search group is to make results better.

- Ranking
- Indexing

### Product group capacity

Product group capacity is allocated based on our bug open time KPI, half of each sprint when it is high.
`
    const names = fileTeams(imported(page).catalog).map((team) => team.name)
    expect(names).not.toContain('Product group capacity')
    expect(names.length).toBe(2)
  })
})
