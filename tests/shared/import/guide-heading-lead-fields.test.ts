// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

const leads = (markdown: string): [string, string | undefined][] =>
  imported(markdown, { file: 'README.md' })
    .catalog.divisions.flatMap((division) => division.teams)
    .map((team) => [team.name, team.lead?.name])

describe('a team heading that writes its lead after its name', () => {
  it('"## Payments — Lead: Ana Silva": team Payments, led by Ana Silva', () => {
    expect(
      leads(`# Acme Engineering

## Payments — Lead: Ana Silva

Owns card payments and refunds.

## Identity — Lead: Bo Chen

Owns login and SSO.
`)
    ).toEqual([
      ['Payments', 'Ana Silva'],
      ['Identity', 'Bo Chen']
    ])
  })

  it('reads the field in brackets, after a hyphen or after a bar', () => {
    expect(
      leads(`# Teams

### Payments (Lead: Ana Silva)

Card payments and refunds.

### Identity - Lead: Bo Chen

Login and SSO.

### Search | Owner: Chen Wei

Product search.
`)
    ).toEqual([
      ['Payments', 'Ana Silva'],
      ['Identity', 'Bo Chen'],
      ['Search', 'Chen Wei']
    ])
  })

  it('reads no lead from words after the dash that are no person’s field', () => {
    expect(
      leads(`# Teams

## Payments — Scope: cards and refunds

Card payments.

## Identity — Login and SSO

Login.
`).map(([, lead]) => lead)
    ).toEqual([undefined, undefined])
  })
})
