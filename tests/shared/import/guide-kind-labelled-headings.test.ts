// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Headings labelled by their kind ("### Squad: Checkout" under "## Tribe: Consumer"): the label
 * says the page calls the section a squad, though the name it keeps drops the word (h134's sweep
 * of real team pages, 2026-12-07: a hardware company's Portuguese page of its technology area,
 * "## Tribo: …" over "### Squad: …" each with its product manager, products and a people table,
 * was imported as one team named after its title). Fixtures made up.
 */
/** Tribes over squads, each squad only its lead and a table of its people. */
const LABELLED_UNITS = `# Área de Produto

## Tribo: Consumo

**Líder de Engenharia**: Oren Vale

### Squad: Checkout

**PM**: Tomas Reyes

| Nome      | Especialidade | Senioridade |
| --------- | ------------- | ----------- |
| Ida Brook | Backend       | Sr          |

### Squad: Busca

**PM**: Uma Kell

| Nome      | Especialidade | Senioridade |
| --------- | ------------- | ----------- |
| Pia Grant | Backend       | Sr          |

## Division: Operations

### Squad: Armazém

**PM**: Vera Hale

| Nome      | Especialidade | Senioridade |
| --------- | ------------- | ----------- |
| Cal Moody | Mobile        | Pl          |
`

describe('headings labelled by their kind', () => {
  it('reads "Squad: Name" headings under unit headings as teams of those units', () => {
    const page = `# Organização da Área de Produto

## Liderança

**CPO**: Rhea Marsh (lidera produto e engenharia)

## Tribo: Consumo

**Líder de Engenharia**: Oren Vale
**Líder de Produto**: Lia Stone

### Squad: Checkout

**PM**: Tomas Reyes
**Produtos**:

- Basket service
- Payment pages

**Time**:

| Nome       | Especialidade | Senioridade |
| ---------- | ------------- | ----------- |
| Ida Brook  | Backend       | Sr          |
| Ned Farrow | Frontend      | Jr          |

### Squad: Busca

**PM**: Uma Kell
**Produtos**:

- Search index
- Suggestions

**Time**:

| Nome      | Especialidade | Senioridade |
| --------- | ------------- | ----------- |
| Pia Grant | Backend       | Sr          |

## Tribo: Operações

**Líder de Engenharia**: Saul Penn

### Squad: Armazém

**PM**: Vera Hale
**Produtos**:

- Picking app
- Stock ledger

**Time**:

| Nome      | Especialidade | Senioridade |
| --------- | ------------- | ----------- |
| Cal Moody | Mobile        | Pl          |

## Cargos

- **Líder de tribo**: o gerente de engenharia de uma tribo
- **PM**: o gerente de produto de um squad
`
    const paths = teamPaths(imported(page).catalog)
    expect(paths.map((path) => path.split(' > ').pop())).toEqual(['Checkout', 'Busca', 'Armazém'])
    // Each squad under its own tribe, not under one team named after the title.
    expect(new Set(paths.map((path) => path.split(' > ').slice(0, -1).join(' > '))).size).toBe(2)
  })

  it('reads a "Squad: Name" heading over its lead and people alone as a team', () => {
    const paths = teamPaths(imported(LABELLED_UNITS).catalog)
    expect(paths.map((path) => path.split(' > ').pop())).toEqual(['Checkout', 'Busca', 'Armazém'])
  })

  it('names a unit labelled by its kind ("Tribo: Consumo") without the label', () => {
    const parents = teamPaths(imported(LABELLED_UNITS).catalog).map((path) =>
      path.split(' > ').slice(-2, -1).join('')
    )
    expect(parents).toEqual(['Consumo', 'Consumo', 'Operations'])
  })
})
