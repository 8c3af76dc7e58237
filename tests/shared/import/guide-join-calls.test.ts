// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

const summaries = (markdown: string): string[] =>
  imported(markdown, { file: 'README.md' })
    .catalog.divisions.flatMap((division) => division.teams)
    .map((team) => team.summary)

describe("a call to join at the page's end, under its last team", () => {
  it('"We\'re hiring! See careers." is no part of the last team\'s summary', () => {
    expect(
      summaries(`# Acme Engineering

## Payments

Owns card payments and refunds (Java).

## Identity

Owns login and SSO (Go).

We're hiring! See careers.
`)
    ).toEqual(['Owns card payments and refunds (Java).', 'Owns login and SSO (Go).'])
  })

  it('nor "We are always hiring…", "**We\'re hiring!** Come work with us", "Join us!"', () => {
    for (const call of [
      'We are always hiring great engineers. Check out our open positions at acme.example/jobs.',
      "**We're hiring!** Come work with us — see [careers](https://acme.example/careers).",
      "Join us! We're hiring backend and frontend engineers."
    ])
      expect(
        summaries(`# Acme teams

### Mobile team

Builds the iOS and Android apps.

### Web team

Builds the customer website.

${call}
`)
      ).toEqual(['Builds the iOS and Android apps.', 'Builds the customer website.'])
  })
})
