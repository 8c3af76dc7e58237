// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { writtenApart } from '../../../src/shared/import/guide-company'
import { readsAsAName } from '../../../src/shared/import/title-company'
import { imported } from '../../fixtures/guides'

/**
 * A title's word is the company only where the text writes it as a name of its own (issue 14,
 * 2026-12-06, from h75's sweep of eight new real team pages: "Sustained Engineering" and "Team
 * Charter" named the companies "Sustained" and "Charter").
 */
const company = (markdown: string): string =>
  imported(markdown, { file: 'README.md' }).catalog.company.name

describe("a title's word as the company", () => {
  it('is not taken when the text writes it only within the title', () => {
    const page = `# Steady Engineering

The Steady Engineering Team keeps the Northwind products healthy and answers escalations.

## Rotation

Engineers from the Northwind feature teams join Steady Engineering for a week at a time.

## Triage

- Route new tickets to the owning team
- Close duplicates
`
    expect(company(page)).not.toBe('Steady')
  })

  it('is still taken when the text writes it apart from the title', () => {
    const page = `# Northwind Engineering

Northwind builds route planning software for delivery fleets.

## Teams

### Routing

Owns the route planner.

### Billing

Owns invoices and payments.
`
    expect(company(page)).toBe('Northwind')
  })

  it('reads the name apart from the title words', () => {
    const text = '# Steady Engineering\n\nthe Steady Engineering Team'
    expect(writtenApart('Steady', 'Steady Engineering', text)).toBe(false)
    expect(writtenApart('Steady', 'Steady Engineering', '# Steady Engineering\n\nhello')).toBe(true)
    expect(writtenApart('Acme', 'Acme Engineering', "Acme Engineering: Acme's teams")).toBe(true)
    expect(writtenApart('Acme', undefined, 'no title text')).toBe(true)
  })

  // A sentence-like title of a lab's page of teams left "from Across BC Public Service Learn to
  // be Digital at Exchange Lab" as the company (session 12, seen in the import preview).
  it('is not taken when what the title leaves reads as a sentence, not a name', () => {
    const page = `# Teams from Across the Harbour Council Learn to be Digital at the Foundry

## Current Teams

### Tide Tables

The Tide Tables team owns the tide tables service.

- Tide API
- Tide app

### Ferry Passes

The Ferry Passes team owns the ferry passes shop.

- Pass shop
- Pass scanner
`
    expect(company(page)).toBe('Company')
    expect(readsAsAName('from Across Harbour Council Learn to be Digital at Foundry')).toBe(false)
    expect(readsAsAName('at Foundry')).toBe(false)
    expect(readsAsAName('Bank of America')).toBe(true)
    expect(readsAsAName('conda-forge')).toBe(true)
  })
})
