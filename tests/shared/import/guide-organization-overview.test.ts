// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * One organization's overview page: its title names the company and the organization, a
 * sentence breaks the organization down into areas (its sub-teams) over a list, and the other
 * sections (its goal, a caveat, what it is called, who is in it) are about the organization.
 * Written in that style, with made-up names, from the opened sixteenth set (tests/corpus README,
 * "Session 20"); each case fails without its rule.
 */

const OVERVIEW = `# Lumen Field Operations: Organization Overview

## Goal

The goal of the field operations organization is <strong>to keep every site running</strong>.

## Caveat

In this context, "site" means any place we install our product, but should focus on:

1. Sites under contract.
2. Sites in a trial.

## Execution

To accomplish this goal, we break down the team into the following areas:

* <strong>[Installation](./installation.html)</strong>
* <strong>[Maintenance](./maintenance.html)</strong>
* <strong>[Training](./training.html)</strong>

Regardless of sub-team, team members should always keep the overall goal in mind.

## Naming

In the past, this organization was called "services". We prefer "field operations".

## Team Profile

Our team is a mix of engineers, trainers and technicians.
`

describe('a sentence breaking a unit down into areas', () => {
  it('introduces its list of sub-teams', () => {
    const names = teamPaths(imported(OVERVIEW).catalog).map((path) => path.split(' > ').at(-1))
    expect(names).toEqual(expect.arrayContaining(['Installation', 'Maintenance', 'Training']))
  })

  it('breaking down "the team" puts them in the unit the page is about, not under the heading', () => {
    const paths = teamPaths(imported(OVERVIEW).catalog)
    expect(paths.filter((path) => /Installation|Maintenance|Training/u.test(path))).toHaveLength(3)
    expect(paths.filter((path) => path.includes('Execution'))).toEqual([])
  })

  it('breaking down a unit by its name leaves the heading naming it a level', () => {
    const plan = imported(`# Engineering

## Platform

The Platform group is broken down into the following areas:

* [Storage](./storage.html)
* [Network](./network.html)

## Product

The Product group is broken down into the following areas:

* [Checkout](./checkout.html)
* [Search](./search.html)
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Platform > Storage',
      'Engineering > Platform > Network',
      'Engineering > Product > Checkout',
      'Engineering > Product > Search'
    ])
  })
})
describe('"our team is split into" under each of several sections', () => {
  it("is each section's own unit divided: each stays a level", () => {
    const plan = imported(`# Engineering

## Platform

Our team is split into the following areas:

* [Storage](./storage.html)
* [Network](./network.html)

## Product

Our team is split into the following areas:

* [Checkout](./checkout.html)
* [Search](./search.html)
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Platform > Storage',
      'Engineering > Platform > Network',
      'Engineering > Product > Checkout',
      'Engineering > Product > Search'
    ])
  })
})

describe('"Team Profile"', () => {
  it("is who the unit's people are, a part of it, not one more team", () => {
    const names = teamPaths(imported(OVERVIEW).catalog).map((path) => path.split(' > ').at(-1))
    expect(names).toEqual(['Installation', 'Maintenance', 'Training'])
  })
})

describe('"Profile" alone', () => {
  it('may be a team among teams, as the one that builds user profiles', () => {
    const plan = imported(`# Teams

## Profile

The Profile team owns the user profile pages and their API.

## Checkout

The Checkout team owns the cart and payments.
`)
    expect(teamPaths(plan.catalog).map((path) => path.split(' > ').at(-1))).toEqual([
      'Profile',
      'Checkout'
    ])
  })
})

describe("an organization overview's title", () => {
  it('names the company before the unit whose function its last words say', () => {
    const plan = imported(OVERVIEW)
    expect(plan.catalog.company.name).toBe('Lumen')
    expect(plan.catalog.divisions.map((division) => division.name)).toEqual(['Field Operations'])
  })

  it('names the company alone when no word of it says what a department does', () => {
    const plan = imported(OVERVIEW.replace('Lumen Field Operations', 'Northwind'))
    expect(plan.catalog.company.name).toBe('Northwind')
  })
})
