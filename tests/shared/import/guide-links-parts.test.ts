// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importedTeam } from '../../fixtures/guides'

/**
 * A team page's "Important links", "Quick resources" and "Useful browser bookmarks" parts (dev
 * corpus: a TTS team page's "Important links" and a Sourcegraph team page's "Quick Resources"
 * and bookmarks made 22 projects of dashboards, boards and docs): like "Useful links", they list
 * where things are, never projects. Fixture written in that style, not copied.
 */
describe('link parts of a team page', () => {
  it('makes no projects of important links, quick resources or bookmarks', () => {
    const found = importedTeam(`# Beacon team

The Beacon team builds the alerting service of Tessel.

## Quick resources

- [Alerting docs](https://example.com/docs) for support engineers
- [Usage dashboard](https://example.com/usage)

## Important links

- The [Beacon kanban board](https://example.com/board)
- Read [more about us](https://example.com/about)

## Useful browser bookmarks

- [New Beacon issue](https://example.com/new) (pre-fills labels)

## Mission

To page the right person, once, including:

- Routing by service ownership
- Quiet hours per team
`)
    expect(found.projects).toEqual([])
    expect(found.links.map((link) => link.label)).toContain('Beacon kanban board')
  })
})
