// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import { imported, importedTeam } from '../../fixtures/guides'

/**
 * A page titled by a tool (session 22, from the form handbooks' tool pages and runbooks take: "#
 * Zendesk" over how to get a seat, its macros and integrations, read as one team called after the
 * tool): the page is about the tool, and its team is the one the text says looks after it.
 */
describe('a page titled by a tool', () => {
  it('reads the team the text names, not the tool, as the page team', () => {
    const team = importedTeam(`# Trello

Trello is the board our field agents use to track site visits. The Field Systems team
administers it and owns its configuration.

## Getting a seat

Ask in #field-tools for a seat.

## Board templates

- Copy the visit template for each region.
- Archive boards every quarter.
`)
    expect(team.name).toBe('Field Systems')
  })

  it('gives no team when the text names none', () => {
    const result = importGuide(
      `# Trello

Trello is the board our field agents use to track site visits.

## Getting a seat

Ask in #field-tools for a seat.

## Board templates

- Copy the visit template for each region.
`,
      { file: 'guide.md' }
    )
    expect(result.ok).toBe(false)
  })

  it('keeps a page whose text calls the tool-named title a team', () => {
    const team = importedTeam(`# Android

The Android team builds the field app for Android phones.

## What we own

- The field app for Android
- The Android release train
`)
    expect(team.name).toBe('Android')
  })

  it('keeps a title the dictionary does not know', () => {
    const plan = imported(`# Fieldwork

Fieldwork builds the board our agents use to track site visits.

## What we own

- The visit board
- The visit planner
`)
    expect(plan.catalog.divisions.flatMap((d) => d.teams ?? []).map((t) => t.name)).toEqual([
      'Fieldwork'
    ])
  })
})
