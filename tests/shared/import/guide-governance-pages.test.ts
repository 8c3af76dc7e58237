// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths, teamTechnologies } from '../../fixtures/imported-catalog'

/**
 * Teams a governance page declares that the importer missed (issue 14, helper h45, sweep of
 * 2026-12-05): a council's or a project's page of its working groups, a roster kept year by
 * year, a proposal (RFC) that sets up teams. Fixtures in those pages' styles, not copied.
 */
function structure(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog)
}

describe('a page titled for its working groups', () => {
  it('reads each working group named by its own heading as a team', () => {
    expect(
      structure(`# Council Working Groups

Working groups explore a topic and bring a recommendation back to the council.

## Budget Working Group

Prepares the yearly budget proposal for the council.

- Collect the requests
- Draft the proposal

## Elections Working Group

Runs the yearly elections of the council.

- Keep the electoral roll
- Count the votes
`)
    ).toEqual(['Engineering > Budget Working Group', 'Engineering > Elections Working Group'])
  })

  it('reads the sections under its "Current Working Groups" as teams, even one alone', () => {
    expect(
      structure(`# Acme Working Groups

Working groups are chartered by the steering committee.

## Starting a working group

Send a charter to the steering committee.

## Current Working Groups

### Core

The Core working group is responsible for the bundler and its releases.

Responsibilities include:

* Reviewing and merging pull requests
* Managing releases
`)
    ).toEqual(['Engineering > Core'])
  })

  it('leaves a working group on a page not titled for them a section to skip', () => {
    expect(
      structure(`# Platform Department

The Platform department runs the shared infrastructure.

## Compute team

The Compute team owns the clusters and their upgrades.

## Storage team

The Storage team owns the databases and their backups.

## Hiring Working Group

Meets monthly to improve interviews.

- Rewrite the interview guide
- Train interviewers
`)
    ).toEqual(['Platform > Compute team', 'Platform > Storage team'])
  })
})

describe('a roster kept year by year', () => {
  it('reads a year heading as no unit: its teams belong to the unit above', () => {
    const paths = structure(`# Volunteer Teams

The club has two teams, each run by its committee.

## 2024

### Events Team

- Alice Moss
- Bob Reed

### Kit Team

- Carol Lane

## 2023

### Events Team

- Alice Moss
`)
    // The same team in two years may come twice; no year is a unit above it.
    expect(new Set(paths)).toEqual(new Set(['Engineering > Events Team', 'Engineering > Kit Team']))
  })
})

describe('a proposal that sets up teams', () => {
  it("skips its rationale's bold points, which are reasons, not teams", () => {
    expect(
      structure(`# Build Teams

## Summary

This proposal sets up the build teams.

## Loader

### Responsibilities

The Loader team reviews changes to the loader.

## Installer

### Responsibilities

The Installer team ships the installer.

## Rationale

1. **Speed**: fewer people review each change.
2. **Interest**: maintainers pick what they like.
`)
    ).toEqual(['Engineering > Loader', 'Engineering > Installer'])
  })

  it('reads the teams under its "Explanation" as no unit of it', () => {
    expect(
      structure(`# Build Teams

## Summary

This proposal sets up the build teams.

## Explanation

The build teams review changes to their projects.

### Loader

#### Responsibilities

The Loader team reviews changes to the loader.

### Installer

#### Responsibilities

The Installer team ships the installer.
`)
    ).toEqual(['Engineering > Loader', 'Engineering > Installer'])
  })
})

describe("a page's footer after its last rule", () => {
  it("is no text of the last section's team", () => {
    expect(
      teamTechnologies(
        imported(`# Acme Working Groups

## Current Working Groups

### Docs

The Docs working group writes the user guides.

### Release

The Release working group ships the monthly builds.

---

_This document is an adaptation of the Kubernetes project's charter._
`).catalog
      )
    ).toEqual({ Docs: [], Release: [] })
  })
})

describe('a proposal with no title that opens by naming the team it sets up', () => {
  it("is that team's page, its sections the team's parts", () => {
    const plan = imported(`## Summary

The Acme Scala Team will be responsible for developing and maintaining the Acme
Scala Libraries, a set of libraries for use in the Scala language.

## Motivation

Developers asked for an official way to use Scala with Acme.

## Drawbacks

Another version number to follow.
`)
    expect(teamPaths(plan.catalog)).toEqual(['Engineering > Acme Scala Team'])
    expect(teamTechnologies(plan.catalog)).toEqual({ 'Acme Scala Team': ['Scala'] })
  })
})
