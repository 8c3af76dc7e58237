// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * One-team handbook pages whose only title is in front matter (issue 14, h53's check pages read
 * once, h54's round). Each fixture is written in the style of those pages, not copied from them,
 * and fails without its rule.
 */

describe('a front matter title over text that starts at H2', () => {
  it("names the page's one team; its one H2 is a part of it, not the team", () => {
    const page = `---
layout: page
title: Payments
weight: 3
---

## Responsibilities

### Checkout API

- The checkout service, its alerts and its on-call rotation.

### Refunds

- The refunds queue and the reports finance asks for.
`
    const teams = fileTeams(imported(page).catalog)
    expect(teams.map((team) => team.name)).toEqual(['Payments'])
  })
})

describe('a front matter title "X Handbook" over a page that calls its subject "the X team"', () => {
  it('is the handbook of that one team: its sections are parts, not teams', () => {
    const page = `---
title: Billing Handbook
---

## Scope and Duties

The billing team sits within the Finance organization and keeps invoices flowing.

## Owned Repositories

The billing team is responsible for the following code bases:

- [ledger](https://example.com/ledger) - The service that books every charge.
- [invoicer](https://example.com/invoicer) - Renders and sends the monthly invoices.

## Office Hours

Every Tuesday the billing team hosts office hours for questions about invoices.
`
    const teams = fileTeams(imported(page).catalog)
    expect(teams.map((team) => team.name)).toEqual(['Billing'])
  })
})

describe('a front matter description that is only a name ("Acme Engineering")', () => {
  const page = (description: string) => `---
title: Engineering
description: ${description}
---

## How we work

We review most changes. Where possible we write our services in Kotlin; see the
[Kotlin docs](https://kotlinlang.org/docs/) and [our template](https://github.com/pebblework/template).
`

  it('names the organization, as a title "Acme Engineering" does', () => {
    expect(imported(page('Pebblework Engineering')).catalog.company.name).toBe('Pebblework')
  })

  it('names none when it is a sentence', () => {
    expect(
      imported(page('How the engineers of Pebblework review and test code')).catalog.company.name
    ).not.toBe('Pebblework')
  })
})

describe('a page titled only "Team" whose front matter says what its team works on', () => {
  it('is that team, named after its product ("Meet the team working on Pebble Pay")', () => {
    const page = `---
description: Meet the team working on Pebble Pay
---

# 👋 Team

## Product and delivery

| Name | Role |
| --- | --- |
| Ada Byron | Product lead |

## Engineering and design

| Name | Role |
| --- | --- |
| Alan Turing | Engineering lead |
`
    expect(fileTeams(imported(page).catalog).map((team) => team.name)).toEqual(['Pebble Pay'])
  })
})

// From the dev corpus (a project's teams page and an agency's structure page, session 27).
describe('a front matter title that names the organization over a heading that names none', () => {
  const page = (front: string) => `---
${front}
---

# Team

Our team structure follows the governance document of the Basalt runtime.

### Moderation (mod)

The moderation team keeps the community's spaces friendly.

- Ana Ruiz
- Bo Chen

### Core (core)

The core team looks after the runtime.

- Cy Diaz
- Di Evans
`

  it('names the company ("title: Basalt Teams")', () => {
    expect(imported(page('title: Basalt Teams')).catalog.company.name).toBe('Basalt')
  })

  it('is not misled by a description that is only the page\'s word ("description: Teams.")', () => {
    const plan = imported(page('title: Basalt Teams\ndescription: Teams.'))
    expect(plan.catalog.company.name).toBe('Basalt')
  })
})
