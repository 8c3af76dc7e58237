// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

const TEAMS = `# Ingeniería

## Equipos

### Pagos
El equipo de Pagos se encarga de las facturas y los cobros.

### Catálogo
El equipo de Catálogo se encarga del buscador y las fichas.

### Envíos
El equipo de Envíos se encarga de los pedidos y las entregas.
`

/**
 * How the teams work together, in another language (h145 sweep, from a Spanish team-structure
 * page: "## Modos de Interacción" over "Collaboration", "X-as-a-Service" and "Facilitating",
 * each with bold-label fields, and "## Matriz de Responsabilidades (RACI)"): as "Interaction
 * modes" and a responsibility matrix are in English, they describe the teams, never more of them.
 */
describe('process headings in other languages', () => {
  it.each([
    '## Modos de interacción',
    '## Modos de interação',
    "## Modes d'interaction",
    '## Matriz de Responsabilidades (RACI)',
    '## Matrice RACI'
  ])('reads the sections under "%s" as process, not teams', (heading) => {
    const plan = imported(`${TEAMS}
${heading}

### Colaboración
- **Cuándo**: al descubrir nuevas tecnologías
- **Duración**: semanas

### Facilitación
- **Cuándo**: al transferir conocimiento
- **Duración**: meses
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([
      'Pagos',
      'Catálogo',
      'Envíos'
    ])
  })
})
