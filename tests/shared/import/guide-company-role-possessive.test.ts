// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * "the Product Owner’s results": the possessive of a role's last word names no organization (h131's
 * sweep of real team pages, 2026-12-06: a page of a company's roles was imported as the company
 * "Owner").
 */
const company = (markdown: string): string =>
  imported(markdown, { file: 'structure.md' }).catalog.company.name

describe("a role's possessive in the prose", () => {
  it('is not taken as the company', () => {
    const page = `# Structure of the tech teams

## Roles

### Leadership

**CTO** – owns the technical strategy of the products, helping the Product Owner’s decisions land.

**Product Owner** – runs the product as a business unit; the Product Owner sets its strategy.

### Delivery

**Tech lead** – the technical partner of the Product Owner’s roadmap.

**QA engineer** – keeps the risk of defects low.

## Teams

### Checkout

Owns the checkout service and its payment flows.

### Search

Owns product search and its ranking.
`
    expect(company(page)).not.toBe('Owner')
  })
})
