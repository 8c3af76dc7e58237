// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A unit's sentence introducing the departments it is made up of, then their list ("The digital
 * directorate … is made up of several departments:", session 22's sweep of a national archive's
 * engineering handbook): the departments are the unit's own, as "made up of several teams:"
 * gives its teams; the unit was read as one team and its departments as its projects.
 * Made-up names.
 */
describe('a list of departments a unit is made up of', () => {
  it("gives the unit's departments, one team each under it", () => {
    const plan = imported(`# The Harbor Institute organisation

## Digital directorate

The digital directorate at The Harbor Institute runs every public service and is made up of several departments:

- Digital Services (DS)
- Digital Preservation (DP)
- Web Publishing

## Finance directorate

The finance directorate runs payroll and purchasing and consists of two departments:

- Payroll
- Procurement
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Digital directorate > Digital Services',
      'Digital directorate > Digital Preservation',
      'Digital directorate > Web Publishing',
      'Finance directorate > Payroll',
      'Finance directorate > Procurement'
    ])
  })
})

describe('a section beside the listed departments that says it is a team', () => {
  it('stays a team: its first sentence calls it one, whatever its heading says', () => {
    const plan = imported(`# The Harbor Institute organisation

## Digital directorate

The digital directorate at The Harbor Institute runs every public service and is made up of several departments:

- Digital Services (DS)
- Digital Preservation (DP)
- Web Publishing

## Technical Leads Group

The technical leads group at The Harbor Institute is a team of senior and lead engineers across the departments.

- Ada Brightwater
- Bo Lindqvist
- Cleo Marsh
`)
    expect(teamPaths(plan.catalog).map((path) => path.split(' > ').at(-1))).toContain(
      'Technical Leads'
    )
  })
})
