// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules kept by cross-validation (issue 14, 2026-12-05, helper h35): written from the errors of
 * half of sixteen swept community pages (SIG and working-group tables, OWNERS and role pages,
 * foundation READMEs) and kept only when the other half did not get worse. Each fixture is
 * written in the style of those pages, not copied from them, and fails without its rule.
 */

/** The catalog's teams as "Division > … > Team", the made-up "Engineering" division left in. */
function structure(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog)
}

describe('links to repositories', () => {
  it("reads a list of a project's repositories, each linked by its slug, as no team list", () => {
    const page = `# Acme Mesh Community

## Start here

* [mesh](https://github.com/acme/mesh): the control plane and its API.
* [mesh-agent](https://github.com/acme/mesh-agent): runs beside each workload.
* [go-mesh](https://github.com/acme/go-mesh): client libraries.

## Groups

| Name | Leads |
| --- | --- |
| [Routing](https://github.com/acme/community/tree/main/routing) | Ana Diaz |
| [Storage](https://github.com/acme/community/tree/main/storage) | Bo Lind |
`
    expect(structure(page)).toEqual(['Engineering > Routing', 'Engineering > Storage'])
  })
})

describe('README navigation headings', () => {
  it('reads "Getting Started" over the groups table as an introduction, not a unit', () => {
    const page = `# Acme Mesh Community

## Getting Started

Read the specification first, then try the examples.

### Working Groups

| Name | Leads |
| --- | --- |
| [Routing](https://github.com/acme/community/tree/main/routing) | Ana Diaz |
| [Storage](https://github.com/acme/community/tree/main/storage) | Bo Lind |
`
    expect(structure(page)).toEqual(['Engineering > Routing', 'Engineering > Storage'])
  })
})

describe('page titles that name what the page lists', () => {
  it('reads "Contributor Roles" over the project\'s teams as the page, not a unit', () => {
    const page = `# Contributor Roles

### Release Team
The release team cuts and publishes every release.

* Responsibilities:
    * Tagging releases
    * Writing release notes

### Docs Team
The docs team is responsible for the website and the guides.

* Responsibilities:
    * Reviewing documentation changes
`
    expect(structure(page)).toEqual(['Engineering > Release Team', 'Engineering > Docs Team'])
  })

  it('keeps a singular "SIG …" title as the one group the page is about', () => {
    const page = `# SIG Widgets

SIG Widgets is responsible for maintaining and improving the widget renderer.

## Leads

* Ana Diaz (@ana)
`
    expect(structure(page)).toEqual(['Engineering > SIG Widgets'])
  })
})

describe('headings of the lists of SIGs', () => {
  it('reads "Open SIGs and WGs" as the team list, and the process sections beside it as none', () => {
    const page = `# Acme Community Groups

## Collaborate and work together

Most work stays inside one group; larger efforts cross groups and their members agree on it.

## Open SIGs and WGs

The list of public SIGs includes:

* [Core SIG](#core-sig)

## Organize new SIGs and WGs

Open an issue with the proposal template and find five members.

## General guidelines

All members agree to these rules:
* Meet regularly.
* Keep notes.
`
    expect(structure(page)).toEqual(['Engineering > Core SIG'])
  })

  it('reads a "Special Interest Groups" table heading as the team list, not a unit', () => {
    const page = `# Acme Mesh Community

## Special Interest Groups

| Name | Leads |
| --- | --- |
| [Routing](https://github.com/acme/community/tree/main/routing) | Ana Diaz |
| [Storage](https://github.com/acme/community/tree/main/storage) | Bo Lind |
`
    expect(structure(page)).toEqual(['Engineering > Routing', 'Engineering > Storage'])
  })
})

describe('imperative headings', () => {
  it('reads "Close a SIG" beside the groups table as a task for the reader, not a team', () => {
    const page = `# Acme Mesh Community

## Special Interest Groups

| Name | Leads |
| --- | --- |
| [Routing](https://github.com/acme/community/tree/main/routing) | Ana Diaz |
| [Storage](https://github.com/acme/community/tree/main/storage) | Bo Lind |

## Close a SIG

When a SIG has met its goals, its leads:

* Archive its folder.
* Announce the closure.
`
    expect(structure(page)).toEqual(['Engineering > Routing', 'Engineering > Storage'])
  })
})

describe("a chat's rooms", () => {
  it("names the organization from Gitter rooms' owner, not Gitter", () => {
    const page = `# Working Groups

As described in the Acme governance, working groups are temporary. Most discussions happen on
Gitter.

## Active working groups

| Working Group | Objectives |
| --- | --- |
| [Release](https://gitter.im/acme/Releases) | Improve the Acme release process |
| [Training](https://gitter.im/acme/training) | Expand Acme to support training |
| [Mobile](https://gitter.im/acme/mobile) | Run Acme models on phones |
`
    expect(imported(page).catalog.company.name).toBe('Acme')
  })
})

describe('links with nothing after them', () => {
  it('reads linked lines ended by a full stop as document links, not described teams', () => {
    const page = `# Storage Special Interest Group

- [SIG Storage Constitution](./constitution.md).
- [SIG Storage Constitution (translated)](./constitution-translated.md).

## Members

See [SIG Storage Member List](./membership.md).
`
    expect(structure(page)).toEqual(['Engineering > Storage'])
  })
})

describe('sentences and projects beside the groups', () => {
  it('reads bold sentences ending in a full stop as points of a list, not team names', () => {
    const page = `# Acme Mesh Community

## Aims

1. **Clarify and inform.** Give users objective information about the mesh.
2. **Assist and attract projects.** Help related projects grow and find contributors.

## Special Interest Groups

| Name | Leads |
| --- | --- |
| [Routing](https://github.com/acme/community/tree/main/routing) | Ana Diaz |
| [Storage](https://github.com/acme/community/tree/main/storage) | Bo Lind |
`
    expect(structure(page)).toEqual(['Engineering > Routing', 'Engineering > Storage'])
  })

  it('reads a heading ending in "Projects" as the projects in scope, not a team', () => {
    const page = `# Routing Team

The routing team owns the proxy and its configuration.

- Proxy
- Config loader

# Scope

We maintain the networking guides.

- Proxies
- Meshes

## Current Mesh-centric Projects

Projects in these landscape categories are in scope:

- Meshy
- Proxo
`
    expect(structure(page)).toEqual(['Engineering > Routing Team'])
  })
})

describe('governance sections', () => {
  it('reads "Decision Making" and its bold rules as process, not a group of teams', () => {
    const page = `# Acme Mesh Community

## Decision Making

- **Minor changes**: Any single maintainer can approve
- **Major changes**: Require approval from at least one other maintainer

## Special Interest Groups

| Name | Leads |
| --- | --- |
| [Routing](https://github.com/acme/community/tree/main/routing) | Ana Diaz |
| [Storage](https://github.com/acme/community/tree/main/storage) | Bo Lind |
`
    expect(structure(page)).toEqual(['Engineering > Routing', 'Engineering > Storage'])
  })
})

describe("a maintainers file's areas", () => {
  it('reads each area over its owners\' account names as a team, under no "Areas" level', () => {
    const page = `This page lists all active maintainers and their areas of expertise.

* Ana Diaz ([ana](https://github.com/ana)) ana@example.com
* Bo Lind ([bo-lind](https://github.com/bo-lind)) bo@example.com

## Areas of expertise

### Routing
ana, bo-lind

### Storage
bo-lind, cyx

### Builds
dee
`
    expect(structure(page)).toEqual([
      'Engineering > Routing',
      'Engineering > Storage',
      'Engineering > Builds'
    ])
  })
})

describe("a charter's sections", () => {
  it('reads "Mission Statement", "In Scope", "Out of Scope" and "Deliverables" as no teams', () => {
    const page = `# Acme Network Group

The group works on networking across the projects.

# Mission Statement

Our mission is to help projects with networking:

- Inform users
- Review projects

## In Scope

We focus on proxies and meshes, and maintain the networking guides.

- Proxies
- Meshes

## Out of Scope

Physical networking hardware.

# Responsibilities and Deliverables

## Responsibilities

- Review project proposals

## Deliverables

- A networking whitepaper
`
    expect(structure(page)).toEqual(['Engineering > Acme Network'])
  })
})
