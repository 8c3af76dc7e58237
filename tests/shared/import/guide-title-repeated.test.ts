// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A department's handbook page whose first heading repeats its front matter's title over the
 * list of its teams. Written in that style, with made-up names, from the opened sixteenth set
 * (tests/corpus README, "Session 20"); it fails without its rule.
 */

const PAGE = `---
title: "Platform Team Organization"
---

---

## Platform Team Organization

The Platform Team Organization model is guided by two needs:

1. The need for **reliable hosting** for every product.
1. The need for **fast builds**.

Based on these needs, the Platform Team is organized in the following way:

1. **[Hosting](/handbook/platform/#hosting-team):** Run the clusters the products deploy to.
1. **[Build Tools Team](/handbook/platform/#build-tools-team):** **Center of Excellence** for builds
1. **[Observability Team](/handbook/platform/):** Help every team see its services' health.

## Platform Team Operating Model

The Platform Team plans its work in quarterly Key Results. Each Key Result has a DRI, who:

1. Writes the plan.
2. Schedules the work.

## Platform Career Development

- [Site Reliability Engineer Job Family](/job-families/sre/)
`

describe("a heading repeating the page's title", () => {
  it("names the page's unit again: its teams are that unit's, no level below it", () => {
    expect(teamPaths(imported(PAGE).catalog)).toEqual([
      'Platform Team > Hosting',
      'Platform Team > Build Tools Team',
      'Platform Team > Observability Team'
    ])
  })

  it('leaves a heading naming another unit a level of its own', () => {
    const other = PAGE.replace('## Platform Team Organization', '## Runtime Team Organization')
    expect(teamPaths(imported(other).catalog)[0]).toBe(
      'Platform Team > Runtime Team Organization > Hosting'
    )
  })
})

describe('"Operating Model"', () => {
  it('is how the unit works, a process, not one more team beside its teams', () => {
    const names = teamPaths(imported(PAGE).catalog).map((path) => path.split(' > ').at(-1))
    expect(names).not.toContain('Platform Team Operating Model')
  })
})
