// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams, teamPaths } from '../../fixtures/imported-catalog'

/**
 * A team's goals written as a table ("| Goal | Owner |"): each row is a goal and its owner, not
 * an owned area of the code, so no row is a team and no owner a lead (session 18, h121). Names
 * and wordings here are invented.
 */
describe('a table of goals and their owners', () => {
  it("makes no teams of a team's page's goals", () => {
    const { catalog } = imported(`# Data Platform

We run the warehouse and the event pipeline.

## Q3 goals

| Goal | Owner |
| --- | --- |
| Move ETL jobs to Airflow | Ben Ott |
| Cut warehouse cost by 20% | Liz Park |

## Team

- Hana Mori (lead)
- Ivo Petrov
`)
    const teams = fileTeams(catalog)
    expect(teams.map((team) => team.name)).toEqual(['Data Platform'])
    expect(teams[0].lead?.name).toBe('Hana Mori')
  })

  it("makes no unit of a guide's team that writes its objectives so", () => {
    const { catalog } = imported(`# Product teams

## Checkout

Checkout owns the cart and payment pages.

### Objectives

| Key result | Owner |
| --- | --- |
| Cut checkout drop-off by 10% | Maya Ito |
| Launch Apple Pay | Ravi Shah |

## Catalog

Catalog owns product pages and search filters.

Lead: Nora Lund
`)
    expect(teamPaths(catalog)).toEqual(['Engineering > Checkout', 'Engineering > Catalog'])
  })
})
