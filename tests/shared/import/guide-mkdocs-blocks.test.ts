// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

const teams = (markdown: string) => fileTeams(imported(markdown).catalog)

/**
 * Material for MkDocs' content tabs (`=== "Ledger"`) and titled admonitions (`!!! info "Ledger"`,
 * `??? note "Ledger"`) over their four-space-indented content (session 22: a handbook written for
 * MkDocs puts a team per tab; CommonMark reads each tab's content as code and the page gave no
 * team): each title is read as the bold line over its content that MkDocs shows.
 */
describe("MkDocs' tabs and titled admonitions", () => {
  it('reads a team per content tab', () => {
    const read = teams(`# Engineering teams

=== "Ledger"

    Owns invoices and refunds. Stack: Java, PostgreSQL.

=== "Lookup"

    Owns search on Elasticsearch.

=== "Gatehouse"

    Owns sign-in and accounts.
`)
    expect(read.map((team) => team.name)).toEqual(['Ledger', 'Lookup', 'Gatehouse'])
    expect(read[0].stack).toEqual(['Java', 'PostgreSQL'])
  })

  it('reads a team per titled, collapsible admonition, its blank line before the content', () => {
    const read = teams(`# Engineering teams

??? abstract "Ledger"

    Owns invoices and refunds.

    - Stack: Java, PostgreSQL

??? abstract "Lookup"

    Owns search on Elasticsearch.

??? abstract "Gatehouse"

    Owns sign-in and accounts.
`)
    expect(read.map((team) => team.name)).toEqual(['Ledger', 'Lookup', 'Gatehouse'])
  })

  it('leaves code indented under a plain paragraph as code', () => {
    const read = teams(`# Engineering teams

## Ledger

Owns invoices. Run it with:

    === "not a tab"
    make run
`)
    expect(read.map((team) => team.name)).toEqual(['Ledger'])
  })
})
