// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A list of units, each a name alone over the nested lines of its teams (session 17, the lead's
 * own pages: under a title with no "Teams" heading, the page read as one team whose projects were
 * the units).
 */
describe('a list of units over the lines of their teams', () => {
  for (const bold of [true, false]) {
    it(`gives each unit its teams${bold ? ' (bold unit names)' : ''}`, () => {
      const name = (text: string) => (bold ? `**${text}**` : text)
      const { catalog } = imported(`# Kestrel engineering

- ${name('Platform')}
  - Infrastructure: clusters, networking, Terraform
  - Developer Experience: CI and build tools
- ${name('Product')}
  - Payments: checkout and refunds (Go)
  - Search: product search (Elasticsearch)
`)
      expect(teamPaths(catalog)).toEqual([
        'Platform > Infrastructure',
        'Platform > Developer Experience',
        'Product > Payments',
        'Product > Search'
      ])
    })
  }

  it('is not a list of topics whose nested lines are notes', () => {
    const { catalog } = imported(`# Payments team

We run checkout.

- Goals
  - Faster checkout
  - Fewer chargebacks
- Rituals
  - Standup daily
  - Planning on Mondays
`)
    expect(teamPaths(catalog)).toEqual(['Engineering > Payments team'])
  })
})
