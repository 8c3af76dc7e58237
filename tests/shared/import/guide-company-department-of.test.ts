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

  // From the opened twenty-second set (a university centre's profile on its code host).
  it('names the body whole when the text names it after "at the University of"', () => {
    const plan = imported(`# Welcome to RSEC's GitHub Organization

The Research Software Engineering Center (RSEC) at the University of Eastvale works with
researchers to build robust software. Read more on [our site](https://rsec.eastvale.edu/),
[the center's blog](https://blog.eastvale.edu/rsec) and [news](https://news.eastvale.edu/).

## Projects

### Tide gauge (tidekit)

A toolkit for tide gauges, written in Python.
`)
    expect(plan.catalog.company.name).toBe('University of Eastvale')
  })

  it('leaves a place after "State of" alone ("the State of Eastvale")', () => {
    const plan = imported(`# Data Team

The Data team at Acme builds open data for the State of Eastvale.
`)
    expect(plan.catalog.company.name).toBe('Acme')
  })
})
