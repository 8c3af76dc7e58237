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

/** A team's working agreement, titled by the page alone, naming its team in its text. */
const WORKING_AGREEMENT = (title: string, text: string) => `# ${title}

## Context

${text}

## Philosophy

Everyone in the team has a say; we decide together.

## Tech topics

The team carries these subjects into the whole team's discussions:
- Backups,
- Deployments,
- Maintenance.
`

describe("a team's working agreement titled by the page alone", () => {
  it.each([
    ['How the team works', 'The development team is two people today: Ana and Bo.', 'Development'],
    ['Team working agreement', 'The platform team was formed for the build phase.', 'Platform'],
    [
      "Fonctionnement de l'équipe",
      "L'équipe de développement est composée de deux personnes.",
      'Développement'
    ]
  ])('"%s" is the team its text names', (title, text, name) => {
    const plan = imported(WORKING_AGREEMENT(title, text))
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([name])
  })

  it('reads a list of "tech topics" as no stack: backups are no technology', () => {
    const plan = imported(
      WORKING_AGREEMENT('How the team works', 'The development team is two people.')
    )
    const [team] = fileTeams(plan.catalog)
    expect([...team.stack, ...team.mentions]).toEqual([])
  })

  it('leaves "How we work" and "Team Charter" alone, as they may be anyone\'s page', () => {
    expect(titleKind('How we work', true).role).not.toBe('team')
    expect(
      fileTeams(
        imported(
          `# Team Charter\n\n## Payments\n\nThe payments team owns checkout.\n\n## Search\n\nThe search team owns the index.\n`
        ).catalog
      ).map((team) => team.name)
    ).toEqual(['Payments', 'Search'])
  })
})
