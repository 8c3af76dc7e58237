// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * A roster: a heading per team over its people (session 17, the lead's own pages: "## Sync" was
 * read as a meeting and left out, and the title's "roster" named the company).
 */
const ROSTER = `---
title: Engineering roster
---

# Engineering roster

## Editor
- Maya Chen (Engineering Manager)
- Tom Reyes (Senior Engineer)

## Sync
- Omar Haddad (Tech Lead)
- Ji-woo Kim (Engineer)

## Infrastructure
- Lina Park (SRE)
- Sam Ortiz (SRE)
`

describe('a roster of teams', () => {
  it('keeps a team whose name is also a part word, listed as the others are', () => {
    const teams = fileTeams(imported(ROSTER).catalog)
    expect(teams.map((team) => [team.name, team.lead?.name, team.members])).toEqual([
      ['Editor', 'Maya Chen', 2],
      ['Sync', 'Omar Haddad', 2],
      ['Infrastructure', undefined, 2]
    ])
  })

  it('names no company "roster"', () => {
    const { catalog, notes } = imported(ROSTER)
    expect(catalog.company.name).not.toMatch(/roster/iu)
    expect(notes.some((note) => /does not name the company/u.test(note.message))).toBe(true)
  })
})
