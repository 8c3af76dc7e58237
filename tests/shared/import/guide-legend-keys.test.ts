// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * A responsibility matrix's key (h145 sweep, from a Spanish team-structure page: "**Leyenda:**"
 * over "- **R** (Responsible): Ejecuta la tarea", "- **A** …", "- **C** …", "- **I** …" under a
 * RACI table): each bold letter is a code the table uses, spelled out in parentheses, never a
 * team. Read as four teams, the key also outvoted the page's real teams. Under a heading that names
 * no process ("Who does what"): "Responsibility matrix" is process of its own (a later rule), under
 * which the key was skipped with its section, and the test passed without this rule.
 */
describe('legend keys', () => {
  it('reads a bold one-letter key over its meaning as a legend, not as teams', () => {
    const plan = imported(`# Orchard Works engineering

## Teams

### Billing
The Billing team owns invoices and the payment pages.
- Staff Engineer
- Product Manager

### Search
The Search team owns the index and the query service.
- Staff Engineer
- Designer

## Who does what

| Activity | Billing | Search |
|----------|---------|--------|
| Invoices | R/A | I |
| Ranking | C | R/A |

**Legend:**
- **R** (Responsible): does the work
- **A** (Accountable): signs off
- **C** (Consulted): gives an opinion
- **I** (Informed): kept up to date
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Billing', 'Search'])
  })
})
