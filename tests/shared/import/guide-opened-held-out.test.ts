// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams, teamNamed, teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules found when the eight former held-out markdown documents were opened for diagnosis
 * (tests/corpus README, "Opened for diagnosis"). Each fixture is made up in the style that failed,
 * with none of those documents' names, and fails without its rule.
 */

describe('a single team page', () => {
  it('reads "Areas of work" as the team\'s own work, its bold labels as no teams', () => {
    const plan = imported(`---
title: Office Platform
---

The Office Platform team keeps the office's shared systems running and safe.

## Areas of work

- **Security:** Triage incidents and report them
- **Hosting:** Run the office's [Kubernetes](https://example.org) clusters and Postgres
- **Purchasing:** Approve software licences for the office

## Feedback?

Tell us how we are doing.
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Office Platform'])
  })
})

describe('a team table row', () => {
  it('names the team by its link when a remark in parentheses follows it', () => {
    const plan = imported(`# Platform

## Teams

| Team | Responsible For |
|---|---|
| [Billing](/teams/billing/) (\`@alice\`, \`@bob\`) | Invoices and payment runs |
| [Search](/teams/search/) (formerly Discovery) | The search index and its API |
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Billing', 'Search'])
  })
})

describe("a page's org chart and its table of teams", () => {
  it('takes a drawn name with a stray plural "s" as the table\'s team of that name', () => {
    const plan = imported(`---
title: Data Engineering
---

## Organizational Structure

\`\`\`plantuml
@startwbs
* Data Engineering
** Pipelines Platform
** Warehouse
@endwbs
\`\`\`

## Teams

| Team | Responsible For |
|---|---|
| [Pipeline Platform](/teams/pipeline-platform/) | Runs the Airflow jobs |
| [Warehouse](/teams/warehouse/) | The Snowflake warehouse |
`)
    expect(fileTeams(plan.catalog)).toHaveLength(2)
  })
})

describe("a department page titled with the department's name", () => {
  it('takes the company from the text and links, and never pairs a team with its product', () => {
    const plan = imported(`---
title: Data Engineering
---

## Mission

Grafana's data teams keep [the platform](https://about.grafana.com/platform/) fast. See
[the handbook](https://handbook.grafana.com/data/) and [values](https://about.grafana.com/values/).

## Teams

| Team | Responsible For |
|---|---|
| [Pipelines](/teams/pipelines/) | Runs Airflow jobs for the Grafana app |
| [Warehouse](/teams/warehouse/) | The Snowflake warehouse behind Grafana |
`)
    expect(plan.catalog.company.name).toBe('Grafana')
    for (const team of fileTeams(plan.catalog)) expect(team.mentions).not.toContain('Grafana')
  })

  it("keeps the title's organization when the links name a product the text only describes", () => {
    const links =
      "We run [Kubernetes](https://kubernetes.io/docs/), see [the API](https://kubernetes.io/docs/reference/) and [kubectl](https://github.com/kubernetes/kubectl); Kubernetes's scheduler places every job."
    const plan = imported(
      `# Acme Engineering\n\n${links}\n\n## Platform\n\nThe Platform team owns the clusters.\n\n- Upgrades\n`
    )
    expect(plan.catalog.company.name).toBe('Acme')
  })
})

describe('a `Stage:Group` page whose sections describe the group itself', () => {
  it('reads the page as the one group, not a unit holding its overview sections', () => {
    const plan = imported(`---
title: "Secure:Signals Group"
---

The Secure:Signals Group owns the scanners of the Secure stage.

## Group overview

### Group members

{{< team-by-departments departments="Signals BE Team" >}}

### Product categories

The Signals group is responsible for the following product categories:

- Dependency scanning
- Secret detection

## Shared calendars

- Signals shared calendar

## Knowledge sharing

Our team owns several projects, written in Go and Rust.
`)
    expect(teamPaths(plan.catalog)).toEqual(['Secure > Signals'])
    const team = teamNamed(plan.catalog, 'Signals')
    expect([...team.stack, ...team.mentions]).toEqual(expect.arrayContaining(['Go', 'Rust']))
  })
})

describe("a foundation council's page of working groups", () => {
  const page = `# Acme Foundation Technical Advisory Council (TAC)

The council oversees the foundation's initiatives.

## Council Members

| Name | Position | Email | Organization |
|---|---|---|---|
| Ana Ruiz | Chair | ana@example.org | Example Co |

## Initiatives

The following initiatives have been approved by the council:

### Working Groups

| Name | Repository | Notes | Status |
|---|---|---|---|
| Package Signing | https://example.org/wg-signing | [Notes](https://example.org/n1) | Incubating |
| Fuzzing | https://example.org/wg-fuzzing | [Notes](https://example.org/n2) | Sandbox |

### Projects

| Name | Repository | Sponsoring Org | Status |
|---|---|---|---|
| Sigcheck | https://example.org/sigcheck | Package Signing WG | Sandbox |

## Working group leads

| Name | Company | Groups |
|---|---|---|
| Bo Chen | Example Co | Fuzzing |
`

  it('reads the working groups table as the teams, and the title as the organization', () => {
    const plan = imported(page)
    expect(plan.catalog.company.name).toBe('Acme Foundation')
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Package Signing', 'Fuzzing'])
  })

  it('keeps a table of working groups that answer to stakeholder teams skipped', () => {
    const plan = imported(
      `# Acme Community Groups\n\n## Teams\n\n| Team | Description |\n|---|---|\n| Storage | Owns the volumes |\n| Network | Owns the proxies |\n\n## Working Groups\n\n| Name | Stakeholder Teams | Repository |\n|---|---|---|\n| Batch | Storage | https://example.org/batch |\n| Policy | Network | https://example.org/policy |\n`
    )
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Storage', 'Network'])
  })
})

describe("a team's nested responsibilities", () => {
  it('finds the technologies the nested items name', () => {
    const plan = imported(`# Build Tools Team

The Build Tools team keeps the monorepo building.

## Responsibilities

- Continuous integration
  - [Buildkite pipelines](https://example.org/ci) for the monorepo
  - Packaging infrastructure (e.g. base Docker images)
- Tooling
  - The release script
`)
    const team = teamNamed(plan.catalog, 'Build Tools Team')
    expect([...team.stack, ...team.mentions]).toEqual(
      expect.arrayContaining(['Buildkite', 'Docker'])
    )
  })
})

describe("a table restating the teams of the page's org chart", () => {
  it('is no unit: its rows are the drawn teams, and a row the chart lacks is under no unit', () => {
    const plan = imported(`---
title: Data Engineering
---

## Organizational Structure

\`\`\`plantuml
@startwbs
* Data Engineering
** Pipelines
** Warehouse
** Streaming
@endwbs
\`\`\`

## Data stakeholders

| Team | Responsible For |
|---|---|
| [Pipelines](/teams/pipelines/) | Runs the Airflow jobs |
| [Warehouse](/teams/warehouse/) | The Snowflake warehouse |
| [Streaming](/teams/streaming/) | Kafka topics and consumers |
| [Billing Platform](/other-dept/billing/) | Usage events for invoices |
`)
    // A team under no unit of the page lands in the catalog's default division.
    expect(teamPaths(plan.catalog)).toEqual([
      'Data Engineering > Pipelines',
      'Data Engineering > Warehouse',
      'Data Engineering > Streaming',
      'Engineering > Billing Platform'
    ])
  })
})
