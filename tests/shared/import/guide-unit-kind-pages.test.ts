// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules from the opened held-out pages of session 12 (issue 14/15, helper h73): pages that list
 * an organization's units under a word for their kind ("Departments") or name them in the
 * title's words. Each page is made up in the style of those pages, not copied from them; each
 * test fails without its rule.
 */

/** The catalog's teams as "Division > … > Team", the made-up "Engineering" division left in. */
function structure(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog)
}

describe('a page titled by a kind of unit in the plural', () => {
  it('reads the linked headings under "# Departments" as the units it lists, not one team’s parts', () => {
    const page = `# Departments

Brightwater Analytics is organized into the departments below; some have their own handbook folder.

## [Research](../research)


## [Field Operations](../field-ops)


## [Finance](../finance)
`
    expect(structure(page)).toEqual([
      'Engineering > Research',
      'Engineering > Field Operations',
      'Engineering > Finance'
    ])
  })
})

describe('a title that names the team as a subject beside another', () => {
  it('reads "Team & Culture" as no team, so the teams listed under "## Teams" are the page’s', () => {
    const page = `---
title: "Team & Culture"
description: "How the Larkspur project is run"
---

## Teams

The teams that keep the Larkspur project going.

### Release Team

{{% people-list group="release" %}}

### Docs Team

{{% people-list group="docs" %}}

## Culture

We value kindness, written decisions and small pull requests.
`
    expect(structure(page)).toEqual(['Engineering > Release Team', 'Engineering > Docs Team'])
  })
})
