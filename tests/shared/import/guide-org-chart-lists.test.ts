// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

const units = (markdown: string): [string, string[]][] =>
  imported(markdown, { file: 'README.md' }).catalog.divisions.map((division) => [
    division.name,
    division.teams.map((team) => team.name)
  ])

describe('a two-level list under a heading that says it is the org chart', () => {
  it('"# Lumen org chart" over "- Engineering" and its teams: units over their teams', () => {
    expect(
      units(`# Lumen org chart

- Engineering
  - Web team
  - Mobile team
- Product
  - Design team
  - Research team
`)
    ).toEqual([
      ['Engineering', ['Web team', 'Mobile team']],
      ['Product', ['Design team', 'Research team']]
    ])
  })

  it('"# Northwind organizational structure" over one unit and its plainly named teams', () => {
    expect(
      units(`# Northwind organizational structure

- Engineering
  - Web
  - Mobile
  - Data
`)
    ).toEqual([['Engineering', ['Web', 'Mobile', 'Data']]])
  })
})
