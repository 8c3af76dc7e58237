// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import type { GuideEntry } from '../../../src/shared/import/guide-entry'
import { choosePageReading, readingKindOf } from '../../../src/shared/import/page-reading'
import { fileTeams, teamNamed, teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules found when the fifth to seventh held-out sets were opened for diagnosis (tests/corpus
 * README, "Opened for diagnosis, 2026-12-06"): pages of teams with a stack table each, a contents
 * list of links over them and status headings. Each fixture is made up, with none of those
 * documents' names, and fails without its rule.
 */

describe('a name of everyday words going on into a longer name', () => {
  it('is no technology, though a technology is named in the same sentence', () => {
    const plan = imported(`# Harbour Works

## Teams

### Ledger

The Next Wave Ledger project moves the harbour's billing to Kubernetes clusters.

- [See the code](https://example.org/ledger)

### Tides

The Tides team keeps the tide tables and their feeds, written in Go.

- [See the code](https://example.org/tides)
`)
    const ledger = teamNamed(plan.catalog, 'Ledger')
    expect([...ledger.stack, ...ledger.mentions]).toContain('Kubernetes')
    expect([...ledger.stack, ...ledger.mentions]).not.toContain('Next.js')
  })
})

describe("a table inside a team's section with a column per kind of technology", () => {
  it("is the team's stack: the names the dictionary knows, not the free text beside them", () => {
    const plan = imported(`# Harbour Works

## Teams

### Ledger

The Ledger team runs the harbour's billing.
* [See the code](https://example.org/ledger)

| Frontend | Backend | Database | Deployment Tool | Automation Tests | Languages |
|:--:|:--:|:--:|:--:|:--:|:--:|
| Vue | Django, Quaybill | PostgreSQL | N/A | Cypress | Python |

### Tides

The Tides team keeps the tide tables and their feeds.
* [See the code](https://example.org/tides)

| Frontend | Backend | Database | Deployment Tool | Automation Tests | Languages |
|:--:|:--:|:--:|:--:|:--:|:--:|
| React | Express, Node.js | MongoDB | Jenkins | | TypeScript |
`)
    expect(teamNamed(plan.catalog, 'Ledger').stack).toEqual([
      'Vue',
      'Django',
      'PostgreSQL',
      'Cypress',
      'Python'
    ])
    expect(teamNamed(plan.catalog, 'Tides').stack).toEqual([
      'React',
      'Express',
      'Node.js',
      'MongoDB',
      'Jenkins',
      'TypeScript'
    ])
  })
})

describe('a contents list of the teams, then a section per team', () => {
  it("reads each team's description and stack from its section, where the list only named it", () => {
    const plan = imported(`# Harbour Works

## Teams

[Ledger](#ledger)

[Tides](#tides)

## About each team

### Ledger

The Ledger team runs the harbour's billing.

* [See the code](https://example.org/ledger)

#### Stack

- Django
- PostgreSQL

### Tides

The Tides team keeps the tide tables and their feeds.

* [See the code](https://example.org/tides)

#### Stack

- Go
- Redis
`)
    const ledger = teamNamed(plan.catalog, 'Ledger')
    expect(ledger.summary).toContain('billing')
    expect(ledger.stack).toEqual(['Django', 'PostgreSQL'])
    expect(teamNamed(plan.catalog, 'Tides').stack).toEqual(['Go', 'Redis'])
  })
})

describe('a heading that sorts teams by their status', () => {
  it('is no unit: "Archived Teams" holds teams as "Current Teams" does', () => {
    const plan = imported(`# Harbour Works

## Current Teams

### Ledger

The Ledger team runs the harbour's billing.

* [See the code](https://example.org/ledger)

## Archived Teams

### Tides

The Tides team kept the tide tables and their feeds.

* [See the code](https://example.org/tides)

### Cranes

The Cranes team scheduled the cranes of the east quay.

* [See the code](https://example.org/cranes)
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Harbour Works > Ledger',
      'Harbour Works > Tides',
      'Harbour Works > Cranes'
    ])
  })
})

describe('a section written as a record of bold-label fields', () => {
  it('is a team when its fields name its leads and its scope', () => {
    const plan = imported(`# Northwind Working Groups

This file lists the working groups and who speaks for each.

## Ledger

**Scope:** How the harbour's invoices are written and checked.

**Lead:** Ana Diaz, ana@example.org

**Documents:** [Ledger rules](https://example.org/ledger)

## Tides

**Scope:** Tide tables and the feeds that publish them.

**Editors:**

- Bo Chen, bo@example.org
- Cy Park, cy@example.org

**Documents:** [Tide rules](https://example.org/tides)

## Cranes

**Scope:** Crane schedules of the east quay.

**Chair:** Dee Moss, dee@example.org

**Documents:** [Crane rules](https://example.org/cranes)
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Ledger',
      'Engineering > Tides',
      'Engineering > Cranes'
    ])
  })
})

describe('a title naming the kind of unit the page lists', () => {
  it('"Workstreams" after the organization names the page, no level above its units', () => {
    const plan = imported(`# Northwind Workstreams

## Ledger

**Scope:** How the harbour's invoices are written and checked.

**Lead:** Ana Diaz, ana@example.org

## Tides

**Scope:** Tide tables and the feeds that publish them.

**Lead:** Bo Chen, bo@example.org
`)
    expect(plan.catalog.company.name).toBe('Northwind')
    expect(teamPaths(plan.catalog)).toEqual(['Engineering > Ledger', 'Engineering > Tides'])
  })
})

describe('a page whose title names nothing, opening on "X is a team of …"', () => {
  it('is the page of that one team, its challenges and stack its parts', () => {
    const plan = imported(`---
title: Who We Are
---

Quayside Engineering is a team of builders who move the harbour's paperwork online.

### Our Challenges

Moving a harbour off paper takes patience.

#### Faster Than Paper

A clerk with a pen is fast. We have to be faster, so we keep trying new forms.

#### Talking To Other Systems

Our software has to speak with the ledgers the harbour already keeps, so we write APIs.

#### Smaller Services

We are breaking our one big application into smaller services, one at a time.

### Our Stack

 * We use \`Django\` for the back end.
 * Our database is \`PostgreSQL\`.
`)
    const teams = fileTeams(plan.catalog)
    expect(teams.map((team) => team.name)).toEqual(['Quayside Engineering team'])
    expect(teams[0].stack).toEqual(['Django', 'PostgreSQL'])
  })
})

describe("links in a team's section that tell the reader what to do", () => {
  it('name pages, not teams under it', () => {
    const plan = imported(`# Harbour Works

## Teams

### Ledger

The Ledger team runs the harbour's billing.

* [See the code](https://example.org/ledger)

### Cranes

This dual team has built the crane schedules and the console the quay staff use.

* [View the crane schedule](https://example.org/cranes) ([source](https://example.org/cranes-src))
* [View the crane console](https://example.org/console) ([source](https://example.org/console-src))
* [Learn about Cranes](https://example.org/about)
`)
    expect(teamPaths(plan.catalog)).toEqual(['Harbour Works > Ledger', 'Harbour Works > Cranes'])
  })
})

describe("a stack list's line naming where a technology is used", () => {
  it('reads the place after an article ("on the Front-End") as no technology', () => {
    const plan = imported(`# Ledger team

The Ledger team runs the harbour's billing.

## Our Stack

- We use \`Vue\` on the Front-End.
- We deploy with \`Ansible\` in a Monorepo.
- Our database is \`PostgreSQL\`.
`)
    expect(fileTeams(plan.catalog)[0].stack).toEqual(['Vue', 'Ansible', 'PostgreSQL'])
  })
})

describe('a heading naming the teams that do something ("Teams using …")', () => {
  it('is a team list, no unit and no team', () => {
    const plan = imported(`# Harbour Works

## Our Tide API

The Tide API serves tide tables to every team of the harbour.

## Teams using the Tide API

- [Ledger](https://example.org/ledger): billing by the tide
- [Cranes](https://example.org/cranes): crane schedules
- [Pilots](https://example.org/pilots): pilot boat rosters
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Harbour Works > Ledger',
      'Harbour Works > Cranes',
      'Harbour Works > Pilots'
    ])
  })
})

describe('a table under a team-list heading whose first column names what each team builds', () => {
  it('reads a team per row, its comments as what it says of the team, its names as no stack', () => {
    const plan = imported(`# Harbour Works

## Teams using the Tide API

| Project | Comments | Names |
|---|---|---|
| Ledger Portal | A Django app with jQuery | Ruby Tan |
| Crane Planner | | Ana Diaz, Bo Chen |
| Pilot Rosters | Evaluating it with Vue | Cy Park |
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Harbour Works > Ledger Portal',
      'Harbour Works > Crane Planner',
      'Harbour Works > Pilot Rosters'
    ])
    const ledger = teamNamed(plan.catalog, 'Ledger Portal')
    expect([...ledger.stack, ...ledger.mentions].sort()).toEqual(['Django', 'jQuery'])
  })
})

describe('a title greeting the reader ("Welcome to …")', () => {
  it('names what follows the greeting: the page of that one team', () => {
    const plan = imported(`# Welcome to Tide Watch

In Tide Watch we measure the tides and warn the quay when they turn.

We work closely with the pilots and the harbour master.

### Sections
* [How we publish the tide tables](tide-tables.md)
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Tide Watch'])
  })
})

describe('a blog post whose opening says which team was formed to write it', () => {
  it("is that team's story: one team, its sections parts of it", () => {
    const plan = imported(`---
layout: post
title: Vue in Tidewater
authors: [ana-diaz]
---
# Overview

Not long ago Northwind formed a new team, Tidewater, to move the harbour's forms online. It was
an exciting start for us, and it let us try new tools.

# Challenges

Many teams across the harbour own the apps we had to change. We now have a few modules, all
written in Vue:

*   Berth Booking
*   Cargo Manifests

# Foundation

We built a framework that owns all the project's shared components. Its parts are:

*   Component library
*   Release notes

# End Product

The team works on the booking flow, and we shipped these screens:

*   Booking form
*   Payment page

# Future

We are moving our code to TypeScript, and we keep our state in Pinia.
`)
    const teams = fileTeams(plan.catalog)
    expect(teams.map((team) => team.name)).toEqual(['Tidewater'])
    expect([...teams[0].stack, ...teams[0].mentions]).toContain('Vue')
  })
})

describe("the page's reading, when its writers name the team they write as", () => {
  const node = (
    label: string,
    role: GuideEntry['role'],
    children: GuideEntry[] = [],
    sure = false
  ) =>
    ({
      key: label.toLowerCase().replace(/\W+/gu, '-'),
      label,
      line: 1,
      role,
      inferred: role,
      reason: 'test',
      sure,
      source: { kind: 'section', section: undefined as never },
      children
    }) as GuideEntry
  const sections = [
    node('Vue in Tidewater', 'division', [
      node('Challenges', 'team'),
      node('Foundation', 'team', [], true),
      node('End Product', 'team'),
      node('Roadmap', 'team')
    ])
  ]
  const candidates = [
    { kind: readingKindOf(sections), outline: sections },
    { kind: 'one-team' as const, outline: [node('Vue in Tidewater', 'team', [], true)] }
  ]

  it("is one team's page, though the local rules read its sections as teams", () => {
    const facts = { title: 'Vue in Tidewater', calls: new Set<string>() }
    expect(choosePageReading(candidates, facts).chosen.kind).toBe('units-of-teams')
    expect(choosePageReading(candidates, { ...facts, writers: true }).chosen.kind).toBe('one-team')
  })
})

describe("a team's name that opens on a verb", () => {
  it('stays a name when no article or "about" follows the verb', () => {
    const plan = imported(`# Harbour Works

## Teams

- [Open Source Office](https://example.org/oso): our open source work
- [View Layer](https://example.org/view): the screens every app shares
- [Learn about the harbour](https://example.org/learn): a page for new starters
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([
      'Open Source Office',
      'View Layer'
    ])
  })
})

describe("a link to a package's page on a package registry", () => {
  it('names the library, though its text is a lower-case word', () => {
    const plan = imported(`# Harbour Works

## Teams

### Ledger

The Ledger team runs the harbour's billing. We format dates with
[moment](https://www.npmjs.com/package/moment) and serve the API with
[flask](https://pypi.org/project/Flask/).

* [See the code](https://example.org/ledger)

### Tides

The Tides team keeps the tide tables.

* [See the code](https://example.org/tides)
`)
    const ledger = teamNamed(plan.catalog, 'Ledger')
    expect([...ledger.stack, ...ledger.mentions]).toEqual(
      expect.arrayContaining(['Moment.js', 'Flask'])
    )
  })
})

describe("a table inside a team's section with a column of technologies", () => {
  it("is the team's stack, ambiguous names counted there ('Go' in a Technology column)", () => {
    // Session 22: "| Layer | Technology |" under each team, its rows "| Backend | Go |".
    const plan = imported(`# Harbour Works teams

## Ledger

Owns invoices and refunds.

| Layer | Technology |
|---|---|
| Backend | Java, Spring Boot |
| Database | PostgreSQL |

## Tides

Owns the tide tables.

| Layer | Technology |
|---|---|
| Feeds | Kafka |
| Backend | Go |
`)
    expect(teamNamed(plan.catalog, 'Ledger').stack).toEqual(['Java', 'Spring Boot', 'PostgreSQL'])
    expect(teamNamed(plan.catalog, 'Tides').stack).toEqual(['Kafka', 'Go'])
  })
})
