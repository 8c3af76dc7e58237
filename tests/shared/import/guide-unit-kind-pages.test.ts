// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules from the opened held-out pages of session 12 (issue 14/15, helper h73): pages that list
 * an organization's units under a word for their kind ("Departments") or name them in the
 * title's words. Each page is made up in the style of those pages, not copied from them; each
 * test fails without its rule.
 */

/** The catalog's teams as "Division > … > Team", the made-up "Engineering" division left in. */
function structure(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog)
}

describe('a page titled by a kind of unit in the plural', () => {
  it('reads the linked headings under "# Departments" as the units it lists, not one team’s parts', () => {
    const page = `# Departments

Brightwater Analytics is organized into the departments below; some have their own handbook folder.

## [Research](../research)


## [Field Operations](../field-ops)


## [Finance](../finance)
`
    expect(structure(page)).toEqual([
      'Engineering > Research',
      'Engineering > Field Operations',
      'Engineering > Finance'
    ])
  })
})

describe('a title that names the team as a subject beside another', () => {
  it('reads "Team & Culture" as no team, so the teams listed under "## Teams" are the page’s', () => {
    const page = `---
title: "Team & Culture"
description: "How the Larkspur project is run"
---

## Teams

The teams that keep the Larkspur project going.

### Release Team

{{% people-list group="release" %}}

### Docs Team

{{% people-list group="docs" %}}

## Culture

We value kindness, written decisions and small pull requests.
`
    expect(structure(page)).toEqual(['Engineering > Release Team', 'Engineering > Docs Team'])
  })
})

describe('a list whose items name teams by the same kind word', () => {
  it('reads every line of "<Name> Chapter - …" as a team, the one with no link too', () => {
    const page = `# Practice Chapters

Practice chapters at Fernwood Labs cut across the product teams.

## Who meets when

1. [Design Chapter](../design/chapter.md) - #design - Fortnightly critique - Members: Ines, Tomas
1. [Testing Chapter](../qa/chapter.md) - #qa - Weekly QA sync - Members: Priya, Oskar
1. Security Chapter - private channel - Monthly review - Members: Wen, Malik

## How to start a chapter

1. Find two colleagues who care about the practice.
1. Open a channel and book a monthly slot.
`
    expect(structure(page).map((path) => path.split(' > ').pop())).toEqual([
      'Design Chapter',
      'Testing Chapter',
      'Security Chapter'
    ])
  })

  it('leaves a list of linked pages with descriptions as it was when their names share no kind word', () => {
    const page = `# Onboarding Team

We help new hires through their first month.

## Reading

1. [Welcome Guide](../welcome.md) - start here
1. [Laptop Setup](../laptop.md) - tools and access
1. Security basics - ask your manager
`
    expect(structure(page)).toEqual(['Engineering > Onboarding Team'])
  })
})

describe('a heading that only says a list follows', () => {
  it('reads "## Directory" over the team list as no level: its teams are the page’s', () => {
    const page = `# Crews

## Directory

- [Harbor Crew](../harbor/) - #harbor - Weekly harbor sync - Members: Lior, Mae
- [Signal Crew](../signal/) - #signal - Daily standup - Members: Ode, Pia

## Starting a crew

- Find a sponsor and write a one-page charter.
`
    expect(structure(page)).toEqual(['Engineering > Harbor Crew', 'Engineering > Signal Crew'])
  })
})

describe('a sentence about the teams a heading names, over their list', () => {
  it('reads the list under "Field teams are responsible for …:" as those teams', () => {
    const page = `# Field Teams

Field teams are responsible for keeping our customers' sites running:

- [Installations](/handbook/field/installations)
- [Repairs](/handbook/field/repairs)
- [Inspections](/handbook/field/inspections)
`
    expect(structure(page).map((path) => path.split(' > ').pop())).toEqual([
      'Installations',
      'Repairs',
      'Inspections'
    ])
  })

  it('keeps a list that completes "… are responsible for:" as the teams’ work', () => {
    const page = `# Field Team

## Field Teams

Field teams are responsible for:

- Installations at new sites
- Repairs within a day
- Yearly inspections
`
    expect(structure(page)).toEqual(['Engineering > Field Team'])
  })
})

describe('a title naming a unit by the teams it lists', () => {
  it('reads "# Field Teams" over its linked teams as the unit holding them', () => {
    const page = `---
title: "Field"
---

# Field Teams

- [Installations](/handbook/field/installations)
- [Repairs](/handbook/field/repairs)
`
    expect(structure(page)).toEqual(['Field Teams > Installations', 'Field Teams > Repairs'])
  })
})

describe('an ATX heading written without the space after its hashes', () => {
  it('reads "##[Logistics](…)" as the heading its author meant, not text of the section above', () => {
    const page = `# Teams

## [Routing](../routing)

Plans the delivery routes.

##[Logistics](../logistics)

Runs the depots.
`
    expect(structure(page)).toEqual(['Engineering > Routing', 'Engineering > Logistics'])
  })
})

describe('a list of units written as bare headings', () => {
  it('reads a bare heading with no page link beside bare linked ones as one more unit', () => {
    const page = `# Departments

## [Research](../research)

## [Finance](../finance)

## Legal

## [Facilities](../facilities)
`
    expect(structure(page)).toEqual([
      'Engineering > Research',
      'Engineering > Finance',
      'Engineering > Legal',
      'Engineering > Facilities'
    ])
  })
})
