// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/** The teams a page gives, or none when the import finds no team. */
function teamNames(markdown: string): string[] {
  const result = importGuide(markdown, { file: 'guide.md' })
  return result.ok ? fileTeams(result.value.catalog).map((team) => team.name) : []
}

/**
 * Pages about a process, a ritual or a tool (session 21 sweep, from real handbooks: an
 * interviewing page with a heading per interview, an on-call page with a heading per step, a
 * page about the team chat app): the title names the page's subject, not one team, and its
 * sections are the process's steps, however alike they are written. Before, the title was read
 * as the one team the page is about, or its steps as teams.
 */
describe('pages about a process', () => {
  it('reads no team from an interviewing page with a heading per interview', () => {
    const page = `---
title: "Interviewing @ Northwind"
---

## What to expect

Our recruiters will answer any question along the way.

### Panel

You will meet four people, one after the other:

#### 1. Craft

This interview is with an engineer who works in your field.

#### 2. Partner

This interview is with someone from another discipline.

#### 3. Depth

This interview digs into a project you led.

#### 4. Architecture

You will sketch a system with an engineer and talk through the trade-offs.

- Thinking in systems
- Making decisions
`
    expect(teamNames(page)).toEqual([])
  })

  it('reads no team from an on-call page with a heading per step', () => {
    const page = `---
title: On-call and escalation
---

Every engineer keeps their own services healthy.

## Before your shift

### Mindset

Nothing is likely to happen; keep your laptop near.

## Keep your availability current

If you are away, act:

1. Swap the week with a colleague
1. Tell the channel

## Get the access you need

- The admin console
- The dashboards

### Deeper access

If you look after the storage layer, also make sure you can reach:

- The cluster
- The private network
`
    expect(teamNames(page)).toEqual([])
  })

  it('reads no team from a page about the team chat app', () => {
    const page = `---
title: Communication via Slack
---

# Slack

We use it for all internal messaging.

### Channels

- #dev: questions to all engineers
- #dev-random: chat that is still about work

### Tips

- Most groups of people are set up as a slack team, @leads and @mobile.
- Please be kind.
`
    expect(teamNames(page)).toEqual([])
  })

  it('keeps a team the process page names as a team, and a team named for hiring', () => {
    const page = `# Incident response

## Response team

The Response team owns the pager and runs every incident call.

- Ana Lee (lead)
- Omar Diaz

## Timeline

Write down what happened, when.
`
    // (Named as the heading writes it: dropping "team" from such a name is no part of this rule.)
    expect(teamNames(page)).toEqual(['Response team'])
    const hiring = `---
title: Hiring Services
---

Hiring Services finds and welcomes the people who join us.

## Our Approach

- Start small
- Work in the open
`
    expect(fileTeams(imported(hiring).catalog).map((team) => team.name)).toEqual([
      'Hiring Services'
    ])
  })

  it('reads no team from a rotation page, a support-hero page or the first decision record', () => {
    const rotation = `---
title: Sprint Rotation
---

## Sprint Rotation

New engineers spend their first sprints with a few teams, one sprint each.

### Why rotate?

To meet the people and the systems before choosing a team.

#### Managers' responsibilities

- Pick the sequence of teams
- Name a buddy on each team
`
    const hero = `---
title: Support hero
---

Every week one person in each engineering team is the support hero.

## When is my turn?

- [Billing](https://schedules.example.com/billing)
- [Search](https://schedules.example.com/search)

## What do I do?

Fix what customers report, then reply to them.
`
    const record = `# 1. Record architecture decisions

## Status

Accepted

## Context

We need to record the decisions we make.

## Decision

We will keep a decision record for each one.
`
    expect(teamNames(rotation)).toEqual([])
    expect(teamNames(hero)).toEqual([])
    expect(teamNames(record)).toEqual([])
  })
})
