// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * Team pages written in MDX (react.dev-style documentation sites): "{/*id*\/}" heading ids and
 * comments, which MDX never shows, are no part of a name or a summary.
 */
describe('an MDX page', () => {
  it('reads a heading id written as an MDX comment as no part of the team it names', () => {
    const plan = imported(`# Harbor Works Engineering

## Teams {/*teams*/}

### Billing {/*billing*/}

The Billing team owns the invoice service and the payment runs.

{/* TODO: link the on-call rota */}

### Search {/* search-team */}

The Search team owns the search index and its API.
`)
    const teams = fileTeams(plan.catalog)
    expect(teams.map((team) => team.name)).toEqual(['Billing', 'Search'])
    expect(teams.map((team) => team.summary).join(' ')).not.toMatch(/\{\/|TODO/u)
  })

  it('leaves a path in braces that is no comment, as "{/var/log}", in the text', () => {
    const plan = imported(`# Harbor Works Engineering

## Teams

### Billing

The Billing team owns the invoice service; its logs go to {/var/log/billing}.

### Search

The Search team owns the search index and its API.
`)
    const billing = fileTeams(plan.catalog).find((team) => team.name === 'Billing')
    expect(billing?.summary).toContain('{/var/log/billing}')
  })

  it('reads a long unclosed "{/*aaa…" in linear time', () => {
    const start = performance.now()
    imported(`# Harbor Works Engineering

## Teams

### Billing {/*${'a'.repeat(200_000)}

The Billing team owns the invoice service. ${'{/*a'.repeat(50_000)}

### Search

The Search team owns the search index and its API.
`)
    expect(performance.now() - start).toBeLessThan(5_000)
  })
})
