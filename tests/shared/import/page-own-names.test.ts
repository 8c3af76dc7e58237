// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamTechnologies } from '../../fixtures/imported-catalog'

/**
 * The organisation's own name or product is never a technology of its teams (issues 14/15,
 * helper h45): a project's list of its groups names the project in each group's section, and a
 * page whose company is named otherwise (front matter, a foundation) still goes by the name its
 * title and its links give it. Fixtures in the style of governance and SIG pages, not copied.
 */
function technologies(markdown: string): Record<string, string[]> {
  return teamTechnologies(imported(markdown).catalog)
}

describe('the name a title gives the page before its groups', () => {
  it('is no technology of the groups, whoever the front matter says the company is', () => {
    const page = `---
company: Acme Foundation
---

# Deno Working Groups

## Docs team

The Docs team writes the Deno manual and its examples.

## Release team

The Release team ships Deno builds every month.
`
    expect(technologies(page)).toEqual({ 'Docs team': [], 'Release team': [] })
  })
})

describe('the organisation the page links to most', () => {
  it('is no technology of a team that names it, though only one team does', () => {
    const page = `# Current SIGs

| SIG | Description | Chat |
| --- | --- | --- |
| Cloud | Builds cloud images for public clouds. | [chat](https://chat.fedoraproject.org/cloud) |
| Desktop | Maintains the desktop spins and their artwork. | [chat](https://chat.fedoraproject.org/desktop) |
| Kernel | Packages alternative kernels for Fedora. | [chat](https://chat.fedoraproject.org/kernel) |
| Docs | Writes the user guides. | [chat](https://chat.fedoraproject.org/docs) |
`
    const found = technologies(page)
    expect(found.Kernel).toEqual([])
    expect(Object.keys(found)).toEqual(['Cloud', 'Desktop', 'Kernel', 'Docs'])
  })
})

describe('the technology named in half or more of three or more teams', () => {
  const page = `# Current SIGs

| SIG | Description |
| --- | --- |
| AltArch | Ports Debian to more CPU architectures. |
| Cloud | Builds Debian images for public clouds. |
| HPC | Tunes Debian for clusters and schedulers. |
| Docs | Writes the user guides. |
| Security | Answers vulnerability reports. |
| Web | Runs the website on PostgreSQL. |
`
  it('is the subject of the page, not a technology of each team', () => {
    const found = technologies(page)
    expect(found.AltArch).toEqual([])
    expect(found.Cloud).toEqual([])
    expect(found.HPC).toEqual([])
  })

  it('leaves what one team names in its own section', () => {
    expect(technologies(page).Web).toEqual(['PostgreSQL'])
  })

  it('leaves it to a team whose stack list names it', () => {
    const stacked = `# Teams

## Build team

The Build team packages Debian for servers.

### Tech stack

- Debian
- Jenkins

## Images team

The Images team builds Debian images for clouds.

## Ports team

The Ports team ports Debian to new boards.
`
    const found = technologies(stacked)
    expect(found['Build team']).toEqual(['Debian', 'Jenkins'])
    expect(found['Images team']).toEqual(['Debian'])
  })
})

describe('the organisation whose own chat the page links', () => {
  it("is no technology of the page's team, though the page links its chat once", () => {
    expect(
      technologies(`# Dashboards Team

We help customers build the dashboards they share in Grafana.

## Goals

- Faster dashboard loading
- Sharing dashboards by link

## Slack channel

[#team-dashboards](https://grafana.slack.com/messages/team-dashboards)
`)
    ).toEqual({ 'Dashboards Team': [] })
  })
})

describe('the project its people and its teams are named for (helper h52)', () => {
  it('is no technology of the areas when the title names its committers', () => {
    const page = `---
company: Acme Foundation
---

# Kafka Committers

## Brokers

The brokers that store Kafka topics.

- Ana Lee (@ana)

## Clients

The Kafka clients for Java and Go.

- Bo Chen (@bo)
`
    expect(technologies(page)).toEqual({ Brokers: [], Clients: ['Go', 'Java'] })
  })

  it('is no technology of teams most of whose names begin with it', () => {
    const page = `# Core Maintainers

- Zed Ng (@zed)

# Kafka Maintainers

### Kafka CLI

The command-line client of Kafka.

- Ana Lee (@ana)

### Kafka Server

- Bo Chen (@bo)

### Kafka Operator

Runs Kafka on Kubernetes.

- Cy Diaz (@cy)
`
    expect(technologies(page)).toEqual({
      'Kafka CLI': [],
      'Kafka Server': [],
      'Kafka Operator': ['Kubernetes']
    })
  })
})

describe('the project its top-level heading of people names (helper h52)', () => {
  it('is the company and no technology of the areas, though "# Overview" comes first', () => {
    const plan = imported(`# Overview

Who reviews what.

# Kafka Maintainers

### Brokers

The brokers that store Kafka topics.

- Ana Lee (@ana)

### Clients

- Bo Chen (@bo)
`)
    expect(plan.catalog.company.name).toBe('Kafka')
    expect(teamTechnologies(plan.catalog)).toEqual({ Brokers: [], Clients: [] })
  })
})
