// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fileTeams, teamPaths } from '../../fixtures/imported-catalog'
import { headingKind, titleKind } from '../../../src/shared/import/section-headings'
import { imported } from '../../fixtures/guides'

/**
 * Rules found when the twenty-fifth held-out set was opened for diagnosis (tests/corpus README,
 * "Session 27"). Each fixture is made up in the style that failed, with none of those documents'
 * names, and fails without its rule.
 */

/** An organization page in Spanish: kinds of department over linked lists, cross-team teams. */
const ORG_UNITS_ES = `# Nuestra Organización

En Brisa existen distintas unidades organizacionales: departamentos, equipos interdepartamentales
y tribus.

## ⭐ Departamentos

Tenemos dos tipos de departamentos: de Servicios y Funcionales.

### Departamentos de Servicios

Son los departamentos enfocados en los servicios que ofrecemos a nuestros clientes.

- [Cloud Services](https://manual.brisa.example/cloud-services)

- [Data Services](https://manual.brisa.example/data-services)

### Departamentos Funcionales

Son los departamentos que prestan servicios al resto de la empresa.

- [Talento](https://manual.brisa.example/talento)

- [Finanzas](https://manual.brisa.example/finanzas)

## Equipos Interdepartamentales

Estos equipos tienen profesionales de varios departamentos.

- **Founders Team.** El equipo de los fundadores de Brisa.

- **Strategy Council Team.** Sus miembros están a cargo de los asuntos estratégicos de Brisa.
`

describe('an organization page in Spanish (departments by kind, cross-department teams)', () => {
  const paths = teamPaths(imported(ORG_UNITS_ES).catalog)

  it('reads the departments its kinds of department list, each a team', () => {
    for (const name of ['Cloud Services', 'Data Services', 'Talento', 'Finanzas'])
      expect(paths.some((path) => path.endsWith(`> ${name}`))).toBe(true)
  })

  it('makes neither "Nuestra Organización" nor "Equipos Interdepartamentales" a unit', () => {
    expect(paths.filter((path) => /Organizaci|Interdepartamental/u.test(path))).toEqual([])
    expect(fileTeams(imported(ORG_UNITS_ES).catalog)).toHaveLength(6)
  })
})

describe('words of a list of units in the other languages, and "Our Organization"', () => {
  it.each([
    'Departamentos',
    'Tribus',
    'Départements',
    'Equipos Interdepartamentales',
    'Departamentos de Servicios',
    'Departamentos Funcionales',
    'Interdepartmental Teams',
    'Service Departments'
  ])('"%s" heads a list of units or teams', (heading) => {
    expect(headingKind(heading)).toBe('container')
  })

  it.each(['Our Organization', 'The Organisation', 'Nuestra Organización', 'Notre organisation'])(
    'title "%s" names only the page',
    (title) => {
      expect(titleKind(title, true).role).toBe('skip')
    }
  )

  it('keeps a named organization\'s title ("Acme Organization")', () => {
    expect(titleKind('Acme Organization', true).role).not.toBe('skip')
  })
})

/** A team's practices index: a heading per topic over the links to its documents. */
const PRACTICES_INDEX = `# Atlas team practices

A collection of documents that describe best practices for the Northwind Atlas team.

## Writing

Style guides for writing.

- [Voice](/practices/writing/voice): Guidelines for the voice of our pages
- [Markdown](/practices/writing/markdown): Code style standards for Markdown
- [Reviews](/practices/writing/reviews): A checklist for reviewing a page

## Publishing

How we publish.

- [Deploy](/practices/publishing/deploy): How to deploy the site to Kubernetes
- [Previews](/practices/publishing/previews): Recommendations for preview builds

## Planning

Practices for planning our work.

- [Estimates](/practices/planning/estimates): How to estimate a task
- [Stand ups](/practices/planning/stand-ups): How to run stand-ups
`

describe("a team's practices index (a heading per topic over links to its documents)", () => {
  it("is the one team's page: its documents are no teams", () => {
    expect(fileTeams(imported(PRACTICES_INDEX).catalog).map((team) => team.name)).toEqual(['Atlas'])
  })

  it('reads a list of documents as no teams under a heading of teams too', () => {
    const page = `# Teams

- [Payments](https://wiki.example/payments): How to reach the payments team
- [Search](https://wiki.example/search): Guidelines for the search index
- [Growth](https://wiki.example/growth): The team that runs experiments on sign-up
`
    expect(() => imported(page)).toThrow(/no teams found/)
  })

  it('keeps a team list whose lines say what each team does', () => {
    const page = `# Teams

- [Payments](https://wiki.example/payments): Owns checkout and refunds
- [Design Systems](https://wiki.example/ds): The team that maintains patterns for our UI
- [Search](https://wiki.example/search): Builds the search index
`
    expect(fileTeams(imported(page).catalog)).toHaveLength(3)
  })

  it('leaves "Engineering Team Practices" a department\'s page', () => {
    expect(titleKind('Engineering Team Practices', true).role).not.toBe('team')
  })
})
