// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A page with no heading, its title only in front matter, whose body is a nested list of units
 * and their teams: read as it is under an H1 of that title. Found when the seventeenth held-out
 * set was opened (corpus README, "Session 21"); the page is made up, with none of its names.
 */
describe('a nested list on a page titled only in front matter', () => {
  it('reads its items holding items as units over their teams', () => {
    const plan = imported(`---
title: Harbor Records Authority organisation structure
---

The organisation structure of the Harbor Records Authority is:

- **Records and archives**
  - Digital preservation
  - Cataloguing
  - Reading rooms
- **Corporate services**
  - Finance
  - Facilities
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Records and archives > Digital preservation',
      'Records and archives > Cataloguing',
      'Records and archives > Reading rooms',
      'Corporate services > Finance',
      'Corporate services > Facilities'
    ])
  })
})
