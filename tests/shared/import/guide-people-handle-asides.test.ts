// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * "Cy Park (@cy) (lead), Di Lu (@di)": a person's account handle in parentheses, then their role
 * in another, is still a person of the team, and "(lead)" still says who leads it (h131's sweep of
 * real team pages, 2026-12-06: a project's wiki page wrote each team's people so, and no team got
 * its lead or headcount).
 */
const page = `# Teams

### Routing Team

Routing team owns the route planner and its maps.

**Team members:** Ana Diaz (lead), Bo Chen

### Billing Team

Billing team owns invoices and the payment flows.

**Team members:** Cy Park (@cy) (lead), Di Lu (@di), Ed Moss (@edm)
`

describe('people written with their handle and their role in parentheses', () => {
  it('give the team its lead and headcount', () => {
    const teams = fileTeams(imported(page, { file: 'teams.md' }).catalog)
    const billing = teams.find((team) => team.name === 'Billing Team')
    expect(billing?.lead?.name).toBe('Cy Park')
    expect(billing?.members).toBe(3)
  })
})
