// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import { imported } from '../../fixtures/guides'
import { teamNamed, teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules kept by cross-validation (issues 14/15, 2026-12-05, helper h44): written from the errors
 * of half of fourteen swept maintainers files, OWNERS-style area tables, governance lists and
 * team lists, and kept only when the other half (and h35's and h36's check halves) did not get
 * worse. Each fixture is written in the style of those pages, not copied from them, and fails
 * without its rule.
 */

/** The catalog's teams as "Division > … > Team", the made-up "Engineering" division left in. */
function structure(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog)
}

describe('tables of owned areas', () => {
  it('reads "Area | Lead | Owners" rows as the areas the file routes work to', () => {
    const page = `# Review routing

Tag the owners of the area closest to your change.

## Areas

| Area | Lead | Owners |
|------|------|--------|
| area-parser | @ana | @ana @bo |
| area-codegen | @cy | @dee |
| [area-runtime](https://example.com/issues?label=area-runtime) | @cy | @eve @fay |
`
    expect(structure(page).map((path) => path.split(' > ').at(-1))).toEqual([
      'area-parser',
      'area-codegen',
      'area-runtime'
    ])
  })

  it('leaves a table of areas nobody is said to own alone', () => {
    const page = `# Roadmap

## Areas

| Area | Status |
|------|--------|
| Parser | stable |
| Codegen | beta |

## Teams

- **Compiler**: owns the parser and the code generator.
`
    expect(structure(page)).not.toContain('Engineering > Parser')
  })
})

describe('a table of owned areas kept one row per owner (helper h48)', () => {
  it('reads each area a cell lists as its own area, an area on two rows once', () => {
    const page = `# Code owners

| Owner | Area |
|-------|------|
| [Ana Lee](https://github.com/ana) | Parser, Type checker, Code generation |
| [Bo Chen](https://github.com/bo) | Runtime |
| [Cy Diaz](https://github.com/cy) | Runtime, Debugger |
`
    expect(structure(page).map((path) => path.split(' > ').at(-1))).toEqual([
      'Parser',
      'Type checker',
      'Code generation',
      'Runtime',
      'Debugger'
    ])
  })

  it('keeps a cell that is a phrase, not a list of names, whole', () => {
    const page = `# Code owners

| Owner | Area |
|-------|------|
| @ana | Parsing, and the syntax tree it builds for every later pass |
| @bo | Runtime |
`
    expect(structure(page).map((path) => path.split(' > ').at(-1))).toEqual([
      'Parsing, and the syntax tree it builds for every later pass',
      'Runtime'
    ])
  })

  it('keeps a row per area whole where the area column comes first ("Area | Owners")', () => {
    const page = `# Code owners

| Area | Owners |
|------|--------|
| Parser, Lexer | @ana |
| Runtime | @bo |
`
    expect(structure(page).map((path) => path.split(' > ').at(-1))).toEqual([
      'Parser, Lexer',
      'Runtime'
    ])
  })
})

describe('a file of who reviews what names the file, not a unit', () => {
  it('reads "Pull Requests Tagging" over its areas as the page, not a division', () => {
    const page = `# Pull Requests Tagging

If you need to tag people on a pull request, tag the owners of its area.

## Areas

| Area | Lead | Owners |
|------|------|--------|
| area-build | @ana | @bo |
| area-docs | @cy | @dee |
`
    expect(structure(page)).toEqual(['Engineering > area-build', 'Engineering > area-docs'])
  })

  it('reads the sub-project sections of "Committers to the … project" as its teams', () => {
    const page = `# Committers to the Orbit project

The committers of each sub-project vote on its releases.

## Orbit Sub-projects

### Orbit Gateway

- Ana Diaz (Lead) - @anad (ana@example.com)
- Bo Lind - @bolind (bo@example.com)

### Orbit CLI

- Cy Moss (Lead) - @cymoss (cy@example.com)
- Dee Park - @deepark (dee@example.com)
`
    expect(structure(page)).toEqual([
      'Orbit Sub-projects > Orbit Gateway',
      'Orbit Sub-projects > Orbit CLI'
    ])
  })
})

describe('bold labels over paragraphs', () => {
  it('reads two bold-label paragraphs under "Teams", each over its text, as the teams', () => {
    const page = `Product teams
=============

Teams
-----

We have two product teams, each with a product manager and engineers.

**Growth team**

The growth team is responsible for new customers and new revenue.

**Fulfilment team**

The fulfilment team is responsible for getting orders to customers on time.

Roles
-----

Engineers report to a team lead.
`
    expect(structure(page).map((path) => path.split(' > ').at(-1))).toEqual([
      'Growth team',
      'Fulfilment team'
    ])
  })

  it('reads bold lines over lists of their own work as the teams, written as bold lines', () => {
    const page = `# Acme Engineering

Our engineering organization is split into teams.

**Payments**
- Owns checkout and billing
- Works on the payment gateway

**Search Platform**
- Owns the search index
- Runs the ranking service

**Mobile Apps**
- Builds the iOS and Android apps

## Contact

Ask in the engineering channel.
`
    expect(structure(page).map((path) => path.split(' > ').at(-1))).toEqual([
      'Payments',
      'Search Platform',
      'Mobile Apps'
    ])
    const plan = importGuide(page, { file: 'acme.md' })
    if (!plan.ok) throw new Error('no plan')
    expect(plan.value.outline[0].written).toBe('# heading')
    expect(plan.value.outline[0].children.map((entry) => entry.written)).toEqual([
      'bold line',
      'bold line',
      'bold line',
      '## heading'
    ])
  })

  it('reads three bold lines over lists as teams beside process sections, not their parts', () => {
    const page = (names: string[]) => `# Acme Engineering

Our engineering organization is split into teams.

${names.map((name) => `**${name}**\n- Owns the ${name.toLowerCase()} work\n- Reviews every change\n`).join('\n')}
## How we work

We ship weekly and review every change.

## Contact

Ask in the engineering channel.

## Hiring

We hire all year.

## On-call

- Rotations are weekly
`
    expect(structure(page(['Payments', 'Search Platform', 'Mobile Apps']))).toEqual([
      'Engineering > Payments',
      'Engineering > Search Platform',
      'Engineering > Mobile Apps'
    ])
    // Two are no pattern; bold lines named as a page's parts are its parts.
    expect(structure(page(['Payments', 'Search Platform']))).not.toContain('Engineering > Payments')
    for (const path of structure(page(['Responsibilities', 'Tools', 'Contact']))) {
      expect(path).not.toMatch(/> (?:Responsibilities|Tools|Contact)$/u)
    }
  })

  it('leaves a lone bold note over a paragraph as text', () => {
    const page = `# Payments

**Note**

The payments team owns checkout and refunds.

- Checkout service
- Refunds service
`
    expect(structure(page).map((path) => path.split(' > ').at(-1))).toEqual(['Payments'])
  })
})

describe("a governance file's people and backers", () => {
  it('reads "Institutional Partners" and its tiers of linked organizations as no team', () => {
    const page = `# Orbit People

## Core Team

- Ana Diaz
- Bo Lind

## Institutional Partners

### Tier 1

- [Acme Corp](https://acme.example.com/) (Ana Diaz, Bo Lind)
- [Globex](https://globex.example.com) (Cy Moss)
`
    expect(structure(page).join('\n')).not.toMatch(/Acme Corp|Globex/u)
  })

  it('reads "Deputy Project Leads" with bold roles over their holders as people, not a team', () => {
    const page = `# People

## Deputy Project Leads

These are the current deputy lead positions:

- **API Leader** : Ana Diaz [@anad](https://github.com/anad)
- **Secretary** : Bo Lind [@bolind](https://github.com/bolind)

## Platform

The platform team owns the build and the release pipeline.

- Build service
- Release pipeline
`
    expect(structure(page).map((path) => path.split(' > ').at(-1))).toEqual(['Platform'])
  })
})

describe("a maintainers file's people lines", () => {
  it('reads "Name - @handle (e-mail)" lines as people, their names as no technology', () => {
    const page = `# Committers to the Orbit project

## Orbit Sub-projects

### Orbit CLI

- Cy Moss (Lead) - @cymoss (cy@example.com)
- Brandon Jenkins - @bjenkins (brandon@example.com)
- Dee Park - @deepark (dee@example.com)

### Orbit Gateway

- Ana Diaz (Lead) - @anad (ana@example.com)
- Bo Lind - ???? (bo@example.com)
`
    const team = teamNamed(imported(page).catalog, 'Orbit CLI')
    expect(team.projects).toEqual([])
    expect([...team.stack, ...team.mentions]).not.toContain('Jenkins')
  })
})

describe('the product most teams mention', () => {
  const page = (notes: string[]): string => `# Pull Requests Tagging

## Areas

| Area | Owners | Notes |
|------|--------|-------|
${notes.map((note, i) => `| area-${i} | @owner${i} | ${note} |`).join('\n')}
`

  it('is the product the areas are parts of, not a technology of each', () => {
    const plan = imported(
      page([
        'Issues related to the Grafana dashboards',
        'Issues related to Grafana alerting',
        'Issues related to the Grafana plugins',
        'Issues related to the documentation',
        'Issues related to the build'
      ])
    )
    expect(teamNamed(plan.catalog, 'area-0').mentions).toEqual([])
    expect(teamNamed(plan.catalog, 'area-2').mentions).toEqual([])
  })

  it('stays a mention where only a few of the teams name it', () => {
    const plan = imported(
      page([
        'Issues related to the Grafana dashboards',
        'Issues related to Grafana alerting',
        'Issues related to the plugins',
        'Issues related to the documentation',
        'Issues related to the build',
        'Issues related to the installer'
      ])
    )
    expect(teamNamed(plan.catalog, 'area-0').mentions).toEqual(['Grafana'])
  })
})

describe('a page with no heading that opens by naming its team', () => {
  it('reads "The Core subteam shepherds …" as that one team\'s page', () => {
    const page = `The Core subteam shepherds design proposals through review, and makes technical
decisions about the architecture of Orbit.

| Name | GitHub |
| --- | --- |
| Ana Diaz | anad |
| Bo Lind | bolind |

The team lead is Ana Diaz.
`
    expect(structure(page).map((path) => path.split(' > ').at(-1))).toEqual(['Core subteam'])
  })

  it('still refuses a page with no heading that names no team', () => {
    const result = importGuide('This page explains how releases are cut.\n\n- Tag\n- Build\n', {
      file: 'guide.md'
    })
    expect(result.ok).toBe(false)
  })
})

describe('areas that list only their people', () => {
  it('reads "Onboarding" and a lead-less list beside other areas of people as areas too', () => {
    const page = `# Committers to the Orbit project

## Orbit Community Teams

### Onboarding

- Ana Diaz - @anad (ana@example.com)
- Bo Lind - @bolind (bo@example.com)

### Documentation

- Cy Moss - @cymoss (cy@example.com)
- Dee Park - @deepark (dee@example.com)

### Foundation

- Eve Stone (Lead) - @evestone (eve@example.com)
- Fay Wong - @faywong (fay@example.com)
`
    expect(structure(page)).toEqual([
      'Orbit Community Teams > Onboarding',
      'Orbit Community Teams > Documentation',
      'Orbit Community Teams > Foundation'
    ])
  })

  it('keeps a "Steering Council" of people beside them a governance body, not an area', () => {
    const page = `# Committers to the Orbit project

## Orbit Sub-projects

### Orbit CLI

- Ana Diaz (Lead) - @anad (ana@example.com)

### Orbit Gateway

- Bo Lind (Lead) - @bolind (bo@example.com)

### Steering Council

- Cy Moss - @cymoss (cy@example.com)
`
    expect(structure(page).join('\n')).not.toContain('Steering Council')
  })
})

describe('a repository address as a heading', () => {
  it('names the component, whatever words the address holds ("metrics")', () => {
    const page = `# https://github.com/orbit/orbit-gateway

Ana Diaz, Acme <ana@example.com> (@anad)

# https://github.com/orbit/metrics-reporter

Bo Lind, Acme <bo@example.com> (@bolind)
`
    expect(structure(page).map((path) => path.split(' > ').at(-1))).toEqual([
      'https://github.com/orbit/orbit-gateway',
      'https://github.com/orbit/metrics-reporter'
    ])
  })
})

describe('a paragraph of people under an area', () => {
  it('reads "Name, Company <e-mail> (@handle)" lines as people, their names as no technology', () => {
    const page = `# https://github.com/orbit/orbit-oauth

Marko Strukelj, Acme <marko@example.com> (@mstruk)
Ana Diaz, Acme <ana@example.com> (@anad)

# https://github.com/orbit/orbit-ui

Bo Lind, Acme <bo@example.com> (@bolind)
`
    const team = teamNamed(imported(page).catalog, 'https://github.com/orbit/orbit-oauth')
    expect([...team.stack, ...team.mentions]).toEqual([])
  })
})

describe('a list of working groups written as names with their leads', () => {
  it('reads "Name (Co-Leads: …)" items under "Existing working groups" as the groups', () => {
    const page = `# Working groups

Working groups are subteams of the Orbit community that meet on a regular cadence.

## Existing working groups

- Packaging (Co-Leads: [Ana Diaz](https://github.com/anad) and [Bo Lind](https://github.com/bolind))
- Documentation (Co-Leads: [Cy Moss](https://github.com/cymoss) and [Dee Park](https://github.com/deepark))

## How to start a new working group

1. Propose it on the forum.
`
    expect(structure(page).map((path) => path.split(' > ').at(-1))).toEqual([
      'Packaging',
      'Documentation'
    ])
  })
})

describe('a list of owned areas under a category', () => {
  it('reads "Area: what it is" over its owners\' handles, and "Area: @handle", as areas', () => {
    const page = `# Committers

## Area Owners

### Engine

- Scheduler: the loop that batches requests
    - @anad, @bolind
- Cache Manager: the memory layer under the scheduler
    - @cymoss
- Tracing: @deepark, @evestone
`
    expect(structure(page).map((path) => path.split(' > ').at(-1))).toEqual([
      'Scheduler',
      'Cache Manager',
      'Tracing'
    ])
  })
})

describe("a committer's line that opens with their handle", () => {
  it('reads "[@handle](…): areas" items as people, not teams', () => {
    const page = `# Committers

## Active Committers

- [@anad](https://github.com/anad): Scheduler, API server
- [@bolind](https://github.com/bolind): Kernels and performance
- [@cymoss](https://github.com/cymoss): Documentation

## Teams

- **Runtime**: owns the scheduler and the API server.
`
    expect(structure(page).map((path) => path.split(' > ').at(-1))).toEqual(['Runtime'])
  })
})

/**
 * h46 (issue 14): a maintainers/areas/owners file's title names the page, or the project, never
 * the one team and never a unit above every area. Fixtures written in the style of h44's
 * develop pages (a language's module maintainers, a query engine's components page, a
 * conventions project's areas table), not copied from them.
 */
describe("a maintainers file's title names the page, not one team or a unit", () => {
  it('reads "# Maintainers" over categories of areas as the areas, not one team "Maintainers"', () => {
    const page = `# Maintainers
This page lists who maintains each part of Quill.

## Module Maintainers
A module maintainer fixes the bugs of their part.

### Parser
* Ana Diaz (anad)

### Bytecode compiler
* Bo Lind (bolind)

### Garbage collector
* Cy Moss (cymoss)
`
    const names = structure(page).map((path) => path.split(' > ').at(-1))
    expect(names).not.toContain('Maintainers')
    expect(names).toEqual(['Parser', 'Bytecode compiler', 'Garbage collector'])
  })

  it('reads "Components and Maintainers" in front matter as the page over its components', () => {
    const page = `---
title: Components and Maintainers
---

## Summary

This page lists the people responsible for each part of the engine.

## Component Maintainers

### Vectors and Types

* Ana Diaz - [anad](https://github.com/anad) / ana@example.com

### Operators

* Bo Lind - [bolind](https://github.com/bolind) / bo@example.com

### Memory Management

* Cy Moss - [cymoss](https://github.com/cymoss) / cy@example.com
`
    const names = structure(page).map((path) => path.split(' > ').at(-1))
    expect(names).not.toContain('Components and Maintainers')
    expect(names).toEqual(
      expect.arrayContaining(['Vectors and Types', 'Operators', 'Memory Management'])
    )
  })

  it('reads an areas table under "# Tracing Convention Areas" with no unit named after the title', () => {
    const page = `# Tracing Convention Areas

Conventions are organized into areas, some of them overseen by a Special Interest Group (SIG).

| Name | Owners | Labels | Status |
|------|--------|--------|--------|
| Conventions: HTTP | [http-approvers](https://github.com/orgs/example/teams/http-approvers) | \`area:http\` | \`active\` |
| Conventions: Messaging | [messaging-approvers](https://github.com/orgs/example/teams/messaging-approvers) | \`area:messaging\` | \`inactive\` |
| Conventions: Database | [db-approvers](https://github.com/orgs/example/teams/db-approvers) | \`area:db\` | \`active\` |
`
    for (const path of structure(page)) expect(path).not.toMatch(/Convention Areas/u)
    expect(structure(page).map((path) => path.split(' > ').at(-1))).toEqual([
      'Conventions: HTTP',
      'Conventions: Messaging',
      'Conventions: Database'
    ])
  })
})

describe('areas written as "X Maintainers" headings over their people (helper h48)', () => {
  it('reads "## rust-url Maintainers" beside others of its kind as the area it names', () => {
    const page = `# Quill Maintainers

- [Ana Diaz (@anad)](https://github.com/anad)
- [Bo Lind (@bolind)](https://github.com/bolind)

## quill-parser Maintainers

- [Cy Moss (@cymoss)](https://github.com/cymoss)

## Bytecode Maintainers

- [Dee Park (@deepark)](https://github.com/deepark)
- [Eve Ruiz (@everuiz)](https://github.com/everuiz)

## Emeritus Maintainers

- [Fay Lo (@faylo)](https://github.com/faylo)
`
    const names = structure(page).map((path) => path.split(' > ').at(-1))
    expect(names).toEqual(['quill-parser', 'Bytecode'])
  })

  it('keeps a lone "X Maintainers" heading of people a heading of people', () => {
    const page = `# Quill

Quill is a small language.

## Teams

- **Compiler**: owns the parser and the code generator.
- **Runtime**: owns the interpreter.

## Docs Maintainers

- [Cy Moss (@cymoss)](https://github.com/cymoss)
`
    const names = structure(page).map((path) => path.split(' > ').at(-1))
    expect(names).not.toContain('Docs')
  })
})

describe('a heading with no people of its own over one area of people (helper h48)', () => {
  it('reads "## Arm boards" over "### Quill M0 line" as a group holding the area, not the area', () => {
    const page = `# Quill Subsystem Maintainers

This file names who maintains each part of Quill.

# Ports

## RISC-V

- Ana Diaz (@anad)

## Xtensa

- Bo Lind (@bolind)

## Arm boards

### Quill M0 line

- Cy Moss (@cymoss)
- Dee Park (@deepark)

# Libraries

## Parser

- Eve Ruiz (@everuiz)

## Printer

- Fay Lo (@faylo)
`
    expect(structure(page)).toContainEqual(expect.stringMatching(/Arm boards > Quill M0 line$/u))
    expect(structure(page).map((path) => path.split(' > ').at(-1))).not.toContain('Arm boards')
  })
})

describe('a category over sub-categories of areas whose people go by "Name (account)" (helper h48)', () => {
  const page = `# Maintainers

## Module Maintainers

### Parser
* Ana Diaz (anad)

### Evaluator
* Bo Lind (bolind)

## Bundled Library Maintainers

### Libraries

#### lib/quill/json.rb
* Cy Moss (cymoss)
* https://github.com/quill/json

#### lib/quill/csv.rb
* Dee Park (deepark)
* Eve Ruiz (everuiz)

### Extensions

#### ext/zlib
* Fay Lo (faylo)

#### ext/socket
* Gus Tam (gustam)
* https://github.com/quill/socket
`

  it('reads each area under "Libraries" and "Extensions" in the category', () => {
    expect(structure(page)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Bundled Library Maintainers > Libraries > lib\/quill\/json\.rb$/u),
        expect.stringMatching(/Bundled Library Maintainers > Libraries > lib\/quill\/csv\.rb$/u),
        expect.stringMatching(/Bundled Library Maintainers > Extensions > ext\/zlib$/u),
        expect.stringMatching(/Bundled Library Maintainers > Extensions > ext\/socket$/u)
      ])
    )
  })

  it('reads "Ana Diaz (anad)" and the area\'s address as no team and no technology', () => {
    const names = structure(page).map((path) => path.split(' > ').at(-1))
    expect(names).not.toContain('Ana Diaz (anad)')
    expect(names.some((name) => name?.startsWith('https://'))).toBe(false)
  })
})

describe('a category of areas named "X Maintainers"', () => {
  const page = `# Maintainers
This page lists who maintains each part of Quill.

## Module Maintainers
A module maintainer fixes the bugs of their part.

### Parser
* Ana Diaz (anad)

### Bytecode compiler
* Bo Lind (bolind)

## Platform Maintainers

### FreeBSD
* Cy Moss (cymoss)

### Solaris
* Dee Park (deepark)

## Emeritus Maintainers

### Old interpreter
* Eve Ek (eveek)

### Tk bindings
* Fay Fox (fayfox)
`

  it('reads "Module Maintainers" over a section per area as a unit holding the areas', () => {
    expect(structure(page)).toEqual(
      expect.arrayContaining([
        'Module Maintainers > Parser',
        'Module Maintainers > Bytecode compiler',
        'Platform Maintainers > FreeBSD',
        'Platform Maintainers > Solaris'
      ])
    )
  })

  it('keeps "Emeritus Maintainers", people by their standing, no unit', () => {
    for (const path of structure(page)) expect(path).not.toMatch(/^Emeritus Maintainers >/u)
  })
})
