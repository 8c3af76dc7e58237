// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * "Team Composition": a page on how a product's people are made up, grouped by the part they play
 * ("Advisors", "Program Support"), with a section or two its name calls a team. The title names no
 * team ("Composition" is no team's name, as "Replay" in "Team Replay" is), and only the sections
 * called teams are teams.
 */
describe('a "Team Composition" page', () => {
  it('reads the sections called teams as the teams, not its groups of people', () => {
    const plan = imported(`# Team Composition

See the shared drive for our hours and contact details.

## Core Delivery Team
**Northfield**
* Ana Ruiz, Northfield, product owner
* Ben Cole, Northfield, tech lead

**Brightpath**
* Cai Dunn, Brightpath, full stack engineer
* Dov Ekberg, Brightpath, designer

## Advisors
* Eva Fox, Northfield, policy advisor
* Gil Hart, Westmarch, data advisor

## Program Support
* Hana Ito, Northfield, program sponsor
* Ivo Jansen, Northfield, budget officer
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Core Delivery Team'])
  })

  it('keeps two teams called so beside a group of leaders', () => {
    const plan = imported(`# Team composition

## Claims Team
* Jo Kerr, Lakeside, product manager
* Kit Lam, Lakeside, engineer

## Analytics Team
* Lou Moss, Lakeside, data engineer
* Max Nye, Lakeside, analyst

## Sponsors
* Ned Oak, Lakeside, executive sponsor
* Ola Pike, Lakeside, deputy director
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([
      'Claims Team',
      'Analytics Team'
    ])
  })
})
