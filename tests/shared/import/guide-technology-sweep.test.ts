// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamTechnologies } from '../../fixtures/imported-catalog'

/**
 * Technology rules found by h30's sweep of real team pages outside the corpus (issue 15,
 * 2026-12-05: Rust's infrastructure service catalog, GitLab's Data Access and Database Operations
 * pages, GOV.UK PaaS's team manual). Each fixture is written in the style of the swept pages,
 * not copied from them, and fails without its rule.
 */

/** Every technology of each team: its stack, its mentions and its projects'. */
function technologies(markdown: string): Record<string, string[]> {
  return teamTechnologies(imported(markdown).catalog)
}

describe("a team's own name said as its name", () => {
  const page = `---
title: Storage Sub Department
---

## Vision

Give other groups well-designed ways to store and read data.

## All Team Members

The following people are members of teams that belong to the Storage Sub-department:

### Registry

The [Registry](/handbook/storage/registry/)
team builds and maintains the container image service of the product.

{{< team-by-manager-slug manager="adoe" >}}

### Git

The [Git](/handbook/storage/git/) team develops Git and integrates it into the product.

{{< team-by-manager-slug manager="bdoe" >}}
`
  it('is the team, not a technology, while the text still names what the team works on', () => {
    expect(technologies(page)).toEqual({ Registry: [], Git: ['Git'] })
  })

  it('is read so for a technology the dictionary knows as well', () => {
    const gitaly = page.replace(/Registry/gu, 'Gitaly')
    expect(technologies(gitaly).Gitaly).toEqual([])
  })
})

describe('a list of tools named by links to their pages', () => {
  it("is the team's stack, not a list of links", () => {
    const page = `# Service catalog

The services and apps the infrastructure team maintains.

## External services

- [Datadog](./datadog/README.md)
- [Fastly](./fastly/README.md)
- [Renovate](./renovate/README.md)
`
    expect(Object.values(technologies(page))).toEqual([['Datadog', 'Fastly', 'Renovate']])
  })
})

describe('a list introduced as a document', () => {
  it('is read as links, whatever the paragraph said about tools before', () => {
    const page = `# Platform team

The team runs the hosting platform.

## Accounts

You will need accounts for tools that we use such as GitHub and Trello. Staff can see the full
list of accounts in the following spreadsheet:

- [Platform Team Checks](https://docs.google.com/spreadsheets/d/abc/edit)
`
    expect(technologies(page)).toEqual({ 'Platform team': ['GitHub', 'Trello'] })
  })
})

describe('names written with a slash', () => {
  it('are names, not repository paths', () => {
    const page = `# Database team

The team runs the main database.

## Skills

- Tuning queries in SQL and PL/pgSQL.
- Event pipelines on Pub/Sub, as kept in sourcegraph/pipelines.
`
    expect(Object.values(technologies(page))).toEqual([['Google Pub/Sub', 'PL/pgSQL', 'SQL']])
  })
})

describe("a heading inside a team that is a tool's name", () => {
  it('names a tool the team uses, even with no text under it', () => {
    const page = `# Analytics team

The team owns the data platform and the BI tools the company reports with.

## Looker

Looker is where enterprise reporting lives.

## Google Analytics

## Airflow

## Alerts
`
    expect(Object.values(technologies(page))).toEqual([['Airflow', 'Google Analytics', 'Looker']])
  })
})

describe("a list of links to a team's projects", () => {
  it('still names the technologies its link texts name, and nothing from the addresses', () => {
    const page = `---
title: "Verify:Builds"
---

## Mission

Run the product's build jobs on any platform.

## Projects we maintain

- [Builds Operator for Kubernetes](https://gitlab.example/org/builds-operator)
- [Builds Helm Chart](https://gitlab.example/org/charts/builds)
- [Builds images](https://gitlab.example/org/terraform-builds)

## Common Links

- [Issue Board](https://gitlab.example/boards/1)
- [Slack Channel](https://example.slack.com/archives/g_builds)
`
    expect(Object.values(technologies(page))).toEqual([['Helm', 'Kubernetes']])
  })
})

describe("an organization's own product, named by its code-host groups", () => {
  it('is no technology of its teams', () => {
    const page = `---
title: "Data Durability Team"
---

## Mission

We keep the data the GitLab application stores safe, and improve the management of Redis and
Sidekiq for the GitLab product.

## Getting Assistance

- GitLab: \`@gitlab-org/data-access/durability\`

## Common Links

- [Durability epic](https://gitlab.com/groups/gitlab-com/infra/durability/-/epics/1)
- [Team issue tracker](https://gitlab.com/gitlab-com/infra/durability/team/-/issues)
- [Rails issue tracker](https://gitlab.com/gitlab-org/gitlab/-/issues)
`
    const plan = imported(page)
    expect(plan.catalog.company.name).toBe('GitLab')
    expect(Object.values(technologies(page))).toEqual([['Redis', 'Sidekiq']])
  })
})
