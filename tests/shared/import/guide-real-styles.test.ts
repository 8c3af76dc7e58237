// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules found on real team guides (tests/corpus, dev split): each fixture is written in the style
 * of those documents, not copied from them, and fails without its rule.
 */

describe('team lists written as plain bullets', () => {
  it('reads "Teams and …" and "… teams list" headings as the team list', () => {
    const plan = imported(`# Acme

## Teams and Handbook Pages

- Billing
- Search

## Small Teams list

- Checkout
`)
    expect(teamPaths(plan.catalog)).toEqual(['Acme > Billing', 'Acme > Search', 'Acme > Checkout'])
  })

  it('reads a plain name with its scope in parentheses as a team', () => {
    const plan = imported(`## Small teams

* Core Experience (trends, retention, funnels)
* Marketing (includes website)
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Core Experience',
      'Engineering > Marketing'
    ])
    expect(plan.catalog.divisions[0].teams[0].summary).toContain('trends, retention, funnels')
  })

  it('reads "Name - [handbook](…)" bullets, nested under a stage, as teams in a group', () => {
    const plan = imported(`---
title: Ops Sub-department
---

## Teams

- Verify stage - [handbook](https://example.test/verify/)
  - Runner - [handbook](https://example.test/runner/), [jtbd](https://example.test/runner/jtbd/)
  - CI Platform - [handbook](https://example.test/ci/)
- Deploy stage
  - Environments - [handbook](https://example.test/env/), jtbd
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Ops > Verify stage > Runner',
      'Ops > Verify stage > CI Platform',
      'Ops > Deploy stage > Environments'
    ])
    const runner = plan.catalog.divisions[0].groups![0].teams[0]
    expect(runner.links.map((link) => link.url)).toContain('https://example.test/runner/')
  })
})
