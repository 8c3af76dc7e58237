// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported, importedTeam } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'
import { namedHeadcount, withoutCount } from '../../../src/shared/import/team-name'

/**
 * Team pages in the shapes of Team Topologies' "Team API" template and of team-topology tools'
 * team files (session 19, the lead's own pages, written after real public files in those
 * shapes came out wrong: a department's "Teams (10 teams, 45 people)" list was skipped and its
 * "Typical conflicts with other departments" made teams; a team's "Dependencies" and "Current
 * challenges" made projects; its front matter's `line_manager` and `size` were left out; the
 * template's SLAs, versioning approaches and glossary were projects, "Q1 2026" a project's
 * title, and "Team type" over "stream-aligned" went into the summary).
 */
describe("a department's list of teams with their headcounts", () => {
  const page = `# Platform Department

The platform department runs everything our product teams build on.

## Goals
- Fewer incidents
- Faster deploys

## Teams (4 teams, 19 people)
- Compute Team (6) - Clusters and autoscaling
- Storage Team (4) - Object storage and backups
- Network Team (5 engineers) - Ingress, DNS and the service mesh
- Developer Tools Team (4): CI runners and build caches

## Typical conflicts with other departments
- **vs Product**: "We need this feature by Friday"
- **vs Security**: "Every change needs a review"
`
  const plan = imported(page)
  const teams = fileTeams(plan.catalog)

  it('reads the teams under a heading that counts them', () => {
    expect(teams.map((team) => team.name)).toEqual([
      'Compute Team',
      'Storage Team',
      'Network Team',
      'Developer Tools Team'
    ])
  })

  it("reads the number in brackets after a team's name as its headcount, not its scope", () => {
    expect(teams.map((team) => team.members)).toEqual([6, 4, 5, 4])
    expect(teams[0].summary).toBe('Clusters and autoscaling')
    expect(teams[3].summary).toBe('CI runners and build caches')
  })

  it('makes no team of a section about conflicts with other departments', () => {
    expect(teams.some((team) => team.name.startsWith('vs'))).toBe(false)
    expect(plan.catalog.divisions.flatMap((division) => division.groups ?? [])).toEqual([])
  })

  it('reads a bold label with a count the same way', () => {
    const bold = fileTeams(
      imported(`# Data

## Teams
- **Ingest Team (3)** — event pipelines
- **Warehouse Team (7)** — the warehouse and its models
`).catalog
    )
    expect(bold.map((team) => [team.name, team.members])).toEqual([
      ['Ingest Team', 3],
      ['Warehouse Team', 7]
    ])
  })
})

describe('counts in brackets', () => {
  it('are a headcount after a name only when they are a plausible number of people', () => {
    expect(namedHeadcount('Search (7)')).toEqual({ name: 'Search', headcount: 7 })
    expect(namedHeadcount('Search (~5 people)')).toEqual({ name: 'Search', headcount: 5 })
    expect(namedHeadcount('Platform (2024)')).toBeUndefined()
    expect(namedHeadcount('Platform (0)')).toBeUndefined()
    expect(namedHeadcount('Platform (EU)')).toBeUndefined()
  })

  it('are left out of a heading read for what it is', () => {
    expect(withoutCount('Teams (10 teams, 45 people)')).toBe('Teams')
    expect(withoutCount('Squads (9)')).toBe('Squads')
    expect(withoutCount('Our engineers (~40)')).toBe('Our engineers')
    expect(withoutCount('Platform (EU)')).toBe('Platform (EU)')
  })
})

describe("one team's file with front matter, dependencies and challenges", () => {
  const page = `---
name: Fulfilment Team
team_type: stream-aligned
metadata:
  size: 7
  line_manager: Oskar Lindqvist
  established: 2021-03
---

# Fulfilment Team

Picks, packs and ships every order from our three warehouses.

## Responsibilities
- Pick lists - which shelf, in which order
- Carrier labels - printing and tracking numbers

## Dependencies

**Teams we depend on**:
- Inventory Team - stock levels
- Carrier Integrations Team - label APIs

## Current challenges

**Cognitive load**: high

- **Handoffs**: every release waits for the QA team
- **Legacy**: the label printer service is hard to change
`
  const team = importedTeam(page)

  it('takes the lead and headcount its front matter gives, nested or not', () => {
    expect(team.lead?.name).toBe('Oskar Lindqvist')
    expect(team.members).toBe(7)
    const flat = importedTeam(
      page
        .replace('metadata:\n  size: 7\n  line_manager', 'team_size: 5\nlead')
        .replace(/\n {2}established.*\n/u, '\n')
    )
    expect([flat.lead?.name, flat.members]).toEqual(['Oskar Lindqvist', 5])
  })

  it('makes no projects of what it depends on or struggles with, and no summary', () => {
    expect(team.projects).toEqual([])
    expect(team.responsibilities).toHaveLength(2)
    expect(team.summary).toBe('Picks, packs and ships every order from our three warehouses.')
  })

  it("names the team's division after its front matter's department", () => {
    const plan = imported(page.replace('  established: 2021-03', '  department: Logistics'))
    expect(plan.catalog.divisions.map((division) => division.name)).toEqual(['Logistics'])
    expect(imported(page).catalog.divisions.map((division) => division.name)).toEqual([
      'Engineering'
    ])
  })

  it('puts the team in the value stream or platform grouping its front matter names', () => {
    // Session 20, from a real Team Topologies demo's team files: "platform_grouping: Cloud
    // Infrastructure Platform Grouping" beside the team's size; made-up names here.
    const division = (text: string) =>
      imported(text).catalog.divisions.map((unit) => [
        unit.name,
        (unit.groups ?? []).map((group) => [group.name, group.teams.map((t) => t.name)]),
        unit.teams.map((t) => t.name)
      ])
    const grouped = page.replace('  established: 2021-03', 'platform_grouping: Supply Platforms')
    expect(division(grouped)).toEqual([['Supply Platforms', [], ['Fulfilment Team']]])
    const streamed = page.replace(
      '  established: 2021-03',
      '  department: Logistics\nvalue_stream: Outbound'
    )
    expect(division(streamed)).toEqual([['Logistics', [['Outbound', ['Fulfilment Team']]], []]])
  })

  it('takes no lead from a contact field that names no person', () => {
    const contact = importedTeam(
      page.replace('line_manager: Oskar Lindqvist', 'contact: "#fulfil"')
    )
    expect(contact.lead).toBeUndefined()
  })
})

describe("Team Topologies' Team API template", () => {
  const page = `# Search Relevance Team

## Team name and focus

Search Relevance Team – ranks results so that shoppers find what they came for.

## Team type

stream-aligned

## Service-level expectations (SLA)
- Query latency: p95 under 200 ms
- Index freshness within 10 minutes

## Software owned and evolved by this team
- Ranking service
- Query understanding library

## Part of a platform grouping?

No

## Versioning approaches
- Semantic versioning for the ranking API
- Deprecations announced a month ahead

## Glossary and terms ubiquitous language
- **NDCG**: Normalized discounted cumulative gain
- **Recall**: the share of relevant results returned

## Daily sync time

10:00 daily standup

## What we're currently working on
- Q3 2026: Learning-to-rank model in production
- Q4 2026 - Personalised ranking for returning shoppers
`
  const team = importedTeam(page)

  it('reads only the software it owns and the work it is on as projects, without dates', () => {
    expect(team.projects.map((project) => project.title)).toEqual([
      'Ranking service',
      'Query understanding library',
      'Learning-to-rank model in production',
      'Personalised ranking for returning shoppers'
    ])
  })

  it("keeps the short values of the template's fields out of the summary", () => {
    expect(team.summary).toBe(
      'Search Relevance Team – ranks results so that shoppers find what they came for.'
    )
  })

  it("keeps the answers to the template's questions out of the summary and the projects", () => {
    // Session 20, from a real Team Topologies demo's team files ("## Part of a value stream?"
    // over "Yes - …", "## Part of a platform grouping?" over "No - …").
    const answered = importedTeam(
      page.replace(
        '## Service-level expectations (SLA)',
        '## Part of a platform grouping?\n\nNo - this team serves the shop directly.\n\n' +
          '## Which teams do we help?\n\n- Catalogue\n- Checkout\n\n' +
          '## Service-level expectations (SLA)'
      )
    )
    expect(answered.summary).toBe(team.summary)
    expect(answered.projects).toEqual(team.projects)
  })
})

describe("a team file naming its team and its people in front matter (EventCatalog's shape)", () => {
  const team = importedTeam(`---
id: mobile
name: Mobile Crew
summary: Builds our iOS and Android apps
members:
  - kwame
  - lucia
  - mei
  - oren
email: mobile@example.com
---

## Overview

The Mobile Crew ships the shopping apps every two weeks.
`)

  it('takes the name for the team and counts the members it lists', () => {
    expect(team.name).toBe('Mobile Crew')
    expect(team.members).toBe(4)
  })
})
