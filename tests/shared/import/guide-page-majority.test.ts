// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * Readings decided by what most of a page holds rather than by one section's own signs: the
 * fourth held-out set's aggregate diagnosis (tests/corpus README, "Fourth held-out set: worn")
 * counted whole pages of teams read as one team or as nothing. Each fixture is made up, with
 * none of those documents' names, and fails without its rule.
 */

describe('many sections written alike beside a short team list', () => {
  it("reads the sections as teams beside the list's one team", () => {
    const sections = ['Checkout', 'Catalog', 'Search', 'Payments', 'Notifications']
      .map(
        (name) => `## ${name}

${name} is where the shop's customers meet us every day.

- Weekly demo on Fridays
- Quarterly plan in the wiki
`
      )
      .join('\n')
    const plan = imported(`# Shop Engineering

## Teams

- [Storefront](https://example.org/storefront)

${sections}`)
    expect(
      fileTeams(plan.catalog)
        .map((team) => team.name)
        .sort()
    ).toEqual(['Catalog', 'Checkout', 'Notifications', 'Payments', 'Search', 'Storefront'])
  })

  it('keeps two odd sections beside the list out of the teams', () => {
    const plan = imported(`# Shop Engineering

## Our teams

- [Storefront](https://example.org/storefront)
- [Checkout](https://example.org/checkout)

## Guidelines

We write down what we decide.

- Decisions go in the log

## Roles

Every team has a lead.

- Leads run the weekly sync
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Storefront', 'Checkout'])
  })
})

describe('a guide that describes its teams in prose, a heading each, under one section', () => {
  const guide = (title: string) => `# ${title}

Acme's engineers build the tools that thousands of shops run on.

## How we are organized

We work in small teams, each with its own area.

### Platform

Platform runs the clusters and the deploy pipeline every other group ships with.

### Data

Data keeps the warehouse and the event stream that reports are built from.

### Mobile

Mobile builds the apps our shoppers carry with them.

### Growth

Growth experiments with sign-up and onboarding.

## Join us

We are hiring: the open roles are on our careers page.
`

  it('reads the sections as the teams, not the page as one team', () => {
    const plan = imported(guide('Engineering at Acme'))
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([
      'Platform',
      'Data',
      'Mobile',
      'Growth'
    ])
    expect(plan.reading?.kind).toBe('team-list')
  })

  it('keeps a page titled as one team that team, its sections its parts', () => {
    const plan = imported(guide('Web Team'))
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Web Team'])
  })

  it('reads no run when two runs of sections are as large', () => {
    const plan = imported(`${guide('Engineering at Acme')}
## How we work

### Planning

We plan every quarter with the whole group.

### Reviews

Every change is read by a second engineer.

### Releases

We ship from main every day.

### Support

Each team takes a week of support in turn.
`)
    expect(fileTeams(plan.catalog)).toHaveLength(1)
  })
})

describe('a page titled by its teams’ kind that finds none of them', () => {
  it('reads no prose sections as those teams', () => {
    const result = importGuide(
      `# Working Groups

## About

### Kickoff

We meet every other week on a call.

### Handover

Notes of every meeting are kept in a shared folder.

### Wrap-up

Recordings are kept for a year.
`,
      { file: 'guide.md' }
    )
    expect(result.ok).toBe(false)
  })
})

describe('a team list beside three or more sure teams it leaves out', () => {
  it('keeps those teams: the list does not index the page', () => {
    const team = (name: string) => `### ${name}

The ${name} team owns the ${name.toLowerCase()} service and its on-call rotation.

- Runs the ${name.toLowerCase()} API
- Answers the ${name.toLowerCase()} pager
`
    const plan = imported(`# Acme Teams

## Teams

- [Storefront](https://example.org/storefront)
- [Reviews](https://example.org/reviews)

## Team details

${['Billing', 'Ledger', 'Payouts'].map(team).join('\n')}`)
    const names = fileTeams(plan.catalog).map((t) => t.name)
    expect(names).toEqual(
      expect.arrayContaining(['Storefront', 'Reviews', 'Billing', 'Ledger', 'Payouts'])
    )
  })
})
