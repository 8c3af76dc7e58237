// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamTechnologies } from '../../fixtures/imported-catalog'

/**
 * A team's page that explains how it records decisions, giving example choices in brackets.
 * Written in that style, with made-up names, from the opened sixteenth set (tests/corpus README,
 * "Session 20"); it fails without its rule.
 */

describe('a bracket of example choices ("e.g., Redis vs. Memcached")', () => {
  it('names what a decision might weigh, no technology the team mentions', () => {
    const plan = imported(`# Payments Team

The Payments team runs checkout and refunds on Kotlin services.

## Decision records

We document every important decision: a technology choice (e.g., Redis vs. Memcached), a
library (e.g. lodash versus ramda) or a feature.
`)
    expect(teamTechnologies(plan.catalog)['Payments Team']).toEqual(['Kotlin'])
  })

  it('keeps a bracket of examples that sets nothing against anything', () => {
    const plan = imported(`# Payments Team

The Payments team runs checkout and refunds on its services (e.g., Kotlin and Redis).
`)
    expect(teamTechnologies(plan.catalog)['Payments Team']).toEqual(['Kotlin', 'Redis'])
  })
})
