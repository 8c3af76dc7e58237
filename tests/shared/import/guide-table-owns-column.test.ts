// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

const owned = (markdown: string): [string, string[]][] =>
  imported(markdown, { file: 'README.md' })
    .catalog.divisions.flatMap((division) => division.teams)
    .map((team) => [team.name, team.responsibilities])

describe('a team table’s "Owns" column', () => {
  it('gives each team what it owns, a piece per comma', () => {
    expect(
      owned(`# Acme squads

| Squad | Owns | Lead |
| --- | --- | --- |
| Checkout | basket, payment page | Ana Silva |
| Search | product search; ranking | Bo Chen |
`)
    ).toEqual([
      ['Checkout', ['basket', 'payment page']],
      ['Search', ['product search', 'ranking']]
    ])
  })

  it('beside a people column', () => {
    expect(
      owned(`# Lumen teams

| Team | People | Owns |
| --- | --- | --- |
| Mobile | Ana, Bo, Chen | iOS and Android apps |
| Web | Dee, Eli | the website |
`)
    ).toEqual([
      ['Mobile', ['iOS and Android apps']],
      ['Web', ['the website']]
    ])
  })
})
