// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * "Types of teams" over "Platform teams" and "Enabling teams": a heading that sorts the kinds of
 * team names no unit of the organization, as "Teams" names none (h131's sweep of real team pages,
 * 2026-12-06: a Team Topologies page's kinds were put under a division "Kinds of teams").
 */
const page = `# Engineering at Quillwort

## Types of teams

### Platform teams

Platform teams build the shared services the other teams use.

- [Ledger](ledger.md)
- [Routing](routing.md)
- [Billing](billing.md)

### Enabling teams

Enabling teams help the other teams take up new practices.

- [Build Tools](build-tools.md)
- [Test Lab](test-lab.md)
`

describe('a heading over the kinds of team', () => {
  it('is no unit', () => {
    for (const heading of ['Types of teams', 'Kinds of teams', 'Team types']) {
      const { catalog } = imported(page.replace('Types of teams', heading), { file: 'teams.md' })
      const units = catalog.divisions.flatMap((division) => [
        division.name,
        ...division.groups.map((group) => group.name)
      ])
      expect(units).not.toContain(heading)
      expect(units).toEqual(expect.arrayContaining(['Platform teams', 'Enabling teams']))
    }
  })
})
