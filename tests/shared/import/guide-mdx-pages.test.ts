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

/**
 * Member cards written as MDX components ('<TeamMember name="…" title="…">'): each shows one
 * person, read as the line of a list of people it stands for.
 */
describe('member cards in MDX', () => {
  it('are the people of the team whose section holds them', () => {
    const plan = imported(`---
title: "Meet the Team"
---

<Intro>

Quillmate development is led by a small team working full time at Fernhill Labs.

</Intro>

## Quillmate Core {/*quillmate-core*/}

The Quillmate Core team members are listed below.

<TeamMember name="Ada Brightwater" permalink="ada-brightwater" github="adab" title="Engineering Manager at Fernhill Labs">
    Ada started programming in Pascal and now writes TypeScript all day.
</TeamMember>

<TeamMember name="Bo Lindqvist" permalink="bo-lindqvist" github="bolind" title="Engineer at Fernhill Labs">
    Bo likes sailing and compilers.
</TeamMember>

<TeamMember name="Cleo Marsh" github="cmarsh" title="Independent Engineer">
    Cleo maintains the plugin API.
</TeamMember>

## Past contributors {/*past-contributors*/}

You can find the past team members on the [acknowledgements](/acknowledgements) page.
`)
    const teams = fileTeams(plan.catalog)
    expect(teams.map((team) => team.name)).toEqual(['Quillmate Core'])
    expect(teams[0].members).toBe(3)
    expect(teams[0].lead?.name).toBe('Ada Brightwater')
  })

  it('reads self-closing cards with a role the same way', () => {
    const plan = imported(`# Harbor Works Engineering

## Teams

### Billing

The Billing team owns the invoice service.

<Member name="Dana Frost" role="Tech Lead" />

<Member name="Eli Grant" role="Engineer" />

### Search

The Search team owns the search index.

<Member name="Fay Hill" role="Engineer" />
`)
    const teams = fileTeams(plan.catalog)
    expect(teams.map((team) => [team.name, team.members])).toEqual([
      ['Billing', 2],
      ['Search', 1]
    ])
  })

  it('leaves a component about no person, as a card linking a page, out', () => {
    const plan = imported(`# Harbor Works Engineering

## Teams

### Billing

The Billing team owns the invoice service.

<Card name="Invoices" href="/invoices" />

<ProfileLink name="see more" />

### Search

The Search team owns the search index.
`)
    const billing = fileTeams(plan.catalog).find((team) => team.name === 'Billing')
    expect(billing?.members ?? 0).toBe(0)
  })
})
