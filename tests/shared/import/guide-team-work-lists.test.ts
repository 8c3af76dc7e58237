// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import { imported } from '../../fixtures/guides'
import { teamPaths, teamTechnologies } from '../../fixtures/imported-catalog'

/**
 * A team's own work listed under a part's heading (issues 14/15, helper h53): "Responsibilities"
 * over sub-headings of bold-label lines, "Tools" over a heading per tool with linked lines. Those items are what the team does and uses, not
 * teams of their own, and the technologies they name stay the team's. Fixtures in those styles,
 * not copied from any page.
 */
describe("a team's work listed under a part's heading", () => {
  it('keeps bold-label lines under "Responsibilities" as the team’s own work', () => {
    const markdown = `# Distribution:Packaging

## Mission

The Packaging group builds and ships the installers of the product.

## Responsibilities

### Internal support

- **Build tooling:** Develop and maintain the tools that build every component
- **Dependency updates:** Keep third-party libraries current with Renovate

### Customer delivery

- **Linux packages:** Build and maintain packages for Debian and Ubuntu
- **Container images:** Publish official images built with Docker

## Team members

- Ines Moro, Engineering Manager
- Kai Berg, Backend Engineer
`
    const { catalog } = imported(markdown)
    const paths = teamPaths(catalog)
    expect(paths).toHaveLength(1)
    expect(paths[0]).toMatch(/Packaging$/u)
    expect(teamTechnologies(catalog).Packaging).toEqual(
      expect.arrayContaining(['Debian', 'Ubuntu', 'Docker'])
    )
  })

  it('keeps a heading per tool under "Tools" as the page’s tools, not teams', () => {
    const markdown = `# Engineering stack

The tools the platform group builds with.

## Tools

### Nix

We describe our environments with Nix.

- [Nix manual](https://example.org/nix/manual): the reference for the language
- [home-manager](https://example.org/home-manager): user environments on macOS and NixOS

### TypeScript

- [npm](https://example.org/npm): installs the packages of the web app
- [Prettier](https://example.org/prettier): formats every file before review
`
    const paths = teamPaths(imported(markdown).catalog)
    expect(paths.join('\n')).not.toMatch(/Nix manual|home-manager|npm|Prettier/u)
  })

  it('still reads a sub-section called a team under a part’s heading as a team', () => {
    const markdown = `# Security Advisory Group

## Members

### On-going projects

#### Policy team

The Policy team writes the group's policies.

- Reviews policy proposals
- Publishes guidance

#### Security reviews

Reviews of projects, each facilitated by a member.

- Review of the scheduler
- Review of the registry
`
    const paths = teamPaths(imported(markdown).catalog)
    expect(paths.join('\n')).toMatch(/On-going projects > Policy/u)
  })
})

describe('a section that is no team inside a one-team page', () => {
  it('keeps the bold-label lines of a "Quick Start Guide" as the team’s details', () => {
    const { catalog } = imported(`# Distribution:Installer

## Mission

The Installer group builds and ships the installers of the product.

## Quick Start Guide

### For Customers and Community

- **Installation Issues:** [Community Forum](https://forum.example.org)
- **Bug Reports:** [Issue tracker](https://example.org/issues) with \`group::installer\` label
- **Contributing:** See our [Code of Conduct](https://example.org/coc) and contribution guidelines

## Team members

- Ines Moro, Engineering Manager
- Kai Berg, Backend Engineer
`)
    const paths = teamPaths(catalog)
    expect(paths).toHaveLength(1)
    expect(paths[0]).toMatch(/Installer$/u)
  })
})

describe('a charter’s risks and a page’s definitions', () => {
  it('reads the bold-label lines under "Risks" as no teams', () => {
    // A charter with no team heading may read as no team at all; it never reads its risks as teams.
    const result = importGuide(
      `# Purpose

The Outreach Work Group will tell the community what the project ships.

# Scope

- **Newsletter:** Write the monthly newsletter.
- **Announcements:** Announce each release.

# Risks

- **Information Overload:** too many posts make readers stop reading
- **Alignment:** posts may contradict the maintainers' plans
`,
      { file: 'charter.md' }
    )
    const paths = result.ok ? teamPaths(result.value.catalog) : []
    expect(paths.join('\n')).not.toMatch(/Information Overload|Alignment/u)
  })

  it('reads the definitions under "Description" as no teams, and the page’s groups as its teams', () => {
    const paths = teamPaths(
      imported(`# Project Team Structures

## Description

### One line definition

- **Working Group** - A cohesive team with goals for each quarter and a captain.
- **Research Group** - A set of people exploring a topic and writing surveys.

## Existing Working Groups

- [Core Dev](#core-dev)
- [Website](#website)

## Core Dev

The Core Dev group maintains the reference implementation.

- Releases
- Triage

## Website

The Website group maintains the project's site.

- Blog
- Docs
`).catalog
    )
    expect(paths.join('\n')).not.toMatch(/Working Group|Research Group/u)
    expect(paths.map((path) => path.split(' > ').pop())).toEqual(['Core Dev', 'Website'])
  })
})

describe('a "Technical Teams" heading', () => {
  it('introduces the team list: its teams belong to the unit above', () => {
    const paths = teamPaths(
      imported(`# Acme Modding Project

The project's teams are listed below.

## Technical Teams

| Team | Description |
|---|---|
| Loader | The mod loader and its resolver |
| Mappings | Names for the game's code |
`).catalog
    )
    expect(paths).toEqual(['Acme Modding Project > Loader', 'Acme Modding Project > Mappings'])
  })
})

describe('a "Master SIG List" heading', () => {
  it('is a list heading, never a team, even with no row under it', () => {
    const paths = teamPaths(
      imported(`# SIGs and Working Groups

Most community activity is organized into Special Interest Groups (SIGs) and time bounded Working Groups.

### Master SIG List

| Name | Label | Chairs | Contact | Meetings |
|------|-------|--------|---------|----------|

### Master Working Group List

| Name | Stakeholder SIGs | Organizers | Contact | Meetings |
|------|------------------|------------|---------|----------|
| [CI](wg-ci/README.md) | | Ana Ruiz, Example Co | [Mailing List](https://example.org/ci) | Wednesdays |
| [Bindings](wg-bindings/README.md) | | Bo Chen, Example Co | [Mailing List](https://example.org/b) | Mondays |
`).catalog
    )
    expect(paths.join('\n')).not.toMatch(/Master/u)
  })
})
