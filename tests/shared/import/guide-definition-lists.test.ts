// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams, teamPaths } from '../../fixtures/imported-catalog'

/**
 * Definition lists (session 22: MkDocs' def_list, Pandoc and kramdown pages write a team per term,
 * "Ledger" over ": Owns invoices …", and CommonMark reads each pair as one paragraph, so the page
 * gave no team): each term an item of a list, its definition the item's text.
 */
describe('definition lists', () => {
  it('reads each term as a team and its definition as what the team does', () => {
    const plan = imported(`# Teams

Ledger
: Owns invoices and refunds, built with Java and PostgreSQL.

Lookup
: Owns search, on Elasticsearch.

Gatehouse
: Owns sign-in and accounts.
`)
    const teams = fileTeams(plan.catalog)
    expect(teams.map((team) => team.name)).toEqual(['Ledger', 'Lookup', 'Gatehouse'])
    expect(teams[0].summary).toMatch(/^Owns invoices and refunds/u)
    expect(teams[0].stack).toEqual(['Java', 'PostgreSQL'])
  })

  it('reads units whose teams are terms under their headings', () => {
    const plan = imported(`# Engineering

## Money

Ledger
: Owns invoices and refunds.

Tills
: Owns the point of sale.

## Discovery

Lookup
: Owns search.

Shelf
: Owns the catalogue pages.
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Money > Ledger',
      'Engineering > Money > Tills',
      'Engineering > Discovery > Lookup',
      'Engineering > Discovery > Shelf'
    ])
  })
})
