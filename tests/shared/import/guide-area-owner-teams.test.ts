// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

const teams = (markdown: string): [string, string, string | undefined][] =>
  imported(markdown, { file: 'README.md' })
    .catalog.divisions.flatMap((division) => division.teams)
    .map((team) => [team.name, team.summary, team.lead?.name])

describe('an "Area | Owner" table whose owners are teams', () => {
  it('makes the owners the teams, each row’s area what the team owns', () => {
    expect(
      teams(`# Who owns what at Acme

| Area | Owner |
| --- | --- |
| Checkout flow | Payments team |
| Login and SSO | Identity team |
| Product search | @acme/search |
`)
    ).toEqual([
      ['Payments team', 'Checkout flow', undefined],
      ['Identity team', 'Login and SSO', undefined],
      ['@acme/search', 'Product search', undefined]
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
      ['Payments', '', 'Ana Silva'],
      ['Identity', '', 'Bo Chen']
    ])
  })
})
