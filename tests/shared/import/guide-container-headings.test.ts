// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules kept by cross-validation (issues 14/15, 2026-12-05, helper h52): a heading that only
 * heads the page's list of its areas or teams, or that names their people, is no unit above
 * them. Written from the errors of the swept develop pages (maintainers files, RFCs of team
 * structure, onboarding notes), in their style, not copied from them; each fails without its
 * rule.
 */

/** The catalog's teams as "Division > … > Team", the made-up "Engineering" division left in. */
function structure(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog)
}

describe('a heading that only heads the list of areas', () => {
  it('reads the areas under "List of Components" as the page’s, not a unit’s', () => {
    const page = `# Maintainers

Who to ask about each part of the code.

## List of Components

### Parser

- Ana Lee (@ana)

### Runtime

- Bo Chen (@bo)

### Debugger

- Cy Diaz (@cy)
`
    expect(structure(page)).toEqual([
      'Engineering > Parser',
      'Engineering > Runtime',
      'Engineering > Debugger'
    ])
  })

  it('reads "Technical Teams" and "Team Structure" qualified so as the list, not two units', () => {
    const page = `# This page moved

The list below is kept for the record.

# Technical Team Structure

## Summary

How the technical teams of the project work.

### Technical Teams

| Team | Repositories |
|------|--------------|
| Loader | [loader](https://example.com/loader) |
| Build Tools | [build](https://example.com/build) |
| Mappings | [mappings](https://example.com/mappings) |
`
    expect(structure(page)).toEqual([
      'Engineering > Loader',
      'Engineering > Build Tools',
      'Engineering > Mappings'
    ])
  })

  it('reads "Who to CC in issues" under notes of process as the list of owned areas', () => {
    const page = `# Additional Onboarding Information

## Who to CC in issues

| Subsystem | Maintainers |
|-----------|-------------|
| lib/parser | @ana |
| lib/runtime | @bo @cy |
| tools/lint | @dee |

## Labels

Label every issue with its subsystem.
`
    expect(structure(page)).toEqual([
      'Engineering > lib/parser',
      'Engineering > lib/runtime',
      'Engineering > tools/lint'
    ])
  })

  it('reads the project’s own name and a singular kind beside "List" as words of the list', () => {
    const page = `# Acme Maintainers

## Acme Components

### Brokers

- Ana Lee (@ana)

### Clients

- Bo Chen (@bo)

## Component Owners List

### Streams

- Cy Diaz (@cy)

### Connectors

- Dee Fox (@dee)
`
    expect(structure(page)).toEqual([
      'Engineering > Brokers',
      'Engineering > Clients',
      'Engineering > Streams',
      'Engineering > Connectors'
    ])
  })

  it('keeps a heading that names a kind of teams as the unit holding them', () => {
    const page = `# Engineering Handbook

## Platform Teams

### Storage

The Storage team owns the databases and the object store.

- Ana Lee, engineering manager

### Networking

The Networking team owns the load balancers and the service mesh.

- Bo Chen, engineering manager
`
    expect(structure(page)).toEqual(['Platform Teams > Storage', 'Platform Teams > Networking'])
  })
})

describe('a heading of the project’s people over its areas', () => {
  const areas = `### Acme CLI

The command-line client.

- Ana Lee (@ana)

### Acme Server

- Bo Chen (@bo)

### Acme Operator

- Cy Diaz (@cy)
`

  it('reads the first "# Acme Maintainers" as the title, beside "# Emeritus Maintainers"', () => {
    const plan = imported(`Who maintains what, by area.

# Acme Maintainers

${areas}
# Emeritus Maintainers

- Dee Fox (@dee)
`)
    expect(plan.catalog.company.name).toBe('Acme')
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Acme CLI',
      'Engineering > Acme Server',
      'Engineering > Acme Operator'
    ])
  })

  it('reads "# Acme Maintainers" after "# Core Maintainers" as its areas’ project, no unit', () => {
    expect(
      structure(`# Core Maintainers

- Zed Ng (@zed)

# Acme Maintainers

${areas}`)
    ).toEqual([
      'Engineering > Acme CLI',
      'Engineering > Acme Server',
      'Engineering > Acme Operator'
    ])
  })

  it('reads the page’s one top-level "# Acme Maintainers" after "# Overview" as no unit', () => {
    expect(
      structure(`# Overview

Who maintains what, by area.

# Acme Maintainers

### Parser

- Ana Lee (@ana)

### Runtime

- Bo Chen (@bo)

# Emeritus Maintainers

- Dee Fox (@dee)
`)
    ).toEqual(['Engineering > Parser', 'Engineering > Runtime'])
  })

  it('reads "# Acme Maintainers" and "# Acme Reviewers" as the project’s people, no units', () => {
    expect(
      structure(`# Acme Maintainers

### Parser

- Ana Lee (@ana)

### Runtime

- Bo Chen (@bo)

# Acme Reviewers

### Debugger

- Cy Diaz (@cy)

### Profiler

- Dee Fox (@dee)
`)
    ).toEqual([
      'Engineering > Parser',
      'Engineering > Runtime',
      'Engineering > Debugger',
      'Engineering > Profiler'
    ])
  })

  it('keeps top-level categories of a maintainers file ("Module", "Platform") as units', () => {
    expect(
      structure(`# Module Maintainers

### Evaluator

- Ana Lee (@ana)

### Core classes

- Bo Chen (@bo)

# Platform Maintainers

### Windows

- Cy Diaz (@cy)

### macOS

- Dee Fox (@dee)
`)
    ).toEqual([
      'Module Maintainers > Evaluator',
      'Module Maintainers > Core classes',
      'Platform Maintainers > Windows',
      'Platform Maintainers > macOS'
    ])
  })
})

describe('the project a maintainers or committers page keeps is its company', () => {
  it('is the name before "Committers" in the title of a page read as its one team', () => {
    const plan = imported(`# Acme Committers

The current committers are:

| Name | Email |
|------|-------|
| Ana Lee | ana@example.com |
| Bo Chen | bo@example.com |
`)
    expect(plan.catalog.company.name).toBe('Acme')
  })

  it('is the name "the Acme maintainers" gives under a title of page words', () => {
    const plan = imported(`# Maintainers

The Acme maintainers, by area:

## Parser

- Ana Lee (@ana)

## Runtime

- Bo Chen (@bo)
`)
    expect(plan.catalog.company.name).toBe('Acme')
  })

  it('is not an upstream project the team contributes to', () => {
    const plan = imported(`# Version Control Team

We contribute to the Git project and run the storage layer.

## Members

- Ana Lee, engineering manager
`)
    expect(plan.catalog.company.name).not.toBe('Git')
  })
})

describe('a heading that names people, among areas', () => {
  it('reads "Committers", "Emeritus code owners", "Friends of Acme" as people, no areas', () => {
    const names = structure(`# Owners

Ask the owners of an area to review changes to it.

## Parser

- Ana Lee (@ana)

## Runtime

- Bo Chen (@bo)

## Committers

- Cy Diaz (@cy)

## Emeritus code owners

- Dee Fox (@dee)

## Friends of Acme

- Eve Gray (@eve)
`).map((path) => path.split(' > ').at(-1))
    expect(names).toEqual(['Parser', 'Runtime'])
  })
})

// From the dev corpus (a project's web team README, session 27).
describe('a heading of sub-teams', () => {
  it('is no unit above them ("Sub-Team Structure")', () => {
    const page = `# Basalt Web Team

This repository holds the web team's governance and workflows.

## Sub-Team Structure

The web team consists of three subteams:

- **Website Team** - Day-to-day website development
- **Docs Kit Team** - Development of the docs toolkit
- **Web Infra Team** - Infrastructure and CI/CD
`
    const paths = structure(page)
    expect(paths).toHaveLength(3)
    expect(paths.some((path) => path.includes('Sub-Team'))).toBe(false)
  })
})

describe('a page title of teams under a word that only qualifies them', () => {
  it.each(['Current Teams', 'Technical Teams', 'Archived Working Groups', 'Program teams'])(
    'names no company ("%s")',
    (title) => {
      const plan = imported(`# ${title}

## Payments

The payments team owns checkout and refunds.

## Search

The search team owns the search index and ranking.
`)
      expect(plan.catalog.company.name).not.toBe(title.split(' ')[0])
    }
  )
})
