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
