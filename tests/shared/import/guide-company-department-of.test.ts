// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * A public body's team README that names its body after "at": "the Data team at Rivertown
 * Department of Parks (DP)". Written in that style, with made-up names, from the opened
 * sixteenth set (tests/corpus README, "Session 20"); it fails without its rule.
 */

describe('"at Rivertown Department of Parks"', () => {
  it('names the whole body, its "of" and what follows included', () => {
    const plan = imported(`# Data Team

Primary repository for the Data team at Rivertown Department of Parks (DP). We build the
park map and its open data.
`)
    expect(plan.catalog.company.name).toBe('Rivertown Department of Parks')
  })

  it('leaves "of" after a name that is no body out ("at Acme of Everything")', () => {
    const plan = imported(`# Data Team

The Data team at Acme of Everything builds the park map.
`)
    expect(plan.catalog.company.name).toBe('Acme')
  })
})
