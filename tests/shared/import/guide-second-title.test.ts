// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A second H1 on a one-team page (issue 14, helper h49, from h42's and h45's check errors): the
 * team's name again as a heading, or "# Community" over its meetings and chat. A page has one
 * title; later H1s are sections of it, not units or teams. Fixtures in that style, not copied.
 */
function structure(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog)
}

describe('a second H1 on a page', () => {
  it('is a section of the page the first H1 titles, not a unit holding teams', () => {
    expect(
      structure(`# Lantern Team

The Lantern team keeps the city's street-light control system running.

# Lantern Team (we light the way)

## What we do

We plan the upgrades of the control system.

## Services we offer

### Fault triage

We look at every reported outage within a day.

### Upgrade planning

We plan each district's move to the new controllers.

## How to contact us

Write to the team's channel.
`)
    ).toEqual(['Engineering > Lantern Team'])
  })

  it('keeps a page written in H1 sections, its text starting before them, as it was', () => {
    const paths = structure(`---
title: How we work
---

The company is split in small teams.

# Small teams

- Search: the search box and its ranking
- Billing: invoices and payments

# FAQ

## Who do teams report to?

To their lead.
`)
    expect(paths.map((p) => p.split(' > ').pop())).toEqual(['Search', 'Billing'])
  })
})
