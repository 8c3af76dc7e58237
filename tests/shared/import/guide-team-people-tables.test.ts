// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported, importedTeam } from '../../fixtures/guides'
import { teamNamed } from '../../fixtures/imported-catalog'

/**
 * A table of people in a team's text ("| Name | Role |", "| Name | GitHub | Time zone |"): the
 * team's people, a row each, its lead the one whose role says so (session 18, h121). Names and
 * wordings here are invented.
 */
describe("a people table in a team's text", () => {
  it("gives a team's page its people and its lead", () => {
    const team = importedTeam(`# Payments team

Payments owns card processing and payouts.

## Team

| Name | Role |
| --- | --- |
| Ana Silva | Engineering Manager |
| Tom Berg | Backend Engineer |
| Lee Park | Site Reliability Engineer |
`)
    expect(team.members).toBe(3)
    expect(team.lead?.name).toBe('Ana Silva')
  })

  it("gives a guide's teams their people, under a heading or straight in their text", () => {
    const { catalog } = imported(`# Engineering teams

## Payments

Payments owns card processing and payouts.

### Members

| Name | Title |
| --- | --- |
| Ana Silva | Team Lead |
| Tom Berg | Backend Engineer |

## Search

Search owns query ranking.

| Name | GitHub | Time zone |
| --- | --- | --- |
| Maya Ito | @mayaito | UTC+9 |
| Ravi Shah | @rshah | UTC+1 |
| Jo Kim | @jokim | UTC |
`)
    const payments = teamNamed(catalog, 'Payments')
    expect([payments.members, payments.lead?.name]).toEqual([2, 'Ana Silva'])
    expect(teamNamed(catalog, 'Search').members).toBe(3)
  })
})

describe('a "| Name | Role |" table whose names are no people\'s', () => {
  it("is still read as the team's text: its services name no people, their technologies stay", () => {
    const team = importedTeam(`# Team Quartz

Quartz owns the order pipeline.

| Name | Role |
|------|------|
| order-api | accepts orders |
| order-worker | processes payments |
| order-events | publishes events to Kafka |

Lead: Femi Adebayo
`)
    expect(team.mentions).toEqual(['Kafka'])
    expect(team.lead?.name).toBe('Femi Adebayo')
  })
})
