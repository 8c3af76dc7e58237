// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * What a page points its reader to, in the other languages team pages are written in (h145
 * sweep): a Dutch agency's "Onze projectdocumentatie:" over links to its plan and agreements, a
 * Portuguese page's "## Ver também" over links to its catalogue and onboarding. As "Our project
 * documentation:" and "## See also" are, they are the page's references, never its teams.
 */
describe('reference sections in other languages', () => {
  it('reads a list introduced as the project documentation as documents, not teams', () => {
    const plan = imported(`# Kompas

Onze projectdocumentatie:

- [Projectplan](projectplan.md): wat het Kompas team van plan is.
- [Werkafspraken](werkafspraken.md): hoe we het project beheersen en ontwikkelen.
- [Evaluatie](evaluatie.md): de bevindingen tot nu toe.

## Team

| Name | Role | Duty |
| --- | --- | --- |
| Anouk Visser | Product Owner | Backlog |
| Daan de Wit | DevOps Engineer | Uitrollen |
| Sanne Bakker | Scrum Master | Faciliteren |
`)
    expect(fileTeams(plan.catalog).map((team) => [team.name, team.members])).toEqual([
      ['Kompas', 3]
    ])
  })

  it.each(['Ver também', 'Ver también', 'Siehe auch', 'Voir aussi', 'Zie ook', 'Se även'])(
    'reads "## %s" over links as references, not teams',
    (heading) => {
      const plan = imported(`# Produtos

## Equipes

- [Pagamentos](./pagamentos/) - Cobrança, faturas e conciliação
- [Catálogo](./catalogo/) - Busca e páginas de produto
- [Entregas](./entregas/) - Pedidos e logística

## ${heading}

- [Guia de produtos](../products/) - O que entregamos
- [Onboarding](../people/onboarding.md) - Como novos membros entram
`)
      expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([
        'Pagamentos',
        'Catálogo',
        'Entregas'
      ])
    }
  )
})
