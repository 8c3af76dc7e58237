// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * "The project has many teams, including, but not limited to:" introduces the page's team list,
 * though "including" followed by no word of teams otherwise introduces a unit's own work
 * (WORK_INTRO): the teams were named before it (issue 14, session 15, from the opened sets: a
 * project README with no title whose team list was left out, and its "Responsibilities"
 * section's three sub-sections of advice read as teams instead). Made-up pages in that style.
 */
const names = (markdown: string): string[] =>
  teamPaths(imported(markdown).catalog).map((path) => path.split(' > ').at(-1)!)

const readme = (intro: string) => `${intro}

* Payments: checkout, refunds and invoices

* Search: the index and its ranking

* Mobile Apps: the two phone apps

## Responsibilities

Every team reviews changes in its area and triages its issues.

### Reviewing changes

Please review changes in your area within a week. Close the ones nobody works on.

### Triage

Please triage issues with your label on a regular basis, in whatever manner you prefer.

### Plan with slack

Emergencies happen, so promise less than you think you can do.
`

describe('a team list introduced by "teams, including:"', () => {
  it.for([
    'The Larkspur project has many teams, including, but not limited to:',
    'Larkspur has several teams, including:',
    'Our groups include, but are not limited to:'
  ])('reads the list after "%s" as the teams, not the advice below', (intro) => {
    const got = names(readme(intro))
    expect(got).toEqual(expect.arrayContaining(['Payments', 'Search', 'Mobile Apps']))
    expect(got).not.toContain('Triage')
    expect(got).not.toContain('Reviewing changes')
  })

  it('still reads "including:" without teams as the work it introduces', () => {
    const page = `# Payments Team

We own checkout. Our work covers several areas, including:

- Checkout: the pages that take the money
- Refunds: giving it back

## Contact

Write to payments@larkspur.example.
`
    expect(names(page)).toEqual(['Payments Team'])
  })
})
