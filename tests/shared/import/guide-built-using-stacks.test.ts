// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * "services built using Elixir", "the apps are developed using Kotlin": "using" says what the team
 * builds with as "with" does (h131's sweep of real team pages, 2026-12-06: a government service
 * team "dedicated to supporting and improving all digital services built using Ruby" had Ruby
 * only as a mention).
 */
const stackOf = (markdown: string): string[] =>
  fileTeams(imported(markdown, { file: 'ledger.md' }).catalog).flatMap((team) => team.stack)

describe('"built using" in a team\'s prose', () => {
  it('names the stack', () => {
    const page = `# Ledger Services team

A small team dedicated to supporting and improving all the payment services built using *Elixir*.

We keep our own guides in the Ledger Services repository.
`
    expect(stackOf(page)).toContain('Elixir')
  })

  it('names it after "developed using" and "written using" too', () => {
    const page = `# Ledger Services team

The team looks after the billing apps, which are developed using Kotlin and written using Gradle scripts.
`
    expect(stackOf(page)).toEqual(expect.arrayContaining(['Kotlin', 'Gradle']))
  })
})
