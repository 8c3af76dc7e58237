// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * "# Technology & Data Overview" over a unit's teams: what the title leaves once its page words
 * are out names a department by its function ("Technology", "Design", "Operations"), which no
 * organization is named, so the page is that department's and its teams are in it, not the
 * organization's (issue 14, session 15, from the opened sets: an agency's technology office's
 * page was read as the organization, the office left out of every team's path). Made-up pages.
 */
const page = (title: string) => `# ${title}

## Checkout Team

The Checkout Team owns the pages that take a customer's money.

- payment forms
- receipts

## Search Team

The Search Team owns the index and its ranking.

- indexer
- ranking service
`

describe('a title naming a department by its function', () => {
  it.for([
    ['Technology & Data Overview', 'Technology & Data'],
    ['Design Handbook', 'Design'],
    ['Product Development Overview', 'Product Development']
  ])('reads "%s" as the division %s over the teams', ([title, division]) => {
    const plan = imported(page(title))
    expect(teamPaths(plan.catalog)).toEqual([
      `${division} > Checkout Team`,
      `${division} > Search Team`
    ])
  })

  it('still reads a title naming the organization as the organization', () => {
    const plan = imported(page('Larkspur Overview'))
    expect(plan.catalog.company?.name).toBe('Larkspur')
    expect(teamPaths(plan.catalog).every((path) => !path.startsWith('Larkspur >'))).toBe(true)
  })
})
