// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importedTeam } from '../../fixtures/guides'

/**
 * A list introduced as the cases where something applies (sessions 11 and 12, helpers h63's and
 * h75's sweeps: two group pages' "All work is public. Some exceptions apply:" over "Work has
 * legal implications" and three more made eight projects): exceptions and conditions, never
 * projects. Fixture written in that style, not copied.
 */
describe('lists of exceptions and conditions in a team page', () => {
  it('makes no projects of a list introduced by "exceptions apply:" or "if …requires:"', () => {
    const found = importedTeam(`# Harbor team

The Harbor team builds the container images of Velda Systems.

## Open by default

All our issues are public. Some exceptions apply:

- Work touches customer data
- Work is under embargo

## Early warning

Tell the Harbor team a release ahead if your change requires:

- A new system package in the Debian base image
- A new build flag

## Current projects

- Slim base images
`)
    expect(found.projects.map((project) => project.title)).toEqual(['Slim base images'])
    expect(found.mentions).toContain('Debian')
  })
})
