// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

const stacks = (markdown: string): [string, string[]][] =>
  imported(markdown, { file: 'README.md' })
    .catalog.divisions.flatMap((division) => division.teams)
    .map((team) => [team.name, team.stack])

describe('a bracket of technologies after a capitalized word', () => {
  it('closes a list of the team’s work ending on initials: "login, SSO, MFA (Go)"', () => {
    expect(
      stacks(`# Acme Engineering

## Teams

- **Identity** — login, SSO, MFA (Go)
- **Billing** — invoices and payment retries (Kotlin, PostgreSQL)
`)
    ).toEqual([
      ['Identity', ['Go']],
      ['Billing', ['Kotlin', 'PostgreSQL']]
    ])
  })

  it('follows a technology the team uses: "Card payments via Stripe (Java)"', () => {
    expect(
      stacks(`# Northwind teams

| Team | What it does |
| --- | --- |
| Identity | Login, SSO and MFA (Go) |
| Payments | Card payments via Stripe (Java) |
`)
    ).toEqual([
      ['Identity', ['Go']],
      ['Payments', ['Java']]
    ])
  })

  it('still describes a unit it follows: "then Data Platform (Kafka, Go)"', () => {
    expect(
      stacks(`# Teams

## Records

Owns the patient records. Its people moved on to Data Platform (Kafka, Go).
`)
    ).toEqual([['Records', []]])
  })
})
