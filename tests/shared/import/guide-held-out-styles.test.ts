// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { stageGroup } from '../../../src/shared/import/section-headings'
import { imported } from '../../fixtures/guides'
import { teamNamed, teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules found on the dev documents of 2026-12-05 (tests/corpus README), written in the styles the
 * blind held-out set lists: each fixture is written in the style of those documents, not copied
 * from them, and fails without its rule.
 */

describe('a `Stage:Group` page title', () => {
  it('reads the page as its group, inside the stage the title names', () => {
    const plan = imported(`---
title: "Verify:Pipeline Authoring Group"
---

## Team Handles

| Category | Handle |
|---|---|
| Slack Channel | #g_pipeline-authoring |

## Core domain

The group owns these products:

- CI/CD Catalog
- Pipeline editor

## Dashboards

See the internal handbook page.

## How We Work

### Planning

Issues are refined before a milestone.
`)
    expect(teamPaths(plan.catalog)).toEqual(['Verify > Pipeline Authoring'])
  })

  it('tells a stage and group from a company and a page', () => {
    expect(stageGroup('Verify:Pipeline Authoring Group')).toEqual({
      stage: 'Verify',
      group: 'Pipeline Authoring'
    })
    expect(stageGroup('Plan: Product Planning team')).toEqual({
      stage: 'Plan',
      group: 'Product Planning'
    })
    expect(stageGroup('Acme: Engineering Teams')).toBeUndefined()
    expect(stageGroup('Acme: Payments')).toBeUndefined()
    expect(stageGroup('Engineering:Teams')).toBeUndefined()
  })
})

describe('a single team page titled only in front matter', () => {
  const page = `---
title: Infrastructure
---

_The Infrastructure team helps the office ship safely and within the law._

---

# Joining the Infrastructure Team

Welcome to the team!

## What we do

The Infrastructure team supports every project of the office.

## How we work

### Tools

Here are some common tools we use, how we use them, and how you can get access to them. Ask your lead
when you cannot find something.

* PagerDuty
* Trello
* [GitHub](/github)
* [Shipit](/shipit)
`

  it('is the team its front matter names, not the heading below its opening text', () => {
    const plan = imported(page)
    expect(teamPaths(plan.catalog)).toEqual(['Engineering > Infrastructure'])
  })

  it("reads a heading naming the page's own team as a section of it, not a second team", () => {
    const plan = imported(`---
title: Infrastructure
---

The Infrastructure team keeps the office's systems running.

## The Infrastructure Team

We own the platform.

### Tech stack

- Go
`)
    expect(teamPaths(plan.catalog)).toEqual(['Engineering > Infrastructure'])
    expect(teamNamed(plan.catalog, 'Infrastructure').stack).toEqual(['Go'])
  })

  it('reads the list under a "Tools" heading as the stack, a known name linked to its own page included', () => {
    const team = teamNamed(imported(page).catalog, 'Infrastructure')
    expect(team.stack).toEqual(['PagerDuty', 'Trello', 'GitHub'])
  })
})

describe("lists of a unit's own work", () => {
  it('reads bold labels introduced by "We also do things like:" as the work of the page\'s team', () => {
    const plan = imported(`---
title: Tech Portfolio
---

The Tech Portfolio oversees everything technology-related that cuts across the office.

We also do things like:

- **Policy:** Represent the office on the systems governance committee
- **Assets:** Manage major programs such as New Relic and Twilio
- **Administration:** Perform access, account and license management
`)
    expect(teamPaths(plan.catalog)).toEqual(['Engineering > Tech Portfolio'])
    const team = teamNamed(plan.catalog, 'Tech Portfolio')
    expect(team.responsibilities).toContain(
      'Policy: Represent the office on the systems governance committee'
    )
    expect(team.mentions).toEqual(['New Relic', 'Twilio'])
  })

  it('reads no technology from the sentences of a list its introduction calls "Tech …"', () => {
    const plan = imported(`# Platform team

The Platform team runs the shared services.

Tech Portfolio Vision:

- Make sure we are making the most of the data we collect and create, for better decisions
- Serve as the primary liaison between the IT office and the teams, ensuring high levels of service
`)
    expect(teamNamed(plan.catalog, 'Platform team').stack).toEqual([])
  })
})

describe('units drawn or listed beside their people', () => {
  it('reads a "Management team" heading as people, not a team', () => {
    const plan = imported(`# Developer Experience

## Teams

- [Analytics](analytics/): dashboards of the engineering process
- [Tooling](tooling/): the development environment

## Team Members

### Management team

The directors and managers of the department.

- Jane Doe (Director)
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Developer Experience > Analytics',
      'Developer Experience > Tooling'
    ])
  })

  it('reads a table whose name column is "Working Group", under a "Working Groups" heading, as the teams', () => {
    const plan = imported(`# Acme TAG Delivery

The TAG works on delivering applications.

## Leads

- Jane Doe (Co-Chair)
- Ann Lee (TL)

## Working Groups

| Working Group                  | Chairs                        | Meeting Time |
|--------------------------------|-------------------------------|--------------|
| [Platforms](platforms/)        | [chairs](platforms/#chairs)   | Weekly       |
| [Artifacts](artifacts/)        |                               | Inactive     |
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Acme TAG Delivery > Platforms',
      'Acme TAG Delivery > Artifacts'
    ])
  })

  it("places the nodes of a chart of the page's own unit, under any heading, right under the unit", () => {
    const plan = imported(`---
title: "Developer Experience"
---

## Mission

We empower developers.

## Weights

| Weight | Description |
|--------|-------------|
| 1      | Trivial     |

### Developer Experience group structure

\`\`\`mermaid
graph TD
    DE[Developer Experience group]
    DE --> DA[Development Analytics]
    DE --> DT[Developer Tooling]
\`\`\`
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Developer Experience > Development Analytics',
      'Developer Experience > Developer Tooling'
    ])
  })
})

describe('a PlantUML work breakdown of the organization', () => {
  it('reads its tree as the units and teams, under the department it draws', () => {
    const plan = imported(`---
title: DevOps Engineering
---

## Vision

Our goal is not merely to launch features, but to ensure they land.

## Organizational Structure

\`\`\`plantuml
@startwbs
* DevOps Engineering
** Create
*** Code Review
*** Source Code
** Ops
*** Deploy
*** Verify:Pipelines
**** Pipeline Authoring
**** Pipeline Execution
@endwbs
\`\`\`

## How We Work

### Onboarding

Here are some curated resources to get you started:

- [Joining as an Engineer](/handbook/engineering/developer-onboarding/)
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'DevOps Engineering > Create > Code Review',
      'DevOps Engineering > Create > Source Code',
      'DevOps Engineering > Ops > Deploy',
      'DevOps Engineering > Ops > Verify:Pipelines > Pipeline Authoring',
      'DevOps Engineering > Ops > Verify:Pipelines > Pipeline Execution'
    ])
  })
})

describe('working groups listed in one table and their leads in another', () => {
  const page = `# Acme Working Groups

Acme's working groups own areas of the project.

| Working Group | Meeting Notes | Slack |
|---------------|---------------|-------|
| [Networking](https://example.com/net) | [Notes](https://example.com/n1) | [#networking](https://slack.example.com/net) |
| [Security](https://example.com/sec) | [Notes](https://example.com/n2) | [#security](https://slack.example.com/sec) |

## Working group leads

| Working Group | Leads |
|---------------|-------|
| Networking | Jane Doe |
| Security | John Roe |
`

  it('reads each working group once, with the lead the second table gives it', () => {
    const plan = imported(page)
    expect(teamPaths(plan.catalog)).toEqual(['Engineering > Networking', 'Engineering > Security'])
    expect(teamNamed(plan.catalog, 'Security').lead?.name).toBe('John Roe')
  })

  it('takes the company from a title that only adds "Working Groups" to it', () => {
    expect(imported(page).catalog.company.name).toBe('Acme')
  })
})
