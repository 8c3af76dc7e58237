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
})
