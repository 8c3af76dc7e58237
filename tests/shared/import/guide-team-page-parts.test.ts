// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A one-team page's own parts (issue 14, helper h49, from h42's check errors): "Where to find
 * us", "Roadmaps", "General team overview" over "Product outline". They describe the team the
 * page is about; they are not teams under a unit. Fixture in that style, not copied.
 */
function structure(markdown: string): string[] {
  return teamPaths(imported(markdown).catalog)
}

describe('parts of a one-team page', () => {
  it('reads "Where to find us", "Roadmaps" and "Product outline" as the team’s parts', () => {
    const paths = structure(`# Parcel tracking in brief

**Last updated: March 3, 2024**

## Where to find us

- Issue label: parcel-tracking
- Chat: [#parcel-tracking](https://chat.example.org/parcel-tracking)

## General team overview

### [Team charter](https://example.org/parcel/charter.md)
### [Product outline](https://example.org/parcel/outline.md)

## Team

|Name|Role|
|----|----|
|Ines Moro|Product manager|
|Kai Berg|Engineer|

## [Roadmaps](https://example.org/parcel/roadmap)

- [Courier app roadmap](https://example.org/parcel/roadmap/courier.md)
- [Label printing roadmap](https://example.org/parcel/roadmap/labels.md)
`)
    expect(paths.join('\n')).not.toMatch(/Where to find us|Roadmaps|Product outline/u)
    expect(paths).toHaveLength(1)
  })
})
