// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

const members = (markdown: string): [string, number | undefined][] =>
  imported(markdown, { file: 'README.md' })
    .catalog.divisions.flatMap((division) => division.teams)
    .map((team) => [team.name, team.members])

describe("a table's headcount column that names the team's people", () => {
  it('counts the names under "Engineers": "Ana Silva, Bo Lindqvist, Chen Wei" is 3', () => {
    expect(
      members(`# Acme Engineering Teams

| Team | Engineers | Stack |
| --- | --- | --- |
| Payments | Ana Silva, Bo Lindqvist, Chen Wei | Java, PostgreSQL |
| Identity | Dara Okafor, Eli Cohen | Go |
`)
    ).toEqual([
      ['Payments', 3],
      ['Identity', 2]
    ])
  })

  it('counts first names under "People" and names split by ";" under "Members"', () => {
    expect(
      members(`# Lumen teams

| Team | People | Owns |
| --- | --- | --- |
| Mobile | Ana, Bo, Chen | the apps |
| Web | Dee, Eli | the website |
`)
    ).toEqual([
      ['Mobile', 3],
      ['Web', 2]
    ])
    expect(
      members(`# Northwind teams

| Squad | Lead | Members |
| --- | --- | --- |
| Search | Dara Okafor | Dara Okafor; Eli Cohen; Femi Ade; Gus Lee |
`)
    ).toEqual([['Search', 4]])
  })

  it('counts nothing in a cell that is not all names', () => {
    expect(
      members(`# Lumen teams

| Team | Engineers |
| --- | --- |
| Mobile | Ana, Bo and two contractors |
`)
    ).toEqual([['Mobile', undefined]])
  })

  it('says the people were named, not counted by a headcount', () => {
    const { notes } = imported(
      `# Acme Engineering Teams

| Team | Engineers |
| --- | --- |
| Payments | Ana Silva, Bo Lindqvist, Chen Wei |
| Identity | 4 |
`,
      { file: 'README.md' }
    )
    const said = notes.map((note) => note.message).filter((message) => / people, /u.test(message))
    expect(said).toEqual([
      'team "Payments": 3 people, named in its table',
      'team "Identity": 4 people, as its headcount says'
    ])
  })
})
