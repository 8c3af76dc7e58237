// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A page of working groups listing its current groups by plain, unlinked names, each with its
 * pages nested under it (issue 14, helper h49, from h45's check errors: the import failed).
 * Fixtures in that style, not copied.
 */
function names(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog).map((path) => path.split(' > ').pop() ?? path)
}

describe('plain names in the list of a page’s working groups', () => {
  it('reads each unlinked "… Working Group" line under "Current Working Groups" as a team', () => {
    expect(
      names(`# Meadow Alliance Working Groups

Working groups are chartered by the board and run on their own.

## Forming a Working Group

Send a charter to the board.

## Current Working Groups

* Seed Registry Working Group
  * [Wiki](https://example.org/wiki/seed-registry)
  * [Charter](https://example.org/charters/seed-registry)
* Pollinator Data Working Group
  * [Wiki](https://example.org/wiki/pollinator-data)
  * [Charter](https://example.org/charters/pollinator-data)
* Soil Mapping Working Group
  * [Wiki](https://example.org/wiki/soil-mapping)
  * [Charter](https://example.org/charters/soil-mapping)

## Proposed Working Groups

* Rain Gauge Working Group
  * [Wiki](https://example.org/wiki/rain-gauge)
`)
    ).toEqual([
      'Seed Registry Working Group',
      'Pollinator Data Working Group',
      'Soil Mapping Working Group'
    ])
  })
})
