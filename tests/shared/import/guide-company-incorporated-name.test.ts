// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * A page that names the product its teams build ("We build the Atlas product") and, elsewhere,
 * the company they belong to in its registered name ("part of Rivet Labs"): the product is no
 * company (session 18, h121). Names and wordings here are invented.
 */
const company = (markdown: string): string =>
  imported(markdown, { file: 'README.md' }).catalog.company.name

describe('a company named with a word only registered names end with', () => {
  it('is the company, over the product an introduction says the teams build', () => {
    const page = `# Engineering teams

We build the Larkspur product. Search is part of Dunmore Labs.

## Search

Search owns indexing and ranking for Larkspur.

## Payments

Payments runs billing and invoicing.
`
    expect(company(page)).toBe('Dunmore Labs')
    // Without the company's name the product the teams make still names it.
    expect(company(page.replace(' Search is part of Dunmore Labs.', ''))).toBe('Larkspur')
  })

  it("is the company when a team's own section names it", () => {
    const page = `# Team guide

Welcome! We build the Larkspur product, a workspace for field engineers.

## Search team

The Search team is part of Pellow Technologies and owns query parsing and ranking.

## Mobile team

The Mobile team ships the iOS and Android apps.
`
    expect(company(page)).toBe('Pellow Technologies')
  })

  it("is the company of a single team's page, written once", () => {
    const page = `# Search team

The Search team builds indexing and ranking for the Larkspur product. We sit in the
platform group of Dunmore Labs.

## Members

- Ana Silva, engineering manager
- Tom Berg, backend engineer
`
    expect(company(page)).toBe('Dunmore Labs')
  })
})
