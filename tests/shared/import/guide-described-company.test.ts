// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * A handbook page whose front matter's description is its title with the company's name before
 * it. Written in that style, with made-up names, from the opened sixteenth set (tests/corpus
 * README, "Session 20"); it fails without its rule.
 */

describe("a front matter description that is the title after the company's name", () => {
  it('names the company', () => {
    const plan = imported(`---
title: "Platform Team Organization"
description: "Northwind Platform Team Organization"
---

## Platform Team Organization

The Platform Team is organized in the following way:

1. **[Hosting](/handbook/platform/#hosting):** Run the clusters.
1. **[Build Tools Team](/handbook/platform/#build-tools):** Run the build farm.

Each Key Result is tracked in the OKR Project.
`)
    expect(plan.catalog.company.name).toBe('Northwind')
  })
})
