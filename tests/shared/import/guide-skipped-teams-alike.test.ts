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

describe('a section named by a part’s word among teams written alike under "Teams"', () => {
  const page = (last: string) => `# Teams

## Framework

The core framework. TypeScript, React.

## Docs

Documentation site built with Docusaurus.

## Infrastructure

Terraform and AWS.

${last}
`

  it('is one of the teams when it is written as they are ("## Tools" over a sentence)', () => {
    const names = teamPaths(imported(page('## Tools\n\nCLI tools in Go.')).catalog).map((path) =>
      path.split(' > ').pop()
    )
    expect(names).toEqual(['Framework', 'Docs', 'Infrastructure', 'Tools'])
  })

  it('is not when it says what the page is about ("## Mission")', () => {
    const names = teamPaths(imported(page('## Mission\n\nMake robots easy to build.')).catalog).map(
      (path) => path.split(' > ').pop()
    )
    expect(names).toEqual(['Framework', 'Docs', 'Infrastructure'])
  })
})
