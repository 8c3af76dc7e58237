// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * A guide's table of teams with a column saying how many people each has ("Engineers",
 * "People", "Size"): each row's number is the team's headcount (session 18, h121). Names and
 * wordings here are invented.
 */
const headcounts = (markdown: string): Record<string, number | undefined> =>
  Object.fromEntries(fileTeams(imported(markdown).catalog).map((t) => [t.name, t.members]))

describe("a table's headcount column", () => {
  it('"Engineers" beside a lead and a focus', () => {
    const page = `# Engineering teams

| Team | Lead | Engineers | Focus |
| --- | --- | --- | --- |
| Payments | Ana Silva | 6 | card processing |
| Risk | Tom Berg | 4 | fraud models |
`
    expect(headcounts(page)).toEqual({ Payments: 6, Risk: 4 })
    expect(fileTeams(imported(page).catalog)[0].lead?.name).toBe('Ana Silva')
  })

  it('"People" beside a stack', () => {
    const page = `## Teams

| Team | People | Stack |
|------|--------|-------|
| Search | 7 | Elasticsearch, Go |
| Mobile | 3 | Swift, Kotlin |
`
    expect(headcounts(page)).toEqual({ Search: 7, Mobile: 3 })
  })

  it('"Size" written with its unit, right-aligned', () => {
    const page = `# Our squads

| Squad | Size | Description |
| :--- | ---: | :--- |
| Checkout | 5 engineers | The cart and payment pages |
| Catalog | 8 engineers | Product pages and search filters |
`
    expect(headcounts(page)).toEqual({ Checkout: 5, Catalog: 8 })
  })

  it('counts the people its cells name (h126: the names are the team’s people)', () => {
    const page = `## Teams

| Team | Members | Stack |
|------|---------|-------|
| Search | Ana Silva, Tom Berg | Go |
| Mobile | Lee Park | Swift |
`
    expect(headcounts(page)).toEqual({ Search: 2, Mobile: 1 })
  })
})
