// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { onlyTeam } from '../../fixtures/imported-catalog'

/**
 * A working group's page listing the people who volunteered for it, some with the tools each
 * works on. Written in that style, with made-up names, from the opened sixteenth set
 * (tests/corpus README, "Session 20"); it fails without its rule.
 */

describe('"Initial list of volunteers"', () => {
  it("lists the team's people, not its projects", () => {
    const team = onlyTeam(
      imported(`# Shipping Tools Working Group

## Mission Statement
Improve the tools for shipping the community's libraries.

## Deliverables
- A faster package index
- Better release scripts

## Initial list of volunteers
- Ana Silva (Kotlin, Gradle)
- Bo Lind (Maven)
- Chen Wu
`).catalog
    )
    expect(team.projects.map((project) => project.title)).toEqual([
      'A faster package index',
      'Better release scripts'
    ])
    expect(team.members).toBe(3)
  })
})
