// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A handbook page on how teams from several vendors work together: titled "Teamwork", its only
 * named groups the disciplines that cut across the teams, each a heading over one line of what
 * it is responsible for. Written in that style, with made-up names, from the opened sixteenth
 * set (tests/corpus README, "Session 20"); each case fails without its rule.
 */

const PAGE = `# Teamwork

Projects are built by teams from several vendors. They work in the same codebase, so it is
important to agree on how we decide things.

## Disciplines

Disciplines connect teams to discuss issues, share knowledge and make decisions.

Each discipline has a discipline manager that organises regular discipline meetings.

Currently there are 3 disciplines, but this may change as needed at any time.

### Backend

Responsible for the shared services, their APIs and the database schemas.

### Ops

Responsible for deployments, operations and monitoring.

### UX

Responsible for the look of every product and the component library.

## RFCs

**TODO**

## Architecture decision record

It is important to document decisions, for instance a technology choice or a library.
`

const names = (paths: string[]): (string | undefined)[] =>
  paths.map((path) => path.split(' > ').at(-1))

describe('a page titled "Teamwork"', () => {
  it('is about how teams work together: the title names no team', () => {
    expect(names(teamPaths(imported(PAGE).catalog))).toEqual(['Backend', 'Ops', 'UX'])
  })
})

describe('a "Disciplines" heading', () => {
  it('lists groups across the teams, as "Guilds" does: no unit of its own', () => {
    expect(teamPaths(imported(PAGE).catalog)).toEqual([
      'Engineering > Backend',
      'Engineering > Ops',
      'Engineering > UX'
    ])
  })
})
