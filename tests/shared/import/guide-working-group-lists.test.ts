// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

function structure(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog)
}

describe('a bare "Working Groups" heading on a page titled for its working groups', () => {
  it('reads every section under it as a group, however short its charter summary', () => {
    expect(
      structure(`# Committees and Working Groups of the Fernbrook Project

The project's work beyond its code is carried out by committees and working groups.

## Committees

### Finance

Charter Summary: Approve the yearly budget and report on spending.

### Ethics

Charter Summary: Review complaints and decide on them.

## Working Groups

### Translation

Charter Summary: Translate the user guides into every language the users ask for.

### Outreach Strategy

[Charter](charters/outreach.md) Summary: Plan the talks, posts and meetups of the year.

### Packaging

Charter Summary: Keep the installers current on every platform.
`)
    ).toEqual([
      'Engineering > Translation',
      'Engineering > Outreach Strategy',
      'Engineering > Packaging'
    ])
  })
})
