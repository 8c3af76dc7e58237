// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importedTeam } from '../../fixtures/guides'

/**
 * Aims a team page gives under "Actions" beside its vision, or introduces by "We strive to:"
 * (session 12, helper h75's sweep: a team page's five "Actions" and a group page's ten promises
 * to the community became projects, the latter introduced by "We strive for the following in
 * our public projects:"): they say what the team works toward, not its projects. Fixture written
 * in that style, not copied.
 */
describe('aims said by an "Actions" heading or by the introduction of a list', () => {
  it('makes no projects of actions toward a vision or of lists introduced as aims', () => {
    const found = importedTeam(`# Atlas team

The Atlas team builds the map tiles of Norrow Maps.

## Vision

Every map loads before the reader notices.

## Actions

- Measure tile latency everywhere
- Keep experimenting with caching

## Community

We strive for the following in our public projects:

1. Answer every issue within a week
2. Thank each contributor by name

Beyond that, we aim to:

- Publish our Grafana dashboards

## Current projects

- Vector tile renderer
`)
    expect(found.projects.map((project) => project.title)).toEqual(['Vector tile renderer'])
    expect(found.mentions).toContain('Grafana')
  })

  it('still reads "The projects we are working on:" as projects', () => {
    const found = importedTeam(`# Atlas team

The Atlas team builds the map tiles of Norrow Maps.

## Community

The projects we are working on with the community:

- Open tile styles
`)
    expect(found.projects.map((project) => project.title)).toEqual(['Open tile styles'])
  })
})
