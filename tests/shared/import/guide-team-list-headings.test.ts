// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

const TEAMS = `### 💳 [Pagos](./pagos/README.md)
Equipo encargado de las facturas y los cobros.
- Backend Developer
- QA Engineer

### 🔎 [Catálogo](./catalogo/README.md)
Equipo responsable del buscador y las fichas de producto.
- Frontend Developer
- Product Owner

### 📦 [Envíos](./envios/README.md)
Equipo dedicado a los pedidos y su entrega.
- Backend Developer
- Data Analyst
`

/**
 * "## Estructura de Equipos" over the teams (h145 sweep, from a Spanish team-structure page): the
 * heading of the team list, as "Team structure" is in English, in the other languages team
 * pages are written in. Read as a unit, it became a division the page never names.
 */
describe('team-list headings in other languages', () => {
  it.each([
    '## 📋 Estructura de Equipos',
    '## Estructura de los equipos',
    '## Structure des équipes',
    '## Estrutura das equipes',
    '## Lista de equipos',
    '## Teamstruktur',
    '## Teamübersicht'
  ])('reads "%s" as the heading of the team list, not a unit', (heading) => {
    const plan = imported(`# Equipos

Cómo se organiza el área.

${heading}

${TEAMS}`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Pagos',
      'Engineering > Catálogo',
      'Engineering > Envíos'
    ])
  })
})
