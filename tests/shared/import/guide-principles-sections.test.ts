// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * "## Guiding Principles" over bold-label lines ("- **Pragmatism Over Perfection**: …") beside
 * the department's team list (session 18, from the opened fourteenth set, written again: each
 * principle was made a team beside the seven real ones).
 */
describe('a section of principles or values', () => {
  it('holds no teams, however its lines are written', () => {
    const { catalog } = imported(`# Product Security

The Product Security department keeps our product secure.

## Guiding Principles

- **Business Enablement**: we help product teams ship securely and fast.
- **Pragmatism Over Perfection:** we deliver value in small steps.
- **Scalability and Repetition:** we prefer repeatable processes.

## Our values

- **Empathy**: we listen first.
- **Ownership**: we finish what we start.

## Teams

- [Application Security](application-security/)
- [Infrastructure Security](infrastructure-security/)
- [Security Research](security-research/)
`)
    expect(fileTeams(catalog).map((team) => team.name)).toEqual([
      'Application Security',
      'Infrastructure Security',
      'Security Research'
    ])
  })
})

describe('a glossary', () => {
  it('holds no team, its terms bold labels as teams are ("- **SLO**: service level objective")', () => {
    const { catalog } = imported(`# Teams

## Payments

We move money.

- Ledger

## Search

We build search.

- Search API

## Glossary

- **SLO**: service level objective
- **RFC**: request for comments
`)
    expect(fileTeams(catalog).map((team) => team.name)).toEqual(['Payments', 'Search'])
  })
})
