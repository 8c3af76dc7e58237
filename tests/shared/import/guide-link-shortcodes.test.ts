// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * A Hugo site's link shortcode (h144 sweep: an engineering blog writing every link as
 * '{{< link_target_blank href="https://…" title="…" >}}', the company's name among them, was read
 * with each link blanked, its words gone). A shortcode given an address and a title shows a
 * link with that title: it reads as the markdown link it renders.
 */
const page = `# Engineering at Tidewater

## Teams

- {{< link_target_blank href="https://tidewater.example/teams/ledger" title="Ledger" >}}: keeps the books.
- {{< link_target_blank href="https://tidewater.example/teams/shipping" title="Shipping" >}}: moves the parcels.
- {{< link_target_blank title="Storefront" href="https://tidewater.example/teams/storefront" >}}: builds the shop.
`

describe('link shortcodes', () => {
  it('read as the links they render, so the names they show are kept', () => {
    const names = fileTeams(imported(page).catalog).map((team) => team.name)
    expect(names).toEqual(['Ledger', 'Shipping', 'Storefront'])
  })
})
