// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams, teamTechnologies } from '../../fixtures/imported-catalog'

/**
 * A table of teams whose header is not in English (h145 sweep, from a Portuguese page's
 * "| Tribe | Foco |" and a Spanish page's team tables): "Equipo" is "Team", "Enfoque" its focus,
 * "Tecnologías" its stack, "Líder" its lead. Read only in English, the table named no team.
 */
describe('team tables in other languages', () => {
  it.each([
    ['Team', 'Focus', 'Technologies', 'Lead'],
    ['Equipo', 'Enfoque', 'Tecnologías', 'Líder'],
    ['Equipe', 'Foco', 'Tecnologias', 'Responsável'],
    ['Équipe', 'Description', 'Technologies', 'Responsable'],
    ['Team', 'Beschreibung', 'Technologien', 'Leitung'],
    ['Team', 'Beschrijving', 'Technologieën', 'Teamleider']
  ])('reads "| %s | %s | %s | %s |" as a table of teams', (team, focus, stack, lead) => {
    const plan = imported(`# Ingeniería

| ${team} | ${focus} | ${stack} | ${lead} |
| --- | --- | --- | --- |
| Pagos | Facturas y cobros | Go, PostgreSQL | Ana Ruiz |
| Catálogo | Buscador y fichas | TypeScript, Elasticsearch | Bruno Costa |
| Envíos | Pedidos y entregas | Kotlin, Kafka | Carla Mendes |
`)
    expect(fileTeams(plan.catalog).map((found) => [found.name, found.lead?.name])).toEqual([
      ['Pagos', 'Ana Ruiz'],
      ['Catálogo', 'Bruno Costa'],
      ['Envíos', 'Carla Mendes']
    ])
    expect(teamTechnologies(plan.catalog)).toEqual({
      Pagos: ['Go', 'PostgreSQL'],
      Catálogo: ['Elasticsearch', 'TypeScript'],
      Envíos: ['Kafka', 'Kotlin']
    })
  })

  it.each([
    ['Equipo', 'Enfoque'],
    ['Equipe', 'Foco'],
    ['Équipe', 'Responsabilités'],
    ['Squadra', 'Responsabilità']
  ])('reads a two-column "| %s | %s |" table as the teams and what each owns', (team, focus) => {
    const plan = imported(`# Ingeniería

| ${team} | ${focus} |
| --- | --- |
| Pagos | Facturas y cobros |
| Catálogo | Buscador y fichas |
| Envíos | Pedidos y entregas |
`)
    expect(fileTeams(plan.catalog).map((found) => found.name)).toEqual([
      'Pagos',
      'Catálogo',
      'Envíos'
    ])
  })
})
