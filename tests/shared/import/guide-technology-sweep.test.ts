// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * Technology rules found by h30's sweep of real team pages outside the corpus (issue 15,
 * 2026-12-05: Rust's infrastructure service catalog, GitLab's Data Access and Database Operations
 * pages, GOV.UK PaaS's team manual). Each fixture is written in the style of the swept pages,
 * not copied from them, and fails without its rule.
 */

/** Every technology of each team: its stack, its mentions and its projects'. */
function technologies(markdown: string): Record<string, string[]> {
  return Object.fromEntries(
    fileTeams(imported(markdown).catalog).map((team) => [
      team.name,
      [
        ...new Set([
          ...(team.stack ?? []),
          ...(team.mentions ?? []),
          ...(team.projects ?? []).flatMap((project) => project.technologies ?? [])
        ])
      ].sort()
    ])
  )
}

describe("a team's own name said as its name", () => {
  const page = `---
title: Storage Sub Department
---

## Vision

Give other groups well-designed ways to store and read data.

## All Team Members

The following people are members of teams that belong to the Storage Sub-department:

### Registry

The [Registry](/handbook/storage/registry/)
team builds and maintains the container image service of the product.

{{< team-by-manager-slug manager="adoe" >}}

### Git

The [Git](/handbook/storage/git/) team develops Git and integrates it into the product.

{{< team-by-manager-slug manager="bdoe" >}}
`
  it('is the team, not a technology, while the text still names what the team works on', () => {
    expect(technologies(page)).toEqual({ Registry: [], Git: ['Git'] })
  })

  it('is read so for a technology the dictionary knows as well', () => {
    const gitaly = page.replace(/Registry/gu, 'Gitaly')
    expect(technologies(gitaly).Gitaly).toEqual([])
  })
})
