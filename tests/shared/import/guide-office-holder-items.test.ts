// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * "**Director General Maren Oakes**" over "Office of the Director General" in an organisation's
 * nested list: the item names the person who holds the top office, no unit; what is nested under
 * it belongs where the person stands. Found when the seventeenth held-out set was opened (corpus
 * README, "Session 21"); the page is made up, with none of its names.
 */
describe("a nested list's item naming an office holder", () => {
  it('makes no unit of the person, its nested team standing beside the units', () => {
    const plan = imported(`# Harbor Records Authority organisation structure

The organisation structure of the Harbor Records Authority is:

- **Director General Maren Oakes**
  - Office of the Director General
- **Records and archives**
  - Digital preservation
  - Cataloguing
- **Corporate services**
  - Finance
  - Facilities
`)
    const paths = teamPaths(plan.catalog)
    expect(paths.some((path) => path.includes('Maren Oakes'))).toBe(false)
    expect(paths).toContain('Records and archives > Cataloguing')
    expect(paths.filter((path) => path.endsWith('> Office of the Director General'))).toHaveLength(
      1
    )
  })
})
