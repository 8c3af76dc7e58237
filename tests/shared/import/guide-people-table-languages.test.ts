// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * A team's people as a table whose header is not in English (h145 sweep, from a Dutch public
 * agency's project page: "## Team" over "| Lid | Rol | Verantwoordelijkheid |"): "Lid" is
 * "Member" and "Rol" is "Role", so the rows are the team's people, as under "| Member | Role |".
 */
describe('people tables in other languages', () => {
  it.each([
    ['Lid', 'Rol', 'Verantwoordelijkheid'],
    ['Naam', 'Rol', 'Taken'],
    ['Name', 'Rolle', 'Aufgaben'],
    ['Nombre', 'Rol', 'Responsabilidad'],
    ['Nom', 'Rôle', 'Responsabilités'],
    ['Nome', 'Função', 'Responsabilidade'],
    ['Navn', 'Rolle', 'Ansvar']
  ])('counts the people of "| %s | %s | %s |" under a team', (person, role, duty) => {
    const plan = imported(`# Kompas

Kompas bouwt het meldingenportaal voor gemeenten.

## Team

| ${person} | ${role} | ${duty} |
| --- | --- | --- |
| Anouk Visser | Product Owner | Backlog |
| Daan de Wit | DevOps Engineer | Uitrollen |
| Sanne Bakker | Scrum Master | Faciliteren |
`)
    expect(fileTeams(plan.catalog).map((team) => [team.name, team.members])).toEqual([
      ['Kompas', 3]
    ])
  })
})
