// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported, importedTeam } from '../../fixtures/guides'
import { teamNamed } from '../../fixtures/imported-catalog'

/**
 * A person's line whose job title ends in what it asks for ("Tom Berg – Senior Backend Engineer
 * (Go)", "Lee Park, Platform Engineer (Kubernetes, Terraform)") is still a person's line: the
 * team counts them (session 18, h121). Names and wordings here are invented.
 */
describe('a person whose job title has a qualifier in parentheses', () => {
  it('counts after a dash', () => {
    const team = importedTeam(`# Payments team

Payments owns card processing and payouts.

## People

- Ana Silva – Engineering Manager
- Tom Berg – Senior Backend Engineer (Go)
- Lee Park – Site Reliability Engineer (Kubernetes)
- Mia Novak – Backend Engineer
`)
    expect([team.members, team.lead?.name]).toEqual([4, 'Ana Silva'])
  })

  it('counts after a comma, with a comma inside the parentheses', () => {
    const { catalog } = imported(`# Engineering teams

## Payments

Payments owns card processing and payouts.

- Ana Silva, Engineering Manager
- Tom Berg, Senior Go Engineer
- Lee Park, Platform Engineer (Kubernetes, Terraform)

## Search

Search owns query ranking in Python.
`)
    expect(teamNamed(catalog, 'Payments').members).toBe(3)
  })
})

describe('a team line that says whom its work is for', () => {
  it('is still a team: "Field Apps – apps for field engineers (React Native)" names no person', () => {
    const { catalog } = imported(`# Teams at Gridline

* Grid Ops – keeps the power grid model running (C#, .NET, SQL Server)
* Forecasting – load forecasts (Python, PyTorch)
* Field Apps – apps for field engineers (React Native)
`)
    const fieldApps = teamNamed(catalog, 'Field Apps')
    expect([...fieldApps.stack, ...fieldApps.mentions]).toEqual(['React Native'])
  })
})
