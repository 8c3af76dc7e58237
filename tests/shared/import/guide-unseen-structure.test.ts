// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'
import { channelName, nameBases, teamNameAsRead } from '../../../src/shared/import/team-name'

/**
 * Rules found by a wide sweep of unseen team pages (issue 14, 2026-12-05, helper h29): 18F/TTS
 * team and business-unit pages, GitLab stage and group pages, Kubernetes SIG READMEs. Each
 * fixture is written in the style of the swept pages, not copied from them, and fails without
 * its rule.
 */

/** The catalog's teams as "Division > … > Team", the made-up "Engineering" division left in. */
function structure(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog)
}

describe("a one-unit page's own sections", () => {
  it('reads a heading of only the word "team" as the people of the page\'s unit', () => {
    const page = `---
title: Field Support
---

Field Support is responsible for helping partners roll out the service.

## Services

Come talk to us if you would like help with:

- Planning a rollout
- Training staff

## Team

The team has a point person for each region.

- North - Ada Park
- South - Ben Ode
`
    expect(structure(page)).toEqual(['Engineering > Field Support'])
  })

  it('reads "Our …" headings, "<name> Team Mission" and "Doing a thing" headings as its parts', () => {
    const page = `---
title: Hiring Services
---

Hiring Services finds and welcomes the people who join us.

## Hiring Services Team Mission

Our mission is to build a team of talented and engaged staff.

- Find people
- Welcome them

## Our Approach

In pursuit of our mission, we follow these practices:

- Start small
- Work in the open

## Referring a person

* Form to submit a referral
* Instructions for referring a person
`
    expect(structure(page)).toEqual(['Engineering > Hiring Services'])
  })

  it('reads a list after "…, including:" as the unit\'s own work, bold labels or not', () => {
    const page = `---
title: Research
---

The Research team interviews users and shares what it learns.

Research provides studies as a service to the rest of the organization, including:

- **Interviews.** We talk with real users about their needs.
- **Usability testing.** We watch people use a prototype.
- **Surveys.** We ask many people a few questions.
`
    expect(structure(page)).toEqual(['Engineering > Research'])
  })
})

describe('a title "Office of …"', () => {
  it('names the one unit the page is about, not a company called "Office …"', () => {
    const page = `---
title: Office of Procurement
---

Welcome to the Office of Procurement team page!

## Our Mission

We buy digital products and services for the agency and its partners.

## Questions?

Ask in Slack.
`
    const plan = imported(page)
    expect(structure(page)).toEqual(['Engineering > Office of Procurement'])
    expect(plan.catalog.company.name).not.toBe('Office Procurement')
  })
})

describe('lines that name no team', () => {
  it('reads linked lines to shared documents as documents, not teams', () => {
    const page = `---
title: Partner Projects
---

Partner Projects is one of the business units: it runs projects with partner agencies.

## Documentation

- [Charter](https://docs.google.com/document/d/abc/edit) - Learn more about our values.
- [Project Tracker Board](https://trello.com/b/xyz/projects) - A list of all our projects
- [Client folder](https://drive.google.com/drive/folders/def) that holds every past report
`
    expect(structure(page)).toEqual(['Engineering > Partner Projects'])
  })

  it('reads role lines and member lists under a team-structure heading as people', () => {
    const page = `---
title: Partner Projects
---

Partner Projects runs projects with partner agencies.

## Team Structure

- Acting Director: Jane Roe
- Team members:
  - Alex Doe
  - Sam Poe
`
    expect(structure(page)).toEqual(['Engineering > Partner Projects'])
  })

  it('reads a plain `Stage:Group - scope` line under a team-list heading as that group', () => {
    const page = `---
title: Storage Stage
---

## Team Structure

The Storage stage consists of two groups:

1. Storage:Object Store - Backend service for blobs
2. Storage:File Sync - Sync features within the web application
`
    expect(structure(page)).toEqual(['Storage Stage > Object Store', 'Storage Stage > File Sync'])
  })
})

describe('a team list whose heading names its unit', () => {
  const page = (heading: string) => `# Engineering at Acme

## ${heading}

### Payments

The payments team owns checkout and billing, in Go and PostgreSQL.

### Search

The search team owns the index and ranking, in Java and Elasticsearch.

### Mobile

The mobile team builds the iOS and Android apps in Swift and Kotlin.
`
  it('puts the teams in the unit the heading names, not one made up', () => {
    for (const heading of ['Teams in Product Engineering', 'Our Product Engineering Teams']) {
      expect(structure(page(heading))).toEqual([
        'Product Engineering > Payments',
        'Product Engineering > Search',
        'Product Engineering > Mobile'
      ])
    }
  })

  it('makes up no unit from a heading that names only the list or a kind of team', () => {
    for (const heading of ['Teams', 'Our teams', 'Product teams', 'Current Engineering Teams']) {
      expect(structure(page(heading))[0]).toBe('Engineering > Payments')
    }
  })
})

describe("a team's name as a reader writes it", () => {
  const onePage = (title: string): string[] =>
    structure(`---
title: "${title}"
---

## Mission

The team maintains the search service and owns its index.

## Team Members

{{< team-by-manager-slug "jdoe" >}}
`)

  it('drops a "group" or "Special Interest Group" suffix, not a working group\'s word', () => {
    expect(onePage('Test Governance Group')).toEqual(['Engineering > Test Governance'])
    expect(onePage('Node Special Interest Group')).toEqual(['Engineering > Node'])
    expect(teamNameAsRead('Batch Working Group', [])).toBe('Batch Working Group')
  })

  it("drops an aside about the name and an acronym of the name's own words", () => {
    expect(
      onePage('Search Operations Team (formerly known as the Search Reliability team)')
    ).toEqual(['Engineering > Search Operations Team'])
    expect(onePage('Identity and Access Management (IAM) Team')).toEqual([
      'Engineering > Identity and Access Management Team'
    ])
    expect(onePage('Digital Analytics Program (DAP)')).toEqual([
      'Engineering > Digital Analytics Program'
    ])
  })

  it('drops a trailing abbreviation or handle, not a remark that says which one', () => {
    expect(onePage('Developer Experience (DevEx)')).toEqual(['Engineering > Developer Experience'])
    expect(teamNameAsRead('Runner (Verify-Runner-BE)', [])).toBe('Runner')
    expect(teamNameAsRead('Cloud (Managed Instances)', [])).toBe('Cloud (Managed Instances)')
    expect(teamNameAsRead('BCDevExchange (Website)', [])).toBe('BCDevExchange (Website)')
    expect(teamNameAsRead('(SRE)', [])).toBe('(SRE)')
    // How many people it has is no part of its name either.
    expect(teamNameAsRead('Payments (2-3 engineers)', [])).toBe('Payments')
    expect(teamNameAsRead('Search (~4 people)', [])).toBe('Search')
    expect(teamNameAsRead('Data (5+ FTE)', [])).toBe('Data')
    expect(teamNameAsRead('Release (2024)', [])).toBe('Release (2024)')
  })

  it('drops where to reach the team, a chat channel or a handle in parentheses after its name', () => {
    const page = `# Our teams

Volunteers run the project in teams.

### Logistics (\`#logistics\`)

Moves supplies where they are needed.

### Outreach (#outreach, #partners)

Talks to partners.

### Translation (@translators)

Translates the site.
`
    expect(structure(page)).toEqual([
      'Engineering > Logistics',
      'Engineering > Outreach',
      'Engineering > Translation'
    ])
    expect(teamNameAsRead('C# (#csharp)', [])).toBe('C#')
    expect(teamNameAsRead('Web (#1 priority)', [])).toBe('Web (#1 priority)')
    // A team named by its channel alone is named as a person says it.
    expect(channelName('#team-payments')).toBe('Payments')
    expect(channelName('#mobile_squad')).toBe('Mobile Squad')
    expect(channelName('#1')).toBe('#1')
    expect(channelName('C#')).toBe('C#')
  })

  it('keeps a trailing abbreviation that tells a team from one beside it of the same name', () => {
    const page = `# Engineering teams

## Platform (EU)

Runs the European clusters.

## Platform (US)

Runs the US clusters.

## Developer Experience (DevEx)

Owns the build tools.
`
    expect(structure(page)).toEqual([
      'Engineering > Platform (EU)',
      'Engineering > Platform (US)',
      'Engineering > Developer Experience'
    ])
    // The names beside it counted with its own: another "Platform" keeps the remark.
    expect(teamNameAsRead('Platform (EU)', [], nameBases(['Platform (EU)', 'Platform']))).toBe(
      'Platform (EU)'
    )
    expect(teamNameAsRead('Platform (EU)', [], nameBases(['Platform (EU)', 'Search']))).toBe(
      'Platform'
    )
  })

  it('keeps the remarks that tell two lines of one team list apart', () => {
    const page = `# Engineering at Acme

## Teams

- Platform (EU): the clusters in Frankfurt
- Platform (US): the clusters in Ohio
- Search (core): the index
`
    expect(structure(page)).toEqual([
      'Engineering > Platform (EU)',
      'Engineering > Platform (US)',
      'Engineering > Search'
    ])
  })

  it('drops the stage of a `Stage:Group` name when that stage is the unit above', () => {
    const page = `---
title: "Verify Stage"
---

## Who we are

The Verify stage is made up of two groups.

### Verify:Runner

The Runner group owns the runner and builds it in Go.

### Verify:Pipeline Execution

The Pipeline Execution group owns the pipeline engine.
`
    expect(structure(page)).toEqual(['Verify Stage > Runner', 'Verify Stage > Pipeline Execution'])
  })
})

describe('sections whose text is a generated member list', () => {
  it('reads each as a team, under a members heading of the unit above', () => {
    const page = `---
title: Storage Platform Sub-department
---

## Mission

Storage Platform focuses on improving these areas:

- [Object Store](/handbook/storage/object-store/)
- [Backups](/handbook/storage/backups/)

## All Team Members

The following people are members of the teams of the Storage Platform sub-department:

### Object Store

{{< team-by-manager-slug manager="adoe" >}}

### Backups

{{< team-by-manager-slug manager="bpoe" >}}

## Stable Counterparts

{{< engineering/stable-counterparts role="Storage" >}}
`
    expect(structure(page)).toEqual([
      'Storage Platform > Object Store',
      'Storage Platform > Backups'
    ])
  })

  it('reads a "Stable Counterparts" heading as people, not one more team', () => {
    const page = `---
title: "Build Stage"
---

## Who we are

### Build:Compilers

{{< team-by-manager-role "Engineering Manager(.+)Compilers" >}}

### Build:Caches

{{< team-by-manager-role "Engineering Manager(.+)Caches" >}}

### Stable Counterparts

The product managers and designers who work with the stage.
`
    expect(structure(page)).toEqual(['Build Stage > Compilers', 'Build Stage > Caches'])
  })
})

describe('charts that draw software', () => {
  it('reads a mermaid chart whose nodes are technologies as no org chart', () => {
    const page = `---
title: Packaging
---

## Team Members

### Packaging Build Team

The Build team owns the build pipelines.

{{< team-by-manager-slug manager="adoe" >}}

### Packaging Release Team

The Release team owns the release tooling.

{{< team-by-manager-slug manager="bpoe" >}}

## Primary Projects

### Product outputs

\`\`\`mermaid
graph TD
  PKG --> IMG
  PKG --> AMI
  IMG --> DOC
  AMI --> AWS
  PKG --> GCP
  PKG[Linux Package]
  IMG[Container Image]
  DOC(Docker)
  AMI[Machine Image]
  AWS(AWS)
  GCP(Google Cloud Platform)
\`\`\`
`
    expect(structure(page)).toEqual([
      'Packaging > Packaging Build Team',
      'Packaging > Packaging Release Team'
    ])
  })
})

describe("a table of a stage's groups", () => {
  it('reads a greeting heading as an introduction and the row naming the stage as the stage', () => {
    const page = `---
title: Write Stage
---

## Hello

We're the Write stage. Here are our groups and their managers:

| Team | Engineering Managers |
| ---- | -------------------- |
| [Write Stage](/handbook/write/) | [Ann Doe](/team/#adoe) (Director) |
| [Write:Editor](/handbook/write/editor/) | [Bo Poe](/team/#bpoe) |
| [Write:Review](/handbook/write/review/) | [Cy Roe](/team/#croe) |
`
    expect(structure(page)).toEqual(['Write Stage > Editor', 'Write Stage > Review'])
  })
})

describe("a heading over the unit's subprojects", () => {
  it('reads each subproject heading as a project of the one unit, described or not', () => {
    const page = `# Storage Special Interest Group

Covers the storage drivers and related tools.

## Chairs

* Ada Park (**[@apark](https://github.com/apark)**), Example Corp

## Subprojects

The following subprojects are owned by sig-storage:
### volume-sdk
- **Owners:**
  - [example/volume-sdk](https://github.com/example/volume-sdk/blob/main/OWNERS)
### snapshotter
Takes and restores volume snapshots.
- **Owners:**
  - [example/snapshotter](https://github.com/example/snapshotter/blob/main/OWNERS)
### mount-utils
Helpers for mounting volumes on nodes.
- **Owners:**
  - [example/mount-utils](https://github.com/example/mount-utils/blob/main/OWNERS)
`
    expect(structure(page)).toEqual(['Engineering > Storage'])
  })
})

describe("a heading of the teams' leads over a table of the teams", () => {
  it('is no level: the rows are teams of the unit above', () => {
    const page = `# Acme Working Groups

The working groups of the Acme project.

## WG list

- [Engine WG](wg-engine.md)
- [Docs WG](wg-docs.md)

## WG leads

| Group  | Lead   | Description |
| ------ | ------ | ----------- |
| Engine | [@adoe](https://github.com/adoe) | [Roadmap](https://example.com/roadmap) |
| Docs   | [@bpoe](https://github.com/bpoe) | [Roadmap](https://example.com/roadmap) |
`
    expect(structure(page)).toEqual(['Engineering > Engine', 'Engineering > Docs'])
  })
})

describe('a sentence introducing the list of the units', () => {
  it("makes the list the team list, its links to headings those teams' sections", () => {
    const page = `---
title: "Acme working group"
---

The current working groups are:

- [API Core](#api-core)
- [Build](#build)
- [Client](#client)

## API Core

API resources, validation and semantics.

| Artifact | Link |
| -------- | ---- |
| Forum    | [acme-dev@](https://groups.google.com/forum/#!forum/acme-dev) |

## Build

The Build working group owns the build system.

## Client

The command-line client and its plugins.

| Artifact | Link |
| -------- | ---- |
| Forum    | [acme-dev@](https://groups.google.com/forum/#!forum/acme-dev) |
`
    expect(structure(page)).toEqual([
      'Engineering > API Core',
      'Engineering > Build',
      'Engineering > Client'
    ])
  })

  it('reads "The … stage is made up of one group:" over a bare link as that group', () => {
    const page = `---
title: Ship Stage
---

## Who We Are

The Ship stage is made up of one group:

1. [Ship:Environments](/handbook/ship/environments/)
`
    expect(structure(page)).toEqual(['Ship Stage > Environments'])
  })
})

describe('a page titled with a unit that names no team in it', () => {
  it('reads the unit as the one team the page is about', () => {
    const page = `---
title: Engineering
---

Acme Engineering is responsible for delivering robust, open source software.

### Documentation

Our best practices guide has details about Git, code reviews, and more.

# Joining the Engineering team

Welcome to the Engineering team!

## First week

You might not have much assigned work during your first weeks.
`
    expect(structure(page)).toEqual(['Engineering > Engineering'])
    expect(imported(page).outline[0].role).toBe('team')
  })
})

describe("one team written in several sections of its unit's page", () => {
  it('is one team, read where it sits nearest the unit', () => {
    const page = `---
title: "Packaging"
---

## Target Consumers

Administrators who install the product.

### Packaging Build

- Maintaining the build pipelines
- Supporting new platforms

### Packaging Deploy

- Maintaining the deployment tooling
- Supporting upgrades

## Mission

### Packaging:Build Charter

Build team focus is ensuring components are tested and available.

### Packaging:Deploy Charter

Deploy team focus is configuration and deployment of the whole product.

## Team members

### Packaging Build Team

{{< team-by-manager-slug manager="adoe" team="Build" >}}

### Packaging Deploy Team

{{< team-by-manager-slug manager="bpoe" team="Deploy" >}}
`
    expect(structure(page)).toEqual([
      'Packaging > Packaging Build Team',
      'Packaging > Packaging Deploy Team'
    ])
  })
})

describe('a title straight over its list of teams ("# Northwind Platform Teams")', () => {
  const teams = `
- **Routing**: plans the delivery routes.
- **Billing**: sends the invoices.
- **Mobile**: builds the driver app.
`

  it('names the unit by the words that say what a department does, the organization by the name before them', () => {
    const plan = imported(`# Northwind Platform Teams\n${teams}`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Platform > Routing',
      'Platform > Billing',
      'Platform > Mobile'
    ])
    expect(plan.catalog.company.name).toBe('Northwind')
  })

  it('reads "Northwind teams" and "Teams at Northwind" as the organization\'s, no unit of it', () => {
    for (const title of ['Northwind teams', 'Teams at Northwind']) {
      const plan = imported(`# ${title}\n${teams}`, { file: 'team-list.md' })
      expect(plan.catalog.company.name, title).toBe('Northwind')
      expect(
        plan.catalog.divisions.map((division) => division.name),
        title
      ).not.toContain('Northwind')
      expect(teamPaths(plan.catalog), title).toHaveLength(3)
    }
  })

  it('still reads "Platform teams" as the unit, the company left to the file\'s name', () => {
    const plan = imported(`# Platform teams\n${teams}`, { file: 'acme-team-list.md' })
    expect(teamPaths(plan.catalog)).toEqual([
      'Platform > Routing',
      'Platform > Billing',
      'Platform > Mobile'
    ])
    expect(plan.catalog.company.name).toBe('Acme Team List')
  })
})
