// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * A section whose paragraphs each open on a role's title in bold and say what it answers for
 * ("**CTO** – owns the technical strategy…", "**Community lead** – grows the community…") defines
 * roles: people, not a team (h131's sweep of real team pages, 2026-12-06: a company's page of its
 * roles made teams of "C-lvl" and "Function and community" beside its real teams).
 */
const teamNames = (markdown: string): string[] =>
  imported(markdown, { file: 'structure.md' }).catalog.divisions.flatMap((division) => [
    ...division.teams.map((team) => team.name),
    ...division.groups.flatMap((group) => group.teams.map((team) => team.name))
  ])

const page = `# Structure of the tech company

## Roles

### C-level

**IT CEO** – answers for the strategic growth of the company.

**CTO** – answers for the technical strategy of the products and grows the tech leads.

**COO** – answers for making the company a great place for engineers and designers.

### Function and community

**Head of function** – answers for a function's stability, quality and speed.

**Community lead** – creates and grows a community inside or outside the company.

### Developer Relations team

The Developer Relations team builds the hiring pipeline and tells the world about our engineering.

### Platform team

The Platform team owns the deployment pipeline, the service templates and the shared libraries.

### Data team

The Data team owns the warehouse, the event pipeline and the dashboards built on them.
`

describe('sections that define roles', () => {
  it('are not teams', () => {
    const names = teamNames(page)
    expect(names).not.toContain('C-level')
    expect(names).not.toContain('Function and community')
  })

  it('leave the teams beside them', () => {
    expect(teamNames(page)).toEqual(
      expect.arrayContaining(['Developer Relations team', 'Platform team', 'Data team'])
    )
  })
})
