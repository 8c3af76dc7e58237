// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams, teamPaths } from '../../fixtures/imported-catalog'

/**
 * Governance pages that list their teams as bold-label bullets (issue 14, h52's check pages read
 * once, h54's round). Each fixture is written in the style of those pages, not copied from them,
 * and fails without its rule.
 */

const GOVERNANCE = `---
title: 'Governance'
---

<a id="governance"></a>

# Governance

This document outlines how the Quantilo community makes decisions.

<a id="teams"></a>

## Teams & Roles

Here are the teams taking part in Quantilo's work.

* **release:** The release team cuts every release and keeps the changelog.
* **triage:** The triage team labels new issues and closes duplicates.
* **maintainers:** A maintainer manages one or more repositories.
* **emeritus-release:** Release members who stepped back keep their vote.
`

describe('a governance page titled "Governance" over its bold-label teams', () => {
  it('reads its H1 after HTML anchors as the title, and the title as the page, not a unit', () => {
    expect(teamPaths(imported(GOVERNANCE).catalog)).toEqual([
      'Engineering > release',
      'Engineering > triage'
    ])
  })

  it('reads an "emeritus-…" label as people who stepped back, not a team', () => {
    const names = fileTeams(imported(GOVERNANCE).catalog).map((team) => team.name)
    expect(names).not.toContain('emeritus-release')
  })
})
