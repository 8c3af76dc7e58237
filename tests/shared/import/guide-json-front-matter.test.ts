// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * Hugo's JSON front matter: a page that opens with a JSON object (its fields on the lines up to
 * the closing brace) before the markdown. Written in that style, with made-up names, from the
 * opened sixteenth set (tests/corpus README, "Session 20"); it fails without its rule.
 */

const GROUP = `{
  "description": "To improve the tools for shipping the community's libraries",
  "formed": "2021-03-01",
  "github": "tidewater/shipping-tools-wg",
  "members": [
    {
      "image": "members/ana.jpg",
      "name": "Ana Silva"
    },
    {
      "image": "members/bo.jpg",
      "name": "Bo Lind"
    }
  ],
  "name": "Shipping Tools",
  "slug": "shipping"
}
---
Shipping Tools Working Group
---

## Mission Statement
Improve the tools for shipping the community's libraries.

## Deliverables
- A faster package index
- Better release scripts
`

describe('JSON front matter', () => {
  it("is read as the page's fields, not as a team named by its text", () => {
    const teams = fileTeams(imported(GROUP).catalog)
    expect(teams.map((team) => team.name)).toEqual(['Shipping Tools'])
  })

  it('counts the members its records name', () => {
    const [team] = fileTeams(imported(GROUP).catalog)
    expect(team.members).toBe(2)
  })

  it('names the company by the owner of the repository its "github" field gives', () => {
    expect(imported(GROUP).catalog.company.name).toBe('tidewater')
  })

  it('leaves a page that opens with a brace but holds no JSON object as text', () => {
    const plan = imported(`{ Draft }

# Payments

The Payments team runs checkout.
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Payments'])
  })
})
