// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * "**Team contact:** Cy Park (@cy) (lead), Di Lu (@di)": the contact line's people written with
 * their handle and their role each in brackets are still the team's people, and "(lead)" says who
 * leads it; a contact that is a channel stays a contact (h131's sweep of real team pages,
 * 2026-12-06: a project's wiki gave each team's people only so).
 */
const page = `# Teams

### Routing Team

Routing team owns the route planner and its maps.

**Team contact:** Cy Park (@cy) (lead), Di Lu (@di)

### Billing Team

Billing team owns invoices and the payment flows.

**Team contact:** #billing-help
`

describe('a team contact line naming people', () => {
  it('gives the team its people and its lead', () => {
    const teams = fileTeams(imported(page, { file: 'teams.md' }).catalog)
    const routing = teams.find((team) => team.name === 'Routing Team')
    expect(routing?.lead?.name).toBe('Cy Park')
    expect(routing?.members).toBe(2)
  })

  it('reads the people without their handles the same way', () => {
    const plain = page.replace('Cy Park (@cy) (lead), Di Lu (@di)', 'Cy Park (lead), Di Lu')
    const routing = fileTeams(imported(plain, { file: 'teams.md' }).catalog)[0]
    expect([routing.name, routing.lead?.name, routing.members]).toEqual([
      'Routing Team',
      'Cy Park',
      2
    ])
  })

  it('leaves a channel as no person', () => {
    const teams = fileTeams(imported(page, { file: 'teams.md' }).catalog)
    const billing = teams.find((team) => team.name === 'Billing Team')
    expect(billing?.lead).toBeUndefined()
    expect(billing?.members).toBeUndefined()
  })
})
