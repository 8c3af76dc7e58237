// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths, teamTechnologies } from '../../fixtures/imported-catalog'

/**
 * A team's own services and products listed in its section (issues 14/15, helper h53): "The
 * Data Platform team owns…" over "[Ingest](…): streams events through Kafka". The linked or bold
 * lines are what the team runs, not teams of their own, and the technologies they name stay the
 * team's. A list its introduction or its items call teams or squads is still the team list.
 * Fixtures in those styles, not copied from any page.
 */
const page = (intro: string, suffix: string): string => `# Engineering

## Data Platform

The Data Platform team owns the pipelines that move events into the warehouse.

${intro}

- [Ingest](https://example.org/ingest): streams events through Kafka
- [Warehouse](https://example.org/warehouse): the models our analysts query

## Web

The Web team builds the customer site.

- **Storefront${suffix}** — the shop pages, rendered with Next.js
- **Checkout${suffix}** — the payment pages and their forms
`

describe('a team’s own services listed in its section', () => {
  it('keeps them the team’s, with the technologies they name', () => {
    const { catalog } = imported(page('It maintains the following services:', ''))
    expect(teamPaths(catalog)).toEqual(['Engineering > Data Platform', 'Engineering > Web'])
    const technologies = teamTechnologies(catalog)
    expect(technologies['Data Platform']).toContain('Kafka')
    expect(technologies.Web).toContain('Next.js')
  })

  it('still reads a list its introduction or its items call squads or teams as teams', () => {
    const { catalog } = imported(page('It is made up of two squads:', ' team'))
    expect(teamPaths(catalog)).toEqual([
      'Engineering > Data Platform > Ingest',
      'Engineering > Data Platform > Warehouse',
      'Engineering > Web > Storefront team',
      'Engineering > Web > Checkout team'
    ])
  })
})
