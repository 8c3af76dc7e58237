// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Governance pages that write the roles of their people and their teams side by side (issue 14,
 * the sets opened for diagnosis on 2026-12-06). Each fixture is made up in the style of those
 * pages, not copied from them, and fails without its rule.
 */

const ROLES_PAGE = `# Summary

This page sets out how the Brindlewood project is run and how its groups work together.

# Roles And Responsibilities

## The Community

Everyone who uses Brindlewood is part of its community.

## Contributors

Anyone who opens a pull request or an issue becomes a contributor.

## Core team

The core team are the people trusted to look after Brindlewood.

### Release team

The release team is responsible for cutting each release and keeping the changelog.

* plan the release calendar
* sign the artifacts

### Outreach team

The outreach team runs the meetups and answers questions on the forum.

* organize the yearly sprint
* write the newsletter

## Steering Council

The Steering Council settles disputes the core team cannot.
`

describe('a "Roles and Responsibilities" heading over roles and teams', () => {
  it('is no level of the organization: the unit under it holds the teams', () => {
    expect(teamPaths(imported(ROLES_PAGE).catalog)).toEqual([
      'Core team > Release team',
      'Core team > Outreach team'
    ])
  })

  it("reads it so in sentence case too, where its words are a part's name", () => {
    const page = ROLES_PAGE.replace('Roles And Responsibilities', 'Roles and responsibilities')
    expect(teamPaths(imported(page).catalog)).toEqual([
      'Core team > Release team',
      'Core team > Outreach team'
    ])
  })
})

const FUNCTION_TEAMS = `# Teams

The Marrowfield community is run by three teams.

### Infrastructure team

The infrastructure team is responsible for the build servers and the package mirrors.

### Governance team

The governance team is responsible for the yearly elections and the budget.

### Communications team

The communications team works on the blog, the newsletter and the social accounts.

## Meetings

Each team meets every other week.

## Contact the team

Write to the mailing list.
`

describe('a team named for the function it serves ("Governance team")', () => {
  it('is a team, though its function word alone heads a section of process', () => {
    expect(teamPaths(imported(FUNCTION_TEAMS).catalog)).toEqual([
      'Engineering > Infrastructure team',
      'Engineering > Governance team',
      'Engineering > Communications team'
    ])
  })
})

const OWNED_REPOSITORIES = `# Forgehub

The Tallowmere organisation on Forgehub holds all of the project's repositories.

## Repositories

### [engine](https://forgehub.example/tallowmere/engine)

The simulation engine.

The [Engine team](https://tallowmere.example/teams/engine) controls this repository.

### [website](https://forgehub.example/tallowmere/website)

The source of the landing page.

This is maintained by the [outreach team](https://tallowmere.example/teams/outreach).

### [ops](https://forgehub.example/tallowmere/ops)

Server configuration.

The [operations team](https://tallowmere.example/teams/operations) controls this repository.
`

describe('teams named only in prose under a bare title', () => {
  it('stay at the top: the title names what the page is about, not a unit holding them', () => {
    expect(teamPaths(imported(OWNED_REPOSITORIES).catalog)).toEqual([
      'Engineering > Engine',
      'Engineering > outreach',
      'Engineering > operations'
    ])
  })
})

const BOLD_LABEL_POST = `---
title: How Quillory's engineering is organized
---

Quillory has grown to 90 people, so here is how our engineering group is laid out.

## Our Markets

Quillory runs two markets.

**Rentals**: Landlords pay a monthly fee to list their flats, and tenants browse for free.

**Resale**: Sellers pay a commission on each sale made on the site.

## A Product Organization

Each product team owns its goals and the resources to reach them.

**Listings Quality**: The Listings Quality team works on the tools landlords use to write their ads.

**Checkout**: The Checkout product team builds every payment flow across web and mobile.

**Search**: The search team keeps the index fresh and the results relevant.

## Closing Thoughts

Your mileage may vary: this works for us today and will change tomorrow.
`

describe('teams written as bold labels opening paragraphs of prose', () => {
  it('are teams where the text calls its label a team, and only there', () => {
    expect(teamPaths(imported(BOLD_LABEL_POST).catalog)).toEqual([
      'A Product Organization > Listings Quality',
      'A Product Organization > Checkout',
      'A Product Organization > Search'
    ])
  })
})

const SELF_DESCRIBED = `---
title: 'Governance'
---

# Governance

This page sets out how the project is run. While our work matters to many people,
brambleworks is an all-volunteer organization, and anyone may step back at any time.

## Teams & Roles

* **core:** The core team is the governing body over every brambleworks repository.
* **docs:** The docs team reviews every change to the handbook.
`

describe('teams written as bold labels that call themselves teams', () => {
  it('are teams though their text does not repeat the name', () => {
    const page = BOLD_LABEL_POST.replace(
      '**Listings Quality**: The Listings Quality team works',
      '**Listings Quality team**: We work'
    )
      .replace('**Checkout**: The Checkout product team builds', '**Checkout team**: We build')
      .replace('**Search**: The search team keeps', '**Search team**: We keep')
    expect(teamPaths(imported(page).catalog)).toEqual([
      'A Product Organization > Listings Quality team',
      'A Product Organization > Checkout team',
      'A Product Organization > Search team'
    ])
  })
})

describe('a page that names its organization only in a sentence saying what it is', () => {
  it('takes the name from "X is an … organization", however it is written', () => {
    expect(imported(SELF_DESCRIBED, { file: 'governance.md' }).catalog.company.name).toBe(
      'brambleworks'
    )
  })

  it('gives way to a name the user passes', () => {
    const plan = imported(SELF_DESCRIBED, {
      file: 'governance.md',
      companyName: 'Brambleworks e.V.'
    })
    expect(plan.catalog.company.name).toBe('Brambleworks e.V.')
  })

  it('reads no name from a pronoun opening such a sentence', () => {
    const page = SELF_DESCRIBED.replace('brambleworks is', 'it is')
    expect(imported(page, { file: 'governance.md' }).catalog.company.name).not.toBe('it')
  })
})
