// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams, teamPaths, teamTechnologies } from '../../fixtures/imported-catalog'
import { readBlocks } from '../../../src/shared/import/markdown-blocks'
import { importGuide } from '../../../src/shared/import/import-guide'

/**
 * Tables written without GFM's delimiter row (issue 14): GitHub shows them as a paragraph of pipes,
 * but a wiki export or a hand-written page means a table, and a team list written so was read as
 * one paragraph (session 12's sweeps). Made-up pages in those styles.
 */
describe('tables without a delimiter row', () => {
  it('are read as tables: the first line the header, each cell at its line and column', () => {
    const [table] = readBlocks('| Team | Lead |\n| Payments | [Ana](https://x.example/ana) |\n')
    expect(table).toMatchObject({
      kind: 'table',
      at: { line: 1, column: 1 },
      header: [{ spans: [{ text: 'Team' }] }, { spans: [{ text: 'Lead' }] }],
      rows: [
        {
          at: { line: 2, column: 1 },
          written: 2,
          cells: [
            { spans: [{ text: 'Payments', at: { line: 2, column: 3 } }] },
            { spans: [{ text: 'Ana', href: 'https://x.example/ana' }], at: { line: 2, column: 14 } }
          ]
        }
      ]
    })
  })

  it("read Confluence's doubled pipes as its header", () => {
    const [table] = readBlocks('||Team||Lead||\n|Web|Cy|\n')
    expect(table).toMatchObject({
      kind: 'table',
      header: [
        { spans: [{ text: 'Team' }], at: { column: 3 } },
        { spans: [{ text: 'Lead' }], at: { column: 9 } }
      ],
      rows: [{ cells: [{ spans: [{ text: 'Web' }] }, { spans: [{ text: 'Cy' }] }] }]
    })
  })

  it('leave text alone that only holds pipes: one line, one cell, or rows of other widths', () => {
    for (const text of [
      '| just one line |\n',
      '| a |\n| b |\n',
      '| a | b |\n| c | d | e |\n',
      'a | b\nc | d\n'
    ]) {
      expect(
        readBlocks(text).map((block) => block.kind),
        text
      ).toEqual(['paragraph'])
    }
  })

  it('give the teams of a team table written so, with their stacks', () => {
    const { catalog } = imported(`# Acme Engineering

## Teams

| Team | Description | Stack |
| Payments | Takes the money at checkout. | Go, Kafka |
| Search | Finds what customers look for. | Elasticsearch |
| Mobile | The iOS and Android apps. | Swift, Kotlin |
`)
    expect(teamPaths(catalog).map((path) => path.split(' > ').at(-1))).toEqual([
      'Payments',
      'Search',
      'Mobile'
    ])
    expect(teamTechnologies(catalog)).toMatchObject({
      Payments: ['Go', 'Kafka'],
      Search: ['Elasticsearch'],
      Mobile: expect.arrayContaining(['Swift', 'Kotlin'])
    })
  })
})

describe('a table exported with an empty header row', () => {
  it('reads its first row as the header (a word processor writes the names there)', () => {
    // Session 22: "|  |  |  |" over "| **Team** | **Lead** | **Tech** |", as Docs and Word export.
    const plan = imported(`# Engineering

|  |  |  |
|---|---|---|
| **Team** | **Lead** | **Tech** |
| Ledger | Ana Ruiz | Java, PostgreSQL |
| Lookup | Bo Chen | Elasticsearch |
| Gatehouse | Cy Diaz | Go |
`)
    const teams = fileTeams(plan.catalog)
    expect(teams.map((team) => team.name)).toEqual(['Ledger', 'Lookup', 'Gatehouse'])
    expect(teams[2].stack).toEqual(['Go'])
  })
})

describe('a table whose name column has no header', () => {
  it('reads its rows as teams when the other columns say what teams have', () => {
    // Session 22: "|  | What it owns | Stack |" over "| **Ledger** | Invoices | Java |".
    const plan = imported(`# Engineering teams

|  | What it owns | Stack |
|---|---|---|
| **Ledger** | Invoices and refunds | Java |
| **Lookup** | Search | Go, Elasticsearch |
| **Gatehouse** | Sign-in | Rust |
`)
    const teams = fileTeams(plan.catalog)
    expect(teams.map((team) => [team.name, team.stack])).toEqual([
      ['Ledger', ['Java']],
      ['Lookup', ['Go', 'Elasticsearch']],
      ['Gatehouse', ['Rust']]
    ])
  })

  it('reads no team from the rows of a comparison matrix with an empty corner', () => {
    const result = importGuide(
      `# Engineering

## Ledger

The Ledger team owns invoices.

## Lookup

The Lookup team owns search.

## Options we weighed

|  | Option A | Option B |
|---|---|---|
| Cost | Low | High |
| Speed | Slow | Fast |
`,
      { file: 'guide.md' }
    )
    const names = result.ok ? fileTeams(result.value.catalog).map((team) => team.name) : []
    expect(names).toContain('Ledger')
    expect(names).not.toContain('Cost')
    expect(names).not.toContain('Speed')
  })
})
