// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A section skipped for its words ("## Working groups") whose every sub-section is written as
 * the teams of the page's team list beside it, each with a table under the same header, holds
 * more of the page's teams (issue 14, session 15, from the opened sets: a handbook page's two
 * working groups, each laid out as its product groups are, were left out with their heading).
 * Made-up pages in that style.
 */
const names = (markdown: string): string[] =>
  teamPaths(imported(markdown).catalog).map((path) => path.split(' > ').at(-1)!)

const group = (name: string, extra = '') => `### ${name}

The goal of ${name} is to make the ${name.toLowerCase()} part of the product better.

| Role           | Person      |
|:---------------|:------------|
| Designer       | Ana Lee     |
| Engineer       | Bo Chen     |
${extra}
`

const page = (other: string, table = true) => `# Squads

Larkspur builds its product in squads.

## Current squads

${group('Checkout', '\n**Areas**:\n- Payments\n- Refunds\n')}
${group('Search', '\n**Areas**:\n- Index\n- Ranking\n')}
${group('Mobile', '\n**Areas**:\n- iOS app\n- Android app\n')}

## ${other}

Working groups are formed for a goal and disband when it is reached.

${table ? group('Website') : '### Website\n\nThe goal is a faster website.\n'}
${table ? group('Reports') : '### Reports\n\nThe goal is a shorter sign-up.\n'}
`

describe('sections written as the teams beside them under a skipped heading', () => {
  it('are teams of the unit above', () => {
    expect(names(page('Working groups'))).toEqual(
      expect.arrayContaining(['Checkout', 'Search', 'Mobile', 'Website', 'Reports'])
    )
  })

  it('stay left out when they are not written so', () => {
    const got = names(page('Working groups', false))
    expect(got).toEqual(expect.arrayContaining(['Checkout', 'Search', 'Mobile']))
    expect(got).not.toContain('Website')
  })
})
