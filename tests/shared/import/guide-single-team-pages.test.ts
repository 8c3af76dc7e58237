// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * Single-team pages of orgs no rule was written on (issue 14/15, h37's and h38's sweeps). Each
 * fixture is written in the style of the swept pages, not copied from them, and fails without its
 * rule.
 */

describe("the company named on a single team's page", () => {
  it('ends at the sentence: "at Acme." does not swallow the next sentence', () => {
    const page = `# Billing Team

The Billing team owns invoicing at Quantilo. We Run The Payment Service on Kafka.

## Responsibilities

- Invoices and receipts
`
    expect(imported(page).catalog.company.name).toBe('Quantilo')
  })

  it('is the organization a `github.com/orgs/X` link names', () => {
    const page = `# Ingestion

The ingestion team keeps every Quantilo customer's events flowing into the warehouse.

- Team board: [Ingestion board](https://github.com/orgs/Quantilo/projects/12)
- Roadmap: [Ingestion roadmap](https://github.com/orgs/Quantilo/projects/14)
- Repository: [pipeline](https://github.com/Quantilo/pipeline)
`
    expect(imported(page).catalog.company.name).toBe('Quantilo')
  })
})
