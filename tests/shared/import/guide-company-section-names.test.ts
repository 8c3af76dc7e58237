// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * "## Risk" over "Risk builds fraud models": a name the page heads one of its sections with is
 * one of its units, not the company, however its sentences make it their subject (session 18,
 * h121). Names and wordings here are invented.
 */
const company = (markdown: string): string =>
  imported(markdown, { file: 'README.md' }).catalog.company.name

describe("a section's own name", () => {
  it('is not the company when a sentence opens with it and a verb', () => {
    expect(
      company(`# Engineering

## Payments

Payments owns card processing and payouts.

## Risk

Risk builds fraud models and reviews.
`)
    ).toBe('Company')
  })

  it('is not the company when its sentences say what it has', () => {
    expect(
      company(`# How we are organized

### Ledger

Ledger keeps the books. Ledger has four engineers.

### Onboarding

Onboarding runs merchant sign-up.
`)
    ).toBe('Company')
  })

  it('is the company still where the page writes it as one', () => {
    expect(
      company(`# Engineering

## Payments

Payments owns card processing at Quayside.

## Risk

Risk builds fraud models and reviews.
`)
    ).toBe('Quayside')
  })
})
