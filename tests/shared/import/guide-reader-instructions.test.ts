// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importedTeam } from '../../fixtures/guides'

/**
 * Lines written to the reader (session 11 and 12 sweeps: "please do NOT message us directly",
 * "Packaging question? Ping us in your issue", "If you need to…"): what to do, asked or told,
 * under any heading, are no projects. Fixture written in that style, not copied.
 */
describe('instructions to the reader in a team page', () => {
  it('makes no projects of a list of lines addressed to the reader', () => {
    const found = importedTeam(`# Ledger team

The Ledger team keeps the books of Orbis Pay.

## Good to know

- Please do not message a Ledger engineer directly
- Feel free to open an issue in the ledger tracker
- If you need a new account type, ask in the ledger channel

## Before asking

- Reconciliation question? Read the reconciliation guide first
- Export failing? Attach the Grafana dashboard link
- Who reviews ledger changes?

## Current projects

- Double-entry audit trail
`)
    expect(found.projects.map((project) => project.title)).toEqual(['Double-entry audit trail'])
    expect(found.mentions).toContain('Grafana')
  })

  it('keeps a list of projects with one line to the reader among them', () => {
    const found = importedTeam(`# Ledger team

The Ledger team keeps the books of Orbis Pay.

## Work

- Double-entry audit trail
- Multi-currency balances
- Please ask before starting anything new
`)
    expect(found.projects.map((project) => project.title)).toEqual([
      'Double-entry audit trail',
      'Multi-currency balances',
      'Please ask before starting anything new'
    ])
  })
})
