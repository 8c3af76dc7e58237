// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

const teams = (markdown: string): [string, string[], string | undefined][] =>
  imported(markdown, { file: 'README.md' })
    .catalog.divisions.flatMap((division) => division.teams)
    .map((team) => [team.name, team.responsibilities, team.lead?.name])

describe('an "Area | Owner" table whose owners are teams', () => {
  it('makes the owners the teams, each row’s area what the team owns', () => {
    expect(
      teams(`# Who owns what at Acme

| Area | Owner |
| --- | --- |
| Checkout flow | Payments team |
| Refunds | Payments team |
| Login and SSO | Identity team |
| Product search | @acme/search |
`)
    ).toEqual([
      ['Payments team', ['Checkout flow', 'Refunds'], undefined],
      ['Identity team', ['Login and SSO'], undefined],
      ['search', ['Product search'], undefined]
    ])
  })

  it('keeps the areas the teams when the owners are people (a table of teams and leads)', () => {
    expect(
      teams(`# Acme Engineering

| Area | Owner |
| --- | --- |
| Payments | Ana Silva |
| Identity | Bo Chen |
`)
    ).toEqual([
      ['Payments', [], 'Ana Silva'],
      ['Identity', [], 'Bo Chen']
    ])
  })
})

describe('a "Responsibility | Owner" table whose owners are teams, under "## Ownership"', () => {
  it('makes the owners the teams of the unit above, each with its duty', () => {
    const { catalog } = imported(
      `# Acme Engineering

## Ownership

| Responsibility | Owner |
| --- | --- |
| Checkout flow | Payments team |
| Login and SSO | Identity team |
`,
      { file: 'README.md' }
    )
    expect(
      catalog.divisions.map((division) => [
        division.name,
        division.teams.map((team) => [team.name, team.responsibilities])
      ])
    ).toEqual([
      [
        'Engineering',
        [
          ['Payments team', ['Checkout flow']],
          ['Identity team', ['Login and SSO']]
        ]
      ]
    ])
  })
})

describe('an "Area | Owner" table of people in one team’s page', () => {
  const read = (markdown: string) =>
    imported(markdown, { file: 'README.md' })
      .catalog.divisions.flatMap((division) => division.teams)
      .map((team) => [team.name, team.responsibilities])

  it('gives the team its areas, not one team per area', () => {
    expect(
      read(`# Platform team

We run the infrastructure.

| Area | Owner |
| --- | --- |
| Kubernetes clusters | @ana |
| CI pipelines | @bo |
| Observability | @chen |
`)
    ).toEqual([['Platform team', ['Kubernetes clusters', 'CI pipelines', 'Observability']]])
  })

  it('under the team’s "Responsibilities" heading too', () => {
    expect(
      read(`# Payments team

We own card payments and refunds.

## Responsibilities

| Area | Owner |
| --- | --- |
| Card authorisation | Ana Silva |
| Refunds | Bo Chen |
`)
    ).toEqual([['Payments team', ['Card authorisation', 'Refunds']]])
  })
})

/**
 * A feature-ownership table (session 21 sweep, from a real analytics company's handbook:
 * "Feature | Owner | Label", each owner "[Team Replay][…]" with the team's word first, a few
 * owners a person or "Shared responsibility"): thirty features were read as teams and the
 * owning teams missed. The owners are the teams, each with the features it owns; a row whose
 * owner is no team gives none. Fixture made up.
 */
describe('a "Feature | Owner" table whose owners are written "Team X"', () => {
  it('makes the owners the teams, each with its features, and skips owners that are no team', () => {
    expect(
      teams(`# Feature ownership

Each feature has an owning team.

| Feature | Owner | Label |
| --- | --- | --- |
| Dashboards | [Team Insights](/teams/insights) | \`feature/dashboards\` |
| Alerts | [Team Insights](/teams/insights) | \`feature/alerts\` |
| Billing | [Team Ledger](/teams/ledger) | \`feature/billing\` |
| Exports | [Team Pipes](/teams/pipes) | \`feature/exports\` |
| API structure | Shared responsibility, each feature's own team | \`feature/api\` |
| Notebooks | [@ana](https://github.com/ana) | \`feature/notebooks\` |
`)
    ).toEqual([
      ['Team Insights', ['Dashboards', 'Alerts'], undefined],
      ['Team Ledger', ['Billing'], undefined],
      ['Team Pipes', ['Exports'], undefined]
    ])
  })
})

/**
 * A tool inventory's table (session 21, a made-up page in the shape of a real platform team's
 * "Tool | Category | Owner" list): the owning teams are the teams, a tool each owns named by its
 * technology is their stack, no tool a team.
 */
describe('a "Tool | Owner" table whose owners are teams', () => {
  it('makes the owners the teams, the tools they own their stack', () => {
    const catalog = imported(
      `# Tool inventory

| Tool | Category | Owner |
| --- | --- | --- |
| Jenkins | CI | Platform team |
| Vault | Secrets | Security team |
| Grafana | Dashboards | Platform team |
`,
      { file: 'README.md' }
    ).catalog
    const found = catalog.divisions.flatMap((division) => division.teams)
    expect(found.map((team) => [team.name, team.stack])).toEqual([
      ['Platform team', ['Jenkins', 'Grafana']],
      ['Security team', ['Vault']]
    ])
  })
})

describe('a table of paths and the code host teams that own them', () => {
  it('gives each owning team, named by its handle, with the paths it owns', () => {
    // Session 22: "| Path | Owner |" over "| /billing | @acme/payments |", a CODEOWNERS table.
    const plan = imported(`# Code owners

| Path | Owner |
|---|---|
| /billing | @acme/payments |
| /invoices | @acme/payments |
| /search | @acme/search |
| /auth | @acme/identity |
`)
    expect(fileTeams(plan.catalog).map((team) => [team.name, team.responsibilities])).toEqual([
      ['payments', ['/billing', '/invoices']],
      ['search', ['/search']],
      ['identity', ['/auth']]
    ])
  })
})
