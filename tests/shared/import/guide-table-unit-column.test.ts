// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A team table with a column of units ("Tribe", "Department", "Group"), as squad/tribe
 * organizations write theirs (session 17, the lead's own pages: the column was left unread and
 * every team stood alone).
 */
const table = (unitHeader: string, units: string[]) => `# Kestrel product engineering

| Squad | ${unitHeader} | Mission | Tech |
|---|---|---|---|
| Checkout | ${units[0]} | Make paying fast | Go, PostgreSQL |
| Catalog | ${units[1]} | Every product findable | Java, Elasticsearch |
| Growth | ${units[2]} | Bring new shoppers | TypeScript, React |
| Ads | ${units[3]} | Self-serve ads | Python, BigQuery |
`

describe('a team table with a column of units', () => {
  it('puts each team under the unit its row names', () => {
    for (const header of ['Tribe', 'Department', 'Group']) {
      const { catalog } = imported(
        table(header, ['Commerce', 'Commerce', 'Marketing', 'Marketing'])
      )
      expect(teamPaths(catalog)).toEqual([
        'Commerce > Checkout',
        'Commerce > Catalog',
        'Marketing > Growth',
        'Marketing > Ads'
      ])
    }
  })

  it('is no grouping when every row names a unit of its own, or links its group', () => {
    const distinct = imported(table('Group', ['A list', 'B list', 'C list', 'D list'])).catalog
    expect(teamPaths(distinct).map((path) => path.split(' > ').pop())).toEqual([
      'Checkout',
      'Catalog',
      'Growth',
      'Ads'
    ])
    const linked = imported(
      table('Group', Array(4).fill('[Here](https://groups.example.com/forum)'))
    ).catalog
    expect(teamPaths(linked).every((path) => !path.includes('Here'))).toBe(true)
  })
})
