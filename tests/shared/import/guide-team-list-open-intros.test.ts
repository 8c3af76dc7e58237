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

/**
 * "Billing (label [billing](…))", "Ledger ([ledger](…) and [ledger-ui](…))": in a list the page
 * says is its teams, a plain name whose links (its code, its issue labels) stand only in the
 * remark in parentheses after it is a team's line, as the same line without links is (issue 14,
 * session 15, from the opened sets: nine of a project's sixteen teams were written so and none
 * was read). The links name the team's code, never the team.
 */
describe('a team line whose links stand in its remark in parentheses', () => {
  const page = `Our teams include:

* Payments ([larkspur/pay](https://git.example.org/larkspur/pay); label ["payments"](https://git.example.org/larkspur/labels/payments))
* The Search engine (code in [larkspur/search](https://git.example.org/larkspur/search), etc)
* Mobile Apps (mainly [larkspur/ios](https://git.example.org/larkspur/ios) and [larkspur/android](https://git.example.org/larkspur/android))
* Design Research
`

  it('reads the name before the parentheses as the team', () => {
    expect(names(page)).toEqual(
      expect.arrayContaining(['Payments', 'The Search engine', 'Mobile Apps', 'Design Research'])
    )
  })

  it('reads no repository or label in the remark as a team', () => {
    const got = names(page)
    expect(got).toHaveLength(4)
    expect(got).not.toContain('larkspur/pay')
  })

  it('reads no such line as a team where the page does not say its list is teams', () => {
    const tools = `# Payments Team

We own checkout and refunds.

## Tools we use

* Linting ([larkspur/lint](https://git.example.org/larkspur/lint); label ["lint"](https://git.example.org/larkspur/labels/lint))
* Releases (mainly [larkspur/release](https://git.example.org/larkspur/release))
`
    expect(names(tools)).toEqual(['Payments Team'])
  })
})

/**
 * "Various platform teams including Web, Android, and Desktop; labels …": in a list the page says
 * is its teams, one line naming several teams of a kind after "including" or "such as" gives
 * each of them (issue 14, session 15, from the opened sets: five of a project's sixteen teams
 * were named so on one line, and none was read).
 */
describe('a line of the team list that names several teams', () => {
  const page = (line: string) => `Our teams include:

* Payments ([larkspur/pay](https://git.example.org/larkspur/pay))
* ${line}
* Search (label ["search"](https://git.example.org/larkspur/labels/search))
`

  it.for([
    'Various client teams including Web, Android, and Desktop; labels ["client-web"](https://git.example.org/larkspur/labels/client-web), etc.',
    'Three client teams, such as Web, Android and Desktop (see their boards)',
    'The client teams including Web, Android and Desktop'
  ])('reads each team of "%s"', (line) => {
    expect(names(page(line))).toEqual(['Payments', 'Web', 'Android', 'Desktop', 'Search'])
  })

  it('reads no names from such a line outside a list of teams', () => {
    const own = `# Payments Team

We own checkout and refunds.

## Work

* Checkout: the pages that take the money
* Support for other teams including Web, Android and Desktop
`
    expect(names(own)).toEqual(['Payments Team'])
  })
})
