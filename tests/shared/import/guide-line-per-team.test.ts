// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * A team a line, with no bullets (session 22, from the form h134's sweep found on real pages: a
 * paragraph whose lines are "Name – what it owns", which markdown joins into one paragraph): each
 * line is a team, as the list it would be with a bullet before each line is.
 */
describe('a team a line, without bullets', () => {
  it('reads each "Name – text" line of a paragraph as a team', () => {
    const plan = imported(`# Engineering teams

Our engineering organization has four teams:

Ledger – owns invoices, refunds and the payment ledger
Lookup – owns the search index and its ranking
Gatehouse – owns sign-in, accounts and permissions
Pocket – builds the phone apps
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([
      'Ledger',
      'Lookup',
      'Gatehouse',
      'Pocket'
    ])
  })

  it('leaves prose whose wrapped lines hold a dash a paragraph', () => {
    const plan = imported(`# Engineering teams

## Ledger

Owns invoices and refunds. We moved to the new ledger in spring - it was a long
migration - and since then the team has kept the old system as a read-only - and
slowly shrinking - archive for auditors.

## Lookup

Owns the search index and its ranking.
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Ledger', 'Lookup'])
  })

  it('reads lines opening on a typed bullet ("• ", "🔹 ") the same', () => {
    const plan = imported(`# Engineering teams

🔹 **Ledger** — owns invoices and refunds
🔹 **Lookup** — owns the search index
• **Gatehouse** — owns sign-in and accounts
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([
      'Ledger',
      'Lookup',
      'Gatehouse'
    ])
  })

  it('reads a pasted list of typed bullets under its introduction as a list', () => {
    const plan = imported(`# Engineering

Our teams:
• Ledger
• Lookup
• Gatehouse
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([
      'Ledger',
      'Lookup',
      'Gatehouse'
    ])
  })
})
