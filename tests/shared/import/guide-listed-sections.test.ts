// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * A heading that lists teams over a few plainly named sections, and a team's fields as the lines
 * of one paragraph, as Notion and wiki exports write them (session 17, the lead's own pages: such
 * a page gave "no teams found").
 */
describe('sections under a heading that lists teams', () => {
  it('are its teams, two of them with a sentence each', () => {
    const { catalog } = imported(`# Teams

## Payments

Card and bank payments for every shop.

## Search

Product search and ranking.
`)
    expect(fileTeams(catalog).map((team) => team.name)).toEqual(['Payments', 'Search'])
  })

  it('are not when they name the page, its process or its people', () => {
    const { catalog } = imported(`# Platform team

We run the clusters.

## Our squads

### Overview

Two squads share the on-call rota.

### How we work

Weekly planning on Mondays.

## Stack

Kubernetes, Terraform.
`)
    expect(fileTeams(catalog).map((team) => team.name)).toEqual(['Platform team'])
  })
})

describe("a team's fields as the lines of one paragraph", () => {
  it('give its owner as its lead and its stack, under a heading per team', () => {
    const { catalog } = imported(`# Teams

## Payments
Owner: Ana Ruiz
Stack: Go, PostgreSQL
Slack: #team-payments

Card and bank payments for every shop.

## Search
Owner: Bo Chen
Stack: Python, Elasticsearch
Slack: #team-search

Product search and ranking.
`)
    const teams = fileTeams(catalog)
    expect(teams.map((team) => [team.name, team.lead?.name, team.stack])).toEqual([
      ['Payments', 'Ana Ruiz', ['Go', 'PostgreSQL']],
      ['Search', 'Bo Chen', ['Python', 'Elasticsearch']]
    ])
  })
})
