// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * Sections under a heading that lists teams in another language (h145 sweep, from a Spanish
 * team-structure page): "## Equipos", "## Équipes", "## Nossas equipes" list the teams their
 * sections describe, as "## Teams" does. Read as one team's sub-sections instead, the page
 * became a single team named for its title.
 */
describe('team-list headings over sections, in other languages', () => {
  it.each(['Equipos', 'Nuestros equipos', 'Équipes', 'Nossas equipes', 'Squadre'])(
    'reads the sections under "## %s" as teams',
    (heading) => {
      const plan = imported(`# Engineering

## ${heading}

### Pagos
- **Focus**: invoices and payments
- **Size**: 6 people

### Catálogo
- **Focus**: search and product pages
- **Size**: 5 people

### Envíos
- **Focus**: orders and deliveries
- **Size**: 4 people
`)
      expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([
        'Pagos',
        'Catálogo',
        'Envíos'
      ])
    }
  )
})
