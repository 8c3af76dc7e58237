// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

describe('an issue tracker\'s scale under a "Priority" or "Severity levels" heading', () => {
  it('defines levels, no units or teams', () => {
    expect(
      teamPaths(
        imported(`# Lanternfish Maintainers

## Teams

* **Parser**: the grammar and the parser
* **Cache**: the remote cache

## Priority

* [**P0**](https://example.org/labels/P0) - Broken functionality that blocks a release.
* [**P1**](https://example.org/labels/P1) - A serious issue to fix in the next release.
* [**P2**](https://example.org/labels/P2) - A defect we do not work on yet.

## Severity levels

* **S1**: the service is down for everyone
* **S2**: a feature is down for some users
`).catalog
      )
    ).toEqual(['Engineering > Parser', 'Engineering > Cache'])
  })

  it('leaves a heading per level ("### [P0](…)") no team, each with its text and examples', () => {
    const page = `# Quillmark Build Team Triage

The build sub-team owns the shared build infrastructure.

## Priorities

### [P0](https://example.org/issues?q=label%3AP0)

An emergency with no workaround: nothing else is worked on.

- Nothing can be merged

### [P1](https://example.org/issues?q=label%3AP1)

An important change for the team's productivity.

- Presubmits are slow

### [Sev 2](https://example.org/issues?q=label%3Asev2)

A change we agree with but have no time for.

- A flaky dashboard graph
`
    expect(teamPaths(imported(page).catalog)).toEqual(['Engineering > Quillmark Build'])
  })
})
