// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

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
