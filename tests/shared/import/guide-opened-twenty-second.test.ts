// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fileTeams, teamPaths } from '../../fixtures/imported-catalog'
import { teamsCalledIn } from '../../../src/shared/import/called-a-team'
import { headingKind } from '../../../src/shared/import/section-headings'
import { imported } from '../../fixtures/guides'

/**
 * Rules found when the twenty-second held-out set was opened for diagnosis (tests/corpus
 * README, "Session 26"). Each fixture is made up in the style that failed, with none of those
 * documents' names, and fails without its rule.
 */

/** A site's grid of working groups: a Bootstrap card each, its header the group's name. */
const CARD_GRID = `---
title: "Fernhill Working Groups"
---

## Current working groups

<div class="card-deck">

<div class="card">
<div class="card-header bg-wg-primary text-white">Storage</div>

Focus on the storage engine and its on-disk format.

* [Matrix Channel](https://matrix.to/#/#fernhill-storage:matrix.org)
* [GitHub Project](https://github.com/orgs/fernhill/projects/3)
* Organizer: Ada Brightwater

</div>

<div class="card">
<div class="card-header bg-wg-primary text-white">Query Planning</div>

Focus on the planner and the cost model.

* [GitHub Project](https://github.com/orgs/fernhill/projects/4)
* Organizers: Lin Okafor, Sam Reyes

</div>

<div class="card">
<div class="card-header bg-wg-primary text-white">Documentation</div>

Focus on the user guide and the reference.

* [Matrix Channel](https://matrix.to/#/#fernhill-docs:matrix.org)
* Organizer: Noor Haddad

</div>

</div>

## Calendar

Meetings are on the community calendar.
`

describe('headings written in HTML inside markdown', () => {
  it('reads a card’s header as a heading one below its section: a team each', () => {
    const { catalog } = imported(CARD_GRID)
    expect(teamPaths(catalog)).toEqual([
      'Engineering > Storage',
      'Engineering > Query Planning',
      'Engineering > Documentation'
    ])
  })

  it('keeps a card’s links to its channel and board as links and its organizer as its people', () => {
    const [storage] = fileTeams(imported(CARD_GRID).catalog)
    expect(storage.projects).toEqual([])
    expect(storage.links?.map((link) => link.label)).toEqual(['Matrix Channel', 'GitHub Project'])
    expect(storage.members).toBe(1)
  })

  it('counts an organizer whose family name has particles ("Marta van den Berg")', () => {
    const { catalog } = imported(`# Teams

## Workflows

This group builds the standards for workflows.

* [GitHub](https://github.com/fernhill/workflows)
* Organizers: Marta van den Berg

## Backend

Focus on the server code.

* Organizers: Lucas de la Cruz, Omar bin Zaid
`)
    expect(fileTeams(catalog).map((team) => team.members)).toEqual([1, 2])
  })
})

/** A unit's page on its code host: its projects written from one template under "… Projects". */
const PROJECTS_PROFILE = `# Welcome to RSEG's GitHub Organization

The Research Software Engineering Group (RSEG) at Tidewater University builds open software with
researchers across the campus.

<details open>
<summary><h2>Incubating Projects</h2></summary>

### Tide Gauges (tidekit)

Tidekit processes tide-gauge records.

#### Project base data

Project status: **Under Development**

#### Development

Programming language: Python

### Glacier Flow (floe)

Floe models glacier flow.

#### Project base data

Project status: **Under Development**

#### Development

Programming language: Julia

### Reef Sounds (reefsound)

Reefsound classifies reef recordings.

#### Project base data

Project status: **Released**

#### Development

Programming language: Python

</details>
`

describe('a unit’s page of its projects', () => {
  it('reads sections written alike under a projects heading as projects, a code host’s unit its one team', () => {
    const { catalog } = imported(PROJECTS_PROFILE)
    expect(teamPaths(catalog)).toEqual(['Engineering > RSEG'])
  })
})

/** A team whose tools list links its own repositories. */
const REPOSITORY_TOOLS = `# Publishing Tools

The Publishing Tools team builds what the editors publish with.

## Tools

- [rfcmark](https://github.com/fernhill-tools/rfcmark)
- [xmlfold](https://github.com/fernhill-tools/xmlfold)
- [terraform](https://github.com/hashicorp/terraform)
- Python
`

describe('a stack list of repository links', () => {
  it('reads a link to the repository of its name as a repository, not a technology, unless the dictionary knows it', () => {
    const { catalog } = imported(REPOSITORY_TOOLS)
    expect(fileTeams(catalog).map((team) => team.stack)).toEqual([['Terraform', 'Python']])
  })
})

/** A project's people page titled "The <Project> Team", its teams named with the project's name. */
const PROJECT_PEOPLE = `---
layout: page
title: The Quillmark Team
---

## Core Team

The Quillmark Core Team's responsibility is to ensure the development and community around the
Quillmark ecosystem thrive.

1. Ada (@ada, Project Lead)
2. Lin (@lin)

## Plugin Core

The Quillmark Plugin Core Team's responsibility is to look after the core plugins.

1. Sam (@sam)
2. Noor (@noor)

## Affinity Team Captains

The Affinity Team Captains lead [Quillmark's Affinity Teams](https://teams.quillmark.org/).

1. [Build](https://github.com/orgs/quillmark/teams/build): @lin
2. [Documentation](https://github.com/orgs/quillmark/teams/documentation): @ada, @sam

## Emeritus Core Team Members

1. Rui (@rui)
`

describe('a title naming the project’s people', () => {
  it('names the organization when its text names two of its teams by the same name', () => {
    const plan = imported(PROJECT_PEOPLE)
    expect(plan.outline[0]).toMatchObject({ role: 'company', label: 'Quillmark' })
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Core Team',
      'Engineering > Plugin Core',
      'Affinity Team Captains > Build',
      'Affinity Team Captains > Documentation'
    ])
  })
})

/**
 * A group's page counting its teams, one section each named like a part ("Profiling", "Performance
 * Tooling"), so that only its sentences say they are teams; the last called by its first word.
 */
const COUNTED_TEAMS = `# Quillmark Build Operations

Quillmark Build Operations provides tools, framework, and infrastructure
to track Quillmark's build times and guide optimizations to Quillmark.

TPM: ana@quillmark.org

Build Operations consists of 3 teams, working in tandem:

## Profiling
The Profiling team provides:
  * A [toolchain](https://docs.example.org/toolchain) that every product is built with,
    on Windows, Mac and Linux.
  * A [nightly run](nightly.md) of the compiler test suite.

TL: lin@quillmark.org

## Performance Tooling
The [Performance Tooling](performance_tooling.md) team provides:
  * The [machines](https://farm.example.org) that run every build.
  * A [dashboard](dashboard.md) of queue times.

TL: sam@quillmark.org

## Releasing and Signing
The releasing team provides:
  * The release calendar and its branches.
  * Signing of every shipped binary.

TPM: ana@quillmark.org
`

describe('a page counting its teams', () => {
  it('puts the teams its text counts under the unit its title names, each named by its heading', () => {
    const { catalog } = imported(COUNTED_TEAMS)
    expect(teamPaths(catalog)).toEqual([
      'Quillmark Build Operations > Profiling',
      'Quillmark Build Operations > Performance Tooling',
      'Quillmark Build Operations > Releasing and Signing'
    ])
  })

  it('reads what "The Performance Tooling team provides:" lists as its work, not its stack', () => {
    const tooling = fileTeams(imported(COUNTED_TEAMS).catalog)[1]
    expect(tooling.stack).toEqual([])
    expect(tooling.responsibilities).toEqual([
      'The machines that run every build',
      'A dashboard of queue times'
    ])
  })
})

describe('a team named as a group of accounts', () => {
  it('is no team of the organization: "the `staff` team on GitHub" is what a role is given', () => {
    expect(teamsCalledIn('Invitation to the `staff` team on GitHub.')).toEqual([])
    expect(teamsCalledIn('Ping the mods team in Discord for help.')).toEqual([])
    expect(teamsCalledIn('The Payments team owns checkout.')).toEqual([
      { name: 'Payments', wordsBefore: 0 }
    ])
  })
})

/** A project's page of its teams, its text calling them "Teams" with a capital. */
const CAPITAL_TEAMS = `# Teams

This document describes the responsibilities and permissions of each of the Teams associated
with the Quillmark project.

## Documentation Team

### Responsibilities

* Keep the user guide current
* Encourage continued contributions from Individual Contributors so that they become
  future members of Teams

## Website Team

### Responsibilities

* Keep the website up and running
* Encourage new contributors to become future members of Teams

## Triage Team

### Responsibilities

* Label new issues
`

describe('a kind of unit written with a capital', () => {
  it('names no organization: "future members of Teams" is no company Teams', () => {
    const { catalog } = imported(CAPITAL_TEAMS, { file: 'quillmark-teams.md' })
    expect(catalog.company.name).toBe('Quillmark Teams')
    expect(teamPaths(catalog)).toEqual([
      'Engineering > Documentation Team',
      'Engineering > Website Team',
      'Engineering > Triage Team'
    ])
  })
})

describe('a list of teams by their handles', () => {
  it('reads "`@team-docs` runs the `#docs` channel…" under a heading of teams as a team, its roles and levels none', () => {
    const { catalog } = imported(`# Community

## Contributor Levels

### Level 1 - Contributor

#### Examples of recognized contributions

- **Being here** - Come and say hello on our chat.
- **Being a good neighbour** - Help others in the forum.

## Other Roles

### Project Teams

Besides the maintainers, these teams are open to anyone who wants to help:

- \`@team-docs\` runs the \`#docs\` channel and organizes the documentation.
- \`@i18n-crew\` runs the \`#docs-i18n\` channel and organizes translations.
- \`@support-squad\` helps anyone who needs help using Quillmark.
`)
    expect(teamPaths(catalog)).toEqual([
      'Engineering > team-docs',
      'Engineering > i18n-crew',
      'Engineering > support-squad'
    ])
  })

  it('reads the steps a person climbs ("Contributor Levels", "Membership ladder") as no unit', () => {
    expect(headingKind('Contributor Levels')).toBe('skip')
    expect(headingKind('Membership ladder')).toBe('skip')
    expect(headingKind('Platform Levels')).not.toBe('skip')
  })
})
