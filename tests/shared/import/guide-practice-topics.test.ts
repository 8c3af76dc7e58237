// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * An engineering department's page on how it works: "Best Practices" over a heading per topic
 * ("Code Review", "Testing", "Languages"), each a paragraph or two. The topics are written alike,
 * but alike sections under a heading of process are its topics, not teams (session 15).
 */
describe('sections written alike under a heading of process ("Best Practices")', () => {
  const page = `---
title: Engineering
description: Pebblework Engineering
---

## Best Practices

### Code Review

We review most changes, but we would rather move fast than wait for a review.

### Testing

We write tests once code has found its purpose. Senior engineers write the first ones.

### Languages

Where possible we use Kotlin for our services and Swift for the app.

### Open Source

We default to open source. Examples of when we keep code closed:

- Security features before they ship
- Experiments that might confuse customers

### Tips and tricks

#### Rebasing

Set up your local Git to rebase when you pull.

#### Editor setup

Tell your editor to skip the build directories.
`

  it('are its topics: the page is the one team it is about, not a team per topic', () => {
    const teams = fileTeams(imported(page).catalog)
    expect(teams.map((team) => team.name)).toEqual(['Engineering'])
    expect([...(teams[0].stack ?? []), ...(teams[0].mentions ?? [])]).toEqual(
      expect.arrayContaining(['Kotlin', 'Swift'])
    )
  })
})
