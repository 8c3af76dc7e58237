// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * "Meet the Team", "Our team": a title that is only the word "team" names the page, not a team
 * called "Meet the Team". The teams are the ones its sections name.
 */
describe('a title that only says "the team"', () => {
  it("over one team's section names no team: the section does", () => {
    const plan = imported(`# Our Team

## Payments Platform

The Payments Platform team runs the card ledger and the payout jobs.

- Carla Mendez, engineering manager
- Dmitri Okafor, backend engineer
- Eun-ji Park, backend engineer

## Alumni

- Frank Osei
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Payments Platform'])
  })

  it("over two teams' sections is no team holding them", () => {
    const plan = imported(`# Meet the team

## Ledger

The Ledger team keeps the double-entry books and the reconciliation jobs.

- Gia Romano, tech lead
- Hal Becker, engineer

## Search

The Search team runs the index and the query service.

- Ines Duarte, tech lead
- Jon Frey, engineer
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Ledger', 'Search'])
  })

  it("leaves the team front matter names as the page's team", () => {
    const plan = imported(`---
description: Meet the team working on Tidewater
---

# Our team

## Product and delivery

- Kim Ng, product lead
- Lars Berg, delivery manager

## Engineering

- Mia Costa, engineer
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Tidewater'])
  })
})
