// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * A team's fields written as bold labels in another language (h145 sweep, from a Spanish
 * team-structure page: "- **Enfoque**: …", "- **Tamaño**: 5-9 personas", "- **Autonomía**: Alta"):
 * "Enfoque" is the team's focus and "Tamaño" its size, as "Focus" and "Size" are, so the list is
 * the team's own record, and its other labels ("Autonomía") are fields too, never teams.
 */
describe('field labels in other languages', () => {
  it("reads a list of bold labels with the focus and size as one team's fields", () => {
    const plan = imported(`# Ingeniería

## Equipos

### Pagos
- **Enfoque**: facturas y cobros
- **Tamaño**: 6 personas
- **Autonomía**: alta

### Catálogo
- **Enfoque**: buscador y fichas de producto
- **Tamaño**: 5 personas
- **Guardia**: semanal

### Envíos
- **Enfoque**: pedidos y entregas
- **Tamaño**: 4 personas
- **Horario**: de 8 a 16
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([
      'Pagos',
      'Catálogo',
      'Envíos'
    ])
  })
})
