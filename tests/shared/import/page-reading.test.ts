// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'
import { importGuide } from '../../../src/shared/import/import-guide'
import type { GuideEntry } from '../../../src/shared/import/guide-entry'
import type { OutlineEntry } from '../../../src/shared/import/import-plan'
import {
  calledShare,
  choosePageReading,
  namedAsPart,
  oneTeamLabel,
  partNamedShare,
  readingKindOf,
  readingTeams,
  scoreReading,
  siblingsAlike,
  sureShare,
  titleSays
} from '../../../src/shared/import/page-reading'

/**
 * The page-level decision (issue 14): readings of the whole page compared by evidence, not one
 * heading at a time. Fixtures are written in the style of the h42 sweep's pages (team charters
 * and team READMEs whose sections look like teams), not copied from them.
 */

let line = 0
function node(
  label: string,
  role: GuideEntry['role'],
  children: GuideEntry[] = [],
  options: { sure?: boolean; kind?: 'section' | 'item' } = {}
): GuideEntry {
  line++
  return {
    key: label.toLowerCase().replace(/\W+/gu, '-'),
    label,
    line,
    role,
    inferred: role,
    reason: 'test',
    sure: options.sure ?? true,
    source:
      options.kind === 'item'
        ? { kind: 'item', item: undefined as never, description: '' }
        : { kind: 'section', section: undefined as never },
    children
  }
}

describe('readingKindOf: what kind of reading an outline is', () => {
  it('one team with no unit above it is the one-team reading', () => {
    expect(readingKindOf([node('Web team', 'team', [node('Stack', 'team-part')])])).toBe('one-team')
  })

  it('a single team under a unit is a unit of teams, not a one-team page', () => {
    // "Why we're here" read as a division holding "North Star": the page's one team lost.
    const outline = [node("Why we're here", 'division', [node('North Star', 'team')])]
    expect(readingKindOf(outline)).toBe('units-of-teams')
  })

  it('teams with no unit above them are a list', () => {
    expect(readingKindOf([node('Search', 'team'), node('Ads', 'team')])).toBe('team-list')
  })
})

describe('evidence: what the title says', () => {
  it('a team named in the title, with or without the page words after it', () => {
    expect(titleSays('Design System Team Charter')).toBe('one-team')
    expect(titleSays('Billing team')).toBe('one-team')
    expect(titleSays('Team Ledger')).toBe('one-team')
  })

  it('a collection of teams', () => {
    expect(titleSays('Crews and Pods')).toBe('teams')
    expect(titleSays('Current SIGs')).toBe('teams')
    expect(titleSays('Teams')).toBe('teams')
  })

  it('a unit', () => {
    expect(titleSays('Platform Sub-department')).toBe('unit')
  })

  it('nothing, when only the page is named', () => {
    expect(titleSays('Team Charter')).toBe('nothing')
    expect(titleSays('Team structure')).toBe('nothing')
    expect(titleSays(undefined)).toBe('nothing')
  })

  it('nothing, when the title is about what the teams do (h134: "Team Responsibilities & …")', () => {
    expect(titleSays('Team Responsibilities & Service Ownership')).toBe('nothing')
    expect(titleSays('Team Responsibilities')).toBe('nothing')
    expect(oneTeamLabel('Team Responsibilities')).toBeUndefined()
    expect(titleSays('Team Replay')).toBe('one-team')
  })

  it("the one team's label drops the page's words, and there is none for a page title", () => {
    expect(oneTeamLabel('Design System Team Charter')).toBe('Design System')
    expect(oneTeamLabel('Team Charter')).toBeUndefined()
    expect(oneTeamLabel('Team Members')).toBeUndefined()
    expect(oneTeamLabel('Crews and Pods')).toBeUndefined()
    expect(oneTeamLabel('Platform Sub-department')).toBeUndefined()
  })
})

describe('evidence: sibling consistency', () => {
  it('is the share of teams written like most of them (same parent, same source)', () => {
    const teams = readingTeams([
      node('Unit', 'division', [
        node('Search', 'team', [], { kind: 'item' }),
        node('Ads', 'team', [], { kind: 'item' }),
        node('Docs', 'team', [], { kind: 'item' })
      ]),
      node('How we work', 'team')
    ])
    expect(siblingsAlike(teams)).toBe(0.75)
  })
})

describe('evidence: team-like content', () => {
  it('is the share of teams read as sure', () => {
    const teams = readingTeams([node('Search', 'team'), node('Ads', 'team', [], { sure: false })])
    expect(sureShare(teams)).toBe(0.5)
  })
})

describe('evidence: names that read as sections, process or people', () => {
  it("a charter's sections are named as parts", () => {
    for (const label of ['North Star', "Why we're here", 'Who we are', 'Using this space'])
      expect(namedAsPart(label)).toBe(true)
    expect(namedAsPart('Payments')).toBe(false)
  })

  it('is counted as a share of the teams', () => {
    const teams = readingTeams([node('North Star', 'team'), node('Payments', 'team')])
    expect(partNamedShare(teams)).toBe(0.5)
  })
})

describe('evidence: whether the page calls them teams', () => {
  it('a team word in the name, or the page saying "the X team"', () => {
    const teams = readingTeams([
      node('Red team', 'team'),
      node('Ledger', 'team'),
      node('Ads', 'team')
    ])
    expect(calledShare(teams, new Set(['ledger']))).toBeCloseTo(2 / 3)
  })
})

describe('choosing a reading', () => {
  const charter = [
    node("Why we're here", 'division', [node('North Star', 'team', [], { sure: false })])
  ]
  const oneTeam = [node('Design System', 'team', [node('North Star', 'team-part')])]

  it('R1 (one team) wins over a reading whose only team is a section named as a part', () => {
    const reading = choosePageReading(
      [
        { kind: readingKindOf(charter), outline: charter },
        { kind: 'one-team', outline: oneTeam }
      ],
      { title: 'Design System Team Charter', calls: new Set() }
    )
    expect(reading.chosen.kind).toBe('one-team')
    expect(reading.close).toBe(false)
    expect(reading.summary).toMatch(/^read as one team's page .*the title names one team/u)
  })

  it('R2 (a list) wins when its teams are sure, alike and called teams', () => {
    const list = [
      node('Team organization', 'division', [
        node('Red team', 'team'),
        node('Blue team', 'team'),
        node('Green team', 'team')
      ])
    ]
    const reading = choosePageReading(
      [
        { kind: readingKindOf(list), outline: list },
        { kind: 'one-team', outline: [node('Mobile App', 'team')] }
      ],
      { title: 'Mobile App', calls: new Set(['red', 'blue', 'green']) }
    )
    expect(reading.chosen.kind).toBe('units-of-teams')
  })

  it('R3 (units of teams) is scored up by a title naming a unit', () => {
    const units = [node('Platform', 'division', [node('Search', 'team'), node('Ads', 'team')])]
    const scored = scoreReading({ kind: 'units-of-teams', outline: units }, [], {
      title: 'Platform Engineering Department',
      calls: new Set()
    })
    expect(scored.evidence.map((item) => item.says)).toContain('the title names a unit')
  })

  it('a reading with no team never wins', () => {
    const reading = choosePageReading(
      [
        { kind: 'team-list', outline: [node('Using this space', 'skip')] },
        { kind: 'one-team', outline: [node('Authenticated Experience Team', 'team')] }
      ],
      { title: 'Authenticated Experience Team Charter', calls: new Set() }
    )
    expect(reading.chosen.kind).toBe('one-team')
  })

  it('takes the reading asked for (a mapping) when the page can be read so, and no guess then', () => {
    const candidates = [
      { kind: readingKindOf(charter), outline: charter },
      { kind: 'one-team' as const, outline: oneTeam }
    ]
    const facts = { title: 'Design System Team Charter', calls: new Set<string>() }
    const asked = choosePageReading(candidates, facts, 'units-of-teams')
    expect(asked.chosen.outline).toBe(charter)
    expect(asked.asked).toBe(true)
    expect(asked.close).toBe(false)
    expect(asked.summary).toMatch(
      /^read as units holding teams, as the mapping asks .*; next: one team's page/u
    )
    // Asked for what no candidate is: the page's own best, as without asking.
    const impossible = choosePageReading(candidates, facts, 'team-list')
    expect(impossible.chosen.kind).toBe('one-team')
    expect(impossible.asked).toBe(false)
    expect(impossible.summary).toBe(choosePageReading(candidates, facts).summary)
  })

  // QA (h161): "read as units holding teams (3.2 …); next: units holding teams (2.2)".
  it('names the next reading of another kind, never the chosen kind again', () => {
    const units = [node('Platform', 'division', [node('Search', 'team'), node('Ads', 'team')])]
    const fewer = [node('Platform', 'division', [node('Search', 'team')])]
    const reading = choosePageReading(
      [
        { kind: 'units-of-teams', outline: units },
        { kind: 'units-of-teams', outline: fewer },
        { kind: 'one-team', outline: [node('Platform', 'team')] }
      ],
      { title: 'Platform Department', calls: new Set(['search', 'ads']) }
    )
    expect(reading.chosen.outline).toBe(units)
    expect(reading.summary).toMatch(/; next: one team's page \(/u)
    expect(reading.summary).not.toMatch(/next: units holding teams/u)
  })

  it('keeps the first (local) reading on a tie, and calls a near tie close', () => {
    const a = [node('Search', 'team')]
    const b = [node('Search', 'team')]
    const reading = choosePageReading(
      [
        { kind: 'team-list', outline: a },
        { kind: 'team-list', outline: b }
      ],
      { calls: new Set() }
    )
    expect(reading.chosen.outline).toBe(a)
    expect(reading.close).toBe(true)
  })
})

describe('importGuide reads a team charter as the one team it is about', () => {
  // A charter's sections ("Why we're here", "North Star", "Who we are") looked like a division
  // holding a team; the title named the company.
  const charter = `# Ledger Team Charter

## Why we're here

### North Star
Every customer can see what they owe, owned by us end to end.

### Product Portfolio
- Invoices
- Statements

## Who we are

### Team Members
- Product Manager: Ada Lovelace
- Engineering Lead: Alan Turing

## How we work

### Stand-up
- Daily @ 11:30 ET
`

  it('makes one team named by the title, with no team under it', () => {
    const plan = imported(charter)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Ledger'])
    expect(plan.catalog.divisions.flatMap((division) => division.groups ?? [])).toEqual([])
  })

  it('says in the report which reading it chose and why, in one line', () => {
    const plan = imported(charter)
    expect(plan.reading?.kind).toBe('one-team')
    const line = plan.notes.find((note) => note.message.startsWith('page read as'))
    expect(line?.message).toMatch(/^page read as one team's page \(.*the title names one team/u)
    expect(line?.message).not.toContain('\n')
  })

  it('is not a guess when the readings are far apart', () => {
    expect(imported(charter).reading?.close).toBe(false)
  })

  it('offers the other readings, and reads the page as a mapping asks', () => {
    expect(imported(charter).reading?.others).toEqual(['units-of-teams'])
    const result = importGuide(charter, {
      file: 'charter.md',
      mapping: { version: 1, roles: {}, reading: 'units-of-teams' }
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.reading).toMatchObject({
      kind: 'units-of-teams',
      asked: true,
      close: false,
      others: ['one-team']
    })
    expect(fileTeams(result.value.catalog).map((team) => team.name)).not.toEqual(['Ledger'])
  })

  it('keys the page alike in every reading, so a mapping’s roles survive a change of reading', () => {
    const keys = (outline: OutlineEntry[]): string[] =>
      outline.flatMap((entry) => [entry.key, ...keys(entry.children)])
    const asOneTeam = imported(charter)
    const asUnits = imported(charter, {
      mapping: {
        version: 1,
        roles: { 'ledger-team-charter/how-we-work': 'skip' },
        reading: 'units-of-teams'
      }
    })
    expect(asOneTeam.reading?.kind).toBe('one-team')
    expect(keys(asUnits.outline)).toEqual(keys(asOneTeam.outline))
    // The role chosen under one reading applies under the other: no unknown key.
    expect(asUnits.notes.some((note) => note.message.includes('not in the guide'))).toBe(false)
  })

  it('says so when a mapping asks for a reading the page cannot have', () => {
    const result = importGuide(charter, {
      file: 'charter.md',
      mapping: { version: 1, roles: {}, reading: 'team-list' }
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.reading?.kind).toBe('one-team')
    expect(result.value.notes[0]).toMatchObject({
      kind: 'problem',
      line: 1,
      message: expect.stringMatching(
        /^the mapping asks to read the page as team-list, which it cannot be read as: read as one team's page/u
      )
    })
  })

  it('neither offers nor takes a reading that finds no team ("no teams found" when asked, before)', () => {
    // A team's page of members, named by its Slack channel: read as a list of teams, it has none.
    const members = `---
owner_slack: "#payments-platform"
title: Our team
---

# <%= current_page.data.title %>

We are currently made up of 4 members:

- Karen Botsh, Senior Delivery Manager
- David Elliott, Technical Architect
- Stephen Linden, WebOps Engineer
- Jake Mulley, Lead Technical Architect
`
    const plain = imported(members)
    expect(plain.reading?.summary).toContain('next: a list of teams (no team)')
    expect(plain.reading?.others).toEqual([])
    const asked = importGuide(members, {
      file: 'our-team.md',
      mapping: { version: 1, roles: {}, reading: 'team-list' }
    })
    expect(asked.ok).toBe(true)
    if (!asked.ok) return
    expect(asked.value.reading).toMatchObject({ kind: 'one-team', asked: false })
    expect(asked.value.notes[0].message).toMatch(
      /^the mapping asks to read the page as team-list, which it cannot be read as/u
    )
  })

  it('imports a charter the local rules found no team in ("no teams found" before)', () => {
    const bare = `# Ledger Team Charter

## Mission Statement:
Help customers pay on time.

## Roadmap

### Q1 2020
`
    const result = importGuide(bare, { file: 'charter.md' })
    expect(result.ok).toBe(true)
    if (result.ok)
      expect(fileTeams(result.value.catalog).map((team) => team.name)).toEqual(['Ledger'])
  })
})

describe('importGuide marks a close call between readings as a guess', () => {
  // A team's page with its sub-teams as bold lines: the team with two sub-teams, or one team
  // whose lines are parts of it. The evidence splits (the title names one team; the sub-teams
  // are written alike and called teams), so the choice is a guess a user should confirm.
  const page = `---
title: Ledger team
---

## People

- Ada Lovelace (Team lead)
- Alan Turing (Engineer)

## Ledger sub-teams

- **Invoices:** Send every invoice on time. [Invoices team page](/invoices).
- **Statements:** Print statements on request. [Statements team page](/statements)

## How we work

### Standups
Every Monday.
`

  it('reports the close call as a guess, so import --check fails', () => {
    const plan = imported(page)
    expect(plan.reading?.close).toBe(true)
    expect(plan.guessed).toBe(true)
    const line = plan.notes.find((note) => note.message.startsWith('page read as'))
    expect(line?.kind).toBe('guessed')
    expect(line?.message).toMatch(/: a close call$/u)
  })
})

describe('importGuide on a roster of crews under units (R3)', () => {
  // A page of units, each a list of crews whose nested lines are only their people by role.
  const roster = `# Squads and Tribes

## Payments (Squads)

* Checkout
  * Squad Lead: Grace Hopper
  * Product: Ada Lovelace, Alan Turing
* Refunds, Disputes, and Chargebacks
  * Engineering: TBD

## Identity (Squads)

* Sign-in on Acme.com
  * Engineering: Edsger Dijkstra
* Accounts
  * Design/Research: Barbara Liskov
`

  it('reads each list item as a team under its unit, and the title as the page only', () => {
    const plan = imported(roster)
    expect(plan.reading?.kind).toBe('units-of-teams')
    expect(plan.outline[0].role).toBe('skip')
    const units = plan.outline[0].children.map((unit) => [
      unit.label,
      unit.role,
      unit.children.map((team) => `${team.role}:${team.label}`)
    ])
    expect(units).toEqual([
      [
        'Payments (Squads)',
        'division',
        ['team:Checkout', 'team:Refunds, Disputes, and Chargebacks']
      ],
      ['Identity (Squads)', 'division', ['team:Sign-in on Acme.com', 'team:Accounts']]
    ])
  })

  it('keeps a list whose nested lines say anything else as before (no team)', () => {
    const notes = roster.replace('  * Engineering: TBD', '  * We handle every refund by hand.')
    const plan = imported(notes)
    const labels = fileTeams(plan.catalog).map((team) => team.name)
    expect(labels).not.toContain('Refunds, Disputes, and Chargebacks')
    expect(labels).not.toContain('Checkout')
  })
})

describe("importGuide on a team list written as a named unit's list or as linked lines", () => {
  it('reads "Teams in <Unit>" as the heading over the unit\'s team list', () => {
    const page = `# Ledger Department

The Ledger department keeps the books for every customer.

## Teams in Ledger

- [Invoices](../invoices/index.md)
- [Statements](../statements/index.md)
`
    const plan = imported(page)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Invoices', 'Statements'])
  })

  it('reads a linked name alone on each line under "Current teams" as the team list', () => {
    const page = `# Teams

### Using this space
Keep your team's notes here, and its charter.

### Current teams
These are the teams building the product today.

[Invoices](https://example.com/teams/invoices)

[Statements](https://example.com/teams/statements)
`
    const plan = imported(page)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Invoices', 'Statements'])
  })
})
