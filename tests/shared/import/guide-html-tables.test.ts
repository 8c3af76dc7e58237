// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'
import { htmlTables } from '../../../src/shared/import/html-tables'

/**
 * Tables written in HTML inside a markdown page, as GitHub READMEs, GitBook and Docusaurus pages
 * write them (session 17: such a table of teams gave "no teams found"). Fixtures of our own.
 */
const README = `# Engineering teams

<table>
  <tr>
    <th>Team</th>
    <th>What it does</th>
    <th>Stack</th>
  </tr>
  <tr>
    <td><b>Payments</b></td>
    <td>Card and bank payments for every shop.</td>
    <td>Go, PostgreSQL</td>
  </tr>
  <tr>
    <td><a href="https://example.com/search">Search</a></td>
    <td>Product search and <i>ranking</i>.</td>
    <td>Python, Elasticsearch</td>
  </tr>
  <tr>
    <td><strong>Mobile</strong></td>
    <td><p>The iOS and Android apps.</p><p>Releases every two weeks.</p></td>
    <td>Swift, Kotlin
  </tr>
</table>
`

describe('a table of teams written in HTML', () => {
  it('gives its rows as teams, with their descriptions, stacks and links', () => {
    const teams = fileTeams(imported(README).catalog)
    expect(teams.map((team) => team.name)).toEqual(['Payments', 'Search', 'Mobile'])
    expect(teams.map((team) => team.stack)).toEqual([
      ['Go', 'PostgreSQL'],
      ['Python', 'Elasticsearch'],
      ['Swift', 'Kotlin']
    ])
    expect(teams[1].summary).toBe('Product search and ranking.')
    expect(teams[1].links.map((link) => link.url)).toContain('https://example.com/search')
    expect(teams[2].summary).toBe('The iOS and Android apps. Releases every two weeks.')
  })

  it('places each team at the line of its row', () => {
    const [list] = imported(README).outline
    expect(list.children.map((team) => [team.label, team.line])).toEqual([
      ['Payments', 9],
      ['Search', 14],
      ['Mobile', 19]
    ])
  })
})

describe('a team named by a link', () => {
  it('gets the link, and no second mention of its name in its summary', () => {
    const teams = fileTeams(
      imported(`# Engineering teams

- [Search](https://example.com/search): Product search and ranking.
- [Payments](https://example.com/pay): Card payments.
- [Mobile](https://example.com/mobile): The apps.
`).catalog
    )
    expect(teams.map((team) => team.summary)).toEqual([
      'Product search and ranking.',
      'Card payments.',
      'The apps.'
    ])
    expect(teams[0].links.map((link) => link.url)).toEqual(['https://example.com/search'])
  })
})

describe('htmlTables', () => {
  it('reads header and rows through thead and tbody, leaving empty rows out', () => {
    const [table] = htmlTables(
      '<table><thead><tr><th>Name</th><th>Lead</th></tr></thead><tbody><tr><td>Data</td><td>Ana</td></tr><tr><td></td><td></td></tr></tbody></table>'
    )
    expect(table.header).toEqual(['Name', 'Lead'])
    expect(table.rows.map((row) => row.cells)).toEqual([['Data', 'Ana']])
  })

  it("keeps markdown's own characters in a cell as text, and formula-looking cells as written", () => {
    const [table] = htmlTables(
      '<table><tr><th>Team</th></tr><tr><td>=cmd|calc *not bold* [x](y)</td></tr></table>'
    )
    expect(table.rows[0].cells[0]).toBe('=cmd\\|calc \\*not bold\\* \\[x\\](y)')
  })

  it('reads none from markup that holds no table', () => {
    expect(htmlTables('<div align="center"><img src="logo.png"></div>')).toEqual([])
  })
})
