// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * "team X has no projects" is a problem only where the guide's other teams list theirs: on a
 * guide (or a team's page) that lists no team's projects, each team simply lists none, and a
 * note per team is noise (session 18, h121). Names and wordings here are invented.
 */
const projectless = (markdown: string): string[] =>
  imported(markdown)
    .notes.filter((note) => note.message.includes('has no projects'))
    .map((note) => `${note.line}: ${note.message.split(':')[0]}`)

describe('the "has no projects" note', () => {
  it("is not said of teams on a guide that lists no team's projects", () => {
    expect(
      projectless(`# Engineering teams

## Core

The Core team looks after the shared libraries.

## Fleet

Fleet tracks vehicles in real time.
`)
    ).toEqual([])
  })

  it("is not said on a team's page that lists none", () => {
    expect(
      projectless(`# Growth team

The Growth team runs experiments on sign-up and activation.

## Members

- Dana Reyes (lead)
- Kai Chen
`)
    ).toEqual([])
  })

  it('is said of the one team that lists none beside teams that list theirs', () => {
    expect(
      projectless(`# Engineering teams

## Payments

Payments owns card processing.

### Projects

- Payout scheduler
- Refund API

## Search

Search owns query ranking.

### Projects

- Query rewriter

## Fleet

Fleet tracks vehicles in real time.

### Members

- Ana Silva
- Tom Berg
`)
    ).toEqual(['20: team "Fleet" has no projects'])
  })
})
