// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * kramdown's inline attribute lists ("{:#id}", "{: .external}"), which Jekyll sites and developer
 * documentation sites write after headings and links, are markup: never part of a name.
 */
describe('a kramdown attribute list', () => {
  it('after a heading or a link is no part of the team it names', () => {
    const plan = imported(`# Harbor Works Engineering

## Teams {:#teams}

### Billing {:#billing}

The Billing team owns the [invoice service](https://example.org/invoices){: .external} and
the payment runs.

### Search {: #search .anchored}

The Search team owns the search index and its API.
`)
    const teams = fileTeams(plan.catalog)
    expect(teams.map((team) => team.name)).toEqual(['Billing', 'Search'])
    expect(teams.map((team) => team.summary).join(' ')).not.toContain('{:')
  })

  it('leaves braces that are no attribute list, as "{:ok, pid}" in code, in the text', () => {
    const plan = imported(`# Harbor Works Engineering

## Teams

### Billing

The Billing team owns the invoice service; its workers answer \`{:ok, pid}\` when started.

### Search

The Search team owns the search index and its API.
`)
    const billing = fileTeams(plan.catalog).find((team) => team.name === 'Billing')
    expect(billing?.summary).toContain('{:ok, pid}')
  })

  it('reads a long unclosed "{:#aaa…" or "{:#a" repeated in linear time', () => {
    const start = performance.now()
    imported(`# Harbor Works Engineering

## Teams

### Billing {:#${'a'.repeat(200_000)}

The Billing team owns the invoice service. ${'{:#a'.repeat(50_000)}

### Search

The Search team owns the search index and its API.
`)
    expect(performance.now() - start).toBeLessThan(5_000)
  })
})
