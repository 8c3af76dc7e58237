// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
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

describe('a sub-heading that lists teams on a page titled by a group', () => {
  it('holds its teams, each a section with a sentence', () => {
    const { catalog } = imported(`# Platform Group

The Platform Group builds the shared infrastructure every product team depends on.

## Teams in the Platform Group

### Compute
Kubernetes clusters across three regions.

### Data Infrastructure
Kafka, Flink and the data lake on S3.

### Developer Experience
CI/CD on GitHub Actions and internal tooling.

## Contact

#platform-help on Slack.
`)
    expect(fileTeams(catalog).map((team) => team.name)).toEqual([
      'Compute',
      'Data Infrastructure',
      'Developer Experience'
    ])
  })
})

describe("a hiring page's sections", () => {
  it('are no teams, whatever its title says', () => {
    const result = importGuide(
      `# Engineering teams at Juniper

## Interview process

Two calls and a take-home exercise.

## Benefits

Remote-first, four weeks of holiday.
`,
      { file: 'careers.md' }
    )
    expect(result.ok).toBe(false)
  })
})

describe('a table of pods', () => {
  it('gives a team per row', () => {
    const { catalog } = imported(`# Teams

| Pod | Focus | Languages |
| --- | --- | --- |
| Growth | Signup and onboarding | TypeScript |
| Billing | Invoices and payments | Ruby, Go |
`)
    expect(fileTeams(catalog).map((team) => [team.name, team.stack])).toEqual([
      ['Growth', ['TypeScript']],
      ['Billing', ['Ruby', 'Go']]
    ])
  })
})
