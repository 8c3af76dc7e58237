// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A list the sentence before it introduces as the organization's teams is its team list,
 * whatever the heading above says (issue 14, 2026-12-06, from h62's sweep of new real team
 * pages: an organization page's "Here is how our team is organized:" over seven linked team
 * pages under "## Current" gave one team named "Current" and dropped the seven). Fixtures in
 * that style, not copied from it.
 */
const names = (markdown: string): string[] =>
  teamPaths(imported(markdown).catalog).map((path) => path.split(' > ').at(-1)!)

const page = (intro: string) => `# Engineering

We build the product our customers rely on.

## Now

${intro}

- [Billing](billing/index.md)
- [Mobile](mobile/index.md)
- [Data platform](data-platform/index.md)
`

describe('a team list introduced by a sentence about the organization', () => {
  it.for([
    'Here is how our team is organized:',
    'This is how the engineering org is structured:',
    'We are organized into these groups:',
    'We have the following product teams:'
  ])('reads the linked list after "%s" as teams', (intro) => {
    expect(names(page(intro))).toEqual(
      expect.arrayContaining(['Billing', 'Mobile', 'Data platform'])
    )
  })

  it('says why it read each name as a team', () => {
    const notes = imported(page('Here is how our team is organized:')).notes.map((n) => n.message)
    expect(notes).toContain(
      '"Billing" read as a team (a linked line of a list the page says is teams): say so in a mapping to be sure'
    )
  })

  it('leaves a list of links after any other sentence to its section', () => {
    expect(names(page('Read more about it here:'))).not.toContain('Billing')
  })
})

describe('a list of names the section itself says are its teams', () => {
  const org = `# Engineering Organization

Engineering is split into two divisions: Product and Infrastructure.

## Product

### Core Squads

Each core squad owns one part of the app.

* **[Editor](/org/editor.md)**
* **[Sharing](/org/sharing.md)**

### Growth Teams

* **[Onboarding](/org/onboarding.md)**
* **Pricing**

## Infrastructure

The Infrastructure division runs everything the product runs on.

* **[Compute](/org/compute.md)**
* **[Storage](/org/storage.md)**
`

  it('reads bold linked names under a heading of teams in the plural as that unit’s teams', () => {
    const paths = teamPaths(imported(org).catalog)
    expect(paths).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Product > Core Squads > Editor$/u),
        expect.stringMatching(/Product > Core Squads > Sharing$/u),
        expect.stringMatching(/Product > Growth Teams > Onboarding$/u),
        expect.stringMatching(/Product > Growth Teams > Pricing$/u)
      ])
    )
  })

  it('reads the names after "The X division is…" under "## X" as its teams, not after "…consists of:"', () => {
    expect(teamPaths(imported(org).catalog)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Infrastructure > Compute$/u),
        expect.stringMatching(/Infrastructure > Storage$/u)
      ])
    )
    const parts = `# Engineering

The Engineering department consists of:

- [Development](dev/index.md)
- [Design](design/index.md)
`
    expect(names(parts)).not.toContain('Design')
  })

  it('leaves the teams a team works with to their own pages', () => {
    const page = `# Billing team

Billing owns invoices and payment reminders.

## Partner teams

- [Checkout](../checkout.md)
- [Ledger](../ledger.md)
`
    expect(names(page)).toEqual(['Billing team'])
  })
})

describe('an address alone nested under a team line', () => {
  it('is the team’s link, not a team under it', () => {
    const { catalog } = imported(`# Protocol

The Protocol department hosts the teams that implement our protocols. Our three main teams are:

- Lodestar: consensus client implementation in TypeScript
  - <https://github.com/acme/lodestar>
- Forest: Filecoin node implementation in Rust
  - <https://github.com/acme/forest>
- Gossamer: Polkadot host implementation in Go
  - <https://github.com/acme/gossamer>
`)
    expect(teamPaths(catalog)).toEqual([
      'Protocol > Lodestar',
      'Protocol > Forest',
      'Protocol > Gossamer'
    ])
    const forest = catalog.divisions[0].teams.find((team) => team.name === 'Forest')
    expect(forest?.links.map((link) => link.url)).toContain('https://github.com/acme/forest')
  })
})

describe('a heading named as a team of the list above', () => {
  it('is that team’s section: what it says joins the list’s team', () => {
    const { catalog } = imported(`# Protocol

The Protocol department hosts the teams that implement our protocols.

### Overview

Our three main teams are:

- Lodestar: consensus client in TypeScript
- Forest: Filecoin node in Rust
- Gossamer: Polkadot host in Go

### Lodestar

Lodestar is a set of libraries for an Ethereum client.

- Inspect records
- Serialize data

### Forest

Forest is a Filecoin node.
`)
    expect(teamPaths(catalog)).toEqual([
      'Protocol > Lodestar',
      'Protocol > Forest',
      'Protocol > Gossamer'
    ])
    const lodestar = catalog.divisions[0].teams.find((team) => team.name === 'Lodestar')
    expect(lodestar?.projects.map((project) => project.title)).toEqual([
      'Inspect records',
      'Serialize data'
    ])
  })
})

describe('a label alone naming the teams that follow ("Our engineering teams:")', () => {
  it('makes its plain "Name: what it does" lines the teams', () => {
    const { catalog } = imported(`# Engineering at Northwind

Our engineering teams:

- Payments: card and bank payments, in Java
- Search: site search, Elasticsearch
- Mobile: iOS and Android apps
`)
    expect(teamPaths(catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Payments',
      'Search',
      'Mobile'
    ])
  })
})

describe('a sentence saying the organization is organized into "the following" units', () => {
  it('introduces the list after it, full stop or colon', () => {
    const { catalog } = imported(`# Our employees

Lumen Robotics is organized into the following domains.

- Framework: the shared robotics runtime, maintained by the framework team
- Docs: user and developer documentation
- Infrastructure: build farms, CI and cloud accounts
`)
    expect(teamPaths(catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Framework',
      'Docs',
      'Infrastructure'
    ])
  })
})
