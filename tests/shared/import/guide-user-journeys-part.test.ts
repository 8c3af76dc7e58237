// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importedTeam } from '../../fixtures/guides'

/**
 * A team's "User journeys" part (dev corpus: an engineering ownership page gives each team its
 * "User journeys", 72 lines such as "Preview a changeset diff", all made projects): what users of
 * the team's product do with it, not projects; a technology they name is still mentioned.
 * Fixture written in that style, not copied.
 */
describe('user journeys of a team', () => {
  it('makes no projects of user journeys, use cases or user stories', () => {
    const found = importedTeam(`# Mosaic team

The Mosaic team builds the image editor of Pellet.

## User journeys

- Crop and rotate an image
- Export a layered image to a Figma file

## Use cases

- Batch-resize a folder of photos

## Projects

- Mosaic image pipeline
`)
    expect(found.projects.map((project) => project.title)).toEqual(['Mosaic image pipeline'])
    expect(found.mentions).toContain('Figma')
  })
})
