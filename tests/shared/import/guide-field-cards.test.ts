// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'
import { readBlocks } from '../../../src/shared/import/markdown-blocks'

/**
 * A team's fields written as a card, a "**Label:** value" line each in one paragraph (with or
 * without a hard break's two spaces), as team-topology and handbook pages write them (session
 * 18, the lead's own pages in the shape of public ones: the card was read as one summary
 * sentence, "Mission: … Lead: Priya Raman Size: 6 engineers Stack: …", with no lead, no
 * headcount and the stack only mentioned; "Key Metrics:" over its targets made projects).
 */
const CARDS = `# Team Topology & Ownership

## Stream-Aligned Teams

### Orders Team

**Mission:** Own the order lifecycle from cart to delivery  
**Lead:** Priya Raman  
**Size:** 6 engineers  
**Stack:** Rust (backend), React (frontend), PostgreSQL, Kafka

**Key Metrics:**
- Order success rate: > 99.5%
- Checkout latency p99 < 400ms

### Catalog Team

Mission: Make every product easy to find
Lead: Tom Okafor
Size: 5 engineers
Stack: Go, Elasticsearch,
Redis
`

describe("a card of a team's fields, a line each", () => {
  const [orders, catalog] = fileTeams(imported(CARDS).catalog)

  it('gives the lead, the headcount and the stack, with or without hard breaks', () => {
    expect(orders.lead?.name).toBe('Priya Raman')
    expect(orders.members).toBe(6)
    expect(orders.stack).toEqual(['Rust', 'React', 'PostgreSQL', 'Kafka'])
    expect(catalog.lead?.name).toBe('Tom Okafor')
    expect(catalog.members).toBe(5)
    // A line with no label goes on with the value above it.
    expect(catalog.stack).toEqual(['Go', 'Elasticsearch', 'Redis'])
  })

  it("keeps the lines whose label names no field as the team's summary", () => {
    expect(orders.summary).toBe('Mission: Own the order lifecycle from cart to delivery')
    expect(catalog.summary).toBe('Mission: Make every product easy to find')
  })

  it('reads the targets under "Key Metrics:" as no projects', () => {
    expect(orders.projects).toEqual([])
  })

  it('keeps each line, where it stands, only for a paragraph with two labels or more', () => {
    const [card, prose] = readBlocks('**Lead:** Ana\n**Stack:** Go\n\nWe ship: often.\nDaily.\n')
    expect(card.kind === 'paragraph' && card.labelLines?.map((line) => line.at.line)).toEqual([
      1, 2
    ])
    expect(prose.kind === 'paragraph' && prose.labelLines).toBeUndefined()
  })
})

describe('a team-topology page', () => {
  const page = `# Team Topology & Ownership

Corvid Engineering is organized around Team Topologies principles.

## Platform Teams

### Developer Platform Team

**Lead:** Ana Silva
**Stack:** Kubernetes, Terraform

### Data Platform Team

**Lead:** Bo Chen
**Stack:** Kafka, Spark

## Team Interactions

| From | To | Mode |
|------|----|------|
| Developer Platform Team | Data Platform Team | Collaboration |
`
  const { catalog, notes } = imported(page)

  it('takes the company from the text: the title names the page ("Team Topology")', () => {
    expect(catalog.company.name).toBe('Corvid')
  })

  it('reads "Team Interactions" as no team', () => {
    expect(fileTeams(catalog).map((team) => team.name)).toEqual([
      'Developer Platform Team',
      'Data Platform Team'
    ])
    expect(notes.some((note) => /skipped "Team Interactions"/u.test(note.message))).toBe(true)
  })

  it('says which label a list of measures stands under', () => {
    const notes = imported(CARDS).notes.map((note) => note.message)
    expect(notes).toContain(
      'list under "Key Metrics:" in team "Orders Team" read as the team\'s measures, not its projects'
    )
  })
})

describe("a department page whose teams are a sentence and their fields' card", () => {
  const page = `# Engineering Organization

## Product Engineering

### Checkout

Builds the checkout and order flow.

Tech: Java, Spring Boot, PostgreSQL
Team members: 7
Manager: Olu Adeyemi

### Search

Builds search and recommendations.

Tech: Python, Elasticsearch
Team members: 4
Manager: Ines Duarte

## Infrastructure

### Cloud Platform

Runs our AWS accounts and Kubernetes clusters.

Tech: Terraform, Kubernetes, AWS
Team members: 6
Manager: Raj Mehta
`
  const teams = fileTeams(imported(page).catalog)

  it('reads a lone section with a card of fields as a team (the unit above holds it)', () => {
    expect(teams.map((team) => team.name)).toEqual(['Checkout', 'Search', 'Cloud Platform'])
  })

  it('reads "Team members: 7" as a headcount and "Manager:" as the team\'s lead', () => {
    expect(teams.map((team) => [team.members, team.lead?.name])).toEqual([
      [7, 'Olu Adeyemi'],
      [4, 'Ines Duarte'],
      [6, 'Raj Mehta']
    ])
  })
})

describe('a members field', () => {
  it('counts the people it names ("Team members: Ana Ruiz, Ben Stone, Cy Park")', () => {
    const teams = fileTeams(
      imported(`# Teams

## Payments

We move money.

Team members: Ana Ruiz, Ben Stone, Cy Park

- Ledger

## Search

We build search.

Members: Dee Li, Eva Moss

- Search API
`).catalog
    )
    expect(teams.map((team) => team.members)).toEqual([3, 2])
  })
})
