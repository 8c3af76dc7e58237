// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A staff page of domains, each section filled in from one template: "Responsibilities:" over a
 * list, "Roles:" over the people who hold them (session 16, from the per-document diagnosis of
 * the worn held-out set 12). Fixtures in that style, not copied.
 */
const STAFF_PAGE = `# Staff

The staff of the Harbor Foundation carry out the work the members agree on.

## Domains

### Chair

Responsibilities:

* speaks for the foundation

Roles:

* Chair: Ada Moss

### Library stewardship

Responsibilities:

* Library reviews
* Incubation of new libraries

Roles:

* Coordinator: Omar Vidal
* Stewards: Rita Sand, Leo Park

### Communications

Responsibilities:

* Newsletter and events
* Member communications

Roles:

* Coordinator: Ines Roy
* Illustrator: Tom Ash

### Operations

Responsibilities:

* Hiring and finances
* Office and tools

Roles:

* Coordinator: Mia Holt

### Membership

Responsibilities:

* Member relations
* Onboarding of members

Roles:

* Coordinator: Omar Vidal

## Role qualifiers

### Coordinator

A coordinator makes sure the domain can reach its goals, by:

* coordinating the specialists of the domain
* managing contractors

### Chief

A chief is a manager with signing power.
`

describe('sections filled in from one template', () => {
  const paths = teamPaths(imported(STAFF_PAGE).catalog)

  it('reads "Responsibilities:" alone over a list as the field a bold label would be', () => {
    expect(paths).toContain('Domains > Library stewardship')
    expect(paths).toContain('Domains > Operations')
  })

  it('reads "Roles:" over its people as the team\'s people, each person once, no project', () => {
    const { catalog } = imported(STAFF_PAGE)
    const team = catalog.divisions
      .flatMap((division) => division.teams)
      .find((found) => found.name === 'Library stewardship')
    expect(team?.projects).toEqual([])
    expect(team?.responsibilities).toEqual(['Library reviews', 'Incubation of new libraries'])
    expect(team?.members).toBe(3)
  })

  it('reads a section named by a process word as a team when it has the fields of the teams beside it', () => {
    // "Communications" alone is how a page says how to reach it; among domains written alike it
    // is one of them.
    expect(paths).toContain('Domains > Communications')
  })

  it('reads no role, officer or definition of a role as a team, and "Staff" as no unit', () => {
    expect(paths).toHaveLength(4)
    expect(paths.join('\n')).not.toMatch(/Chair|Coordinator|Chief|Role qualifiers|Staff/u)
  })
})

describe('a label alone is a field only when it is a label', () => {
  it('keeps a skipped heading skipped when its fields are not the teams’ template', () => {
    const paths = teamPaths(
      imported(`# Harbor Engineering

## Teams

### Docking

Responsibilities:

* the docking engine

Roles:

* Lead: Ada Moss

### Relay

Responsibilities:

* the relay network

Roles:

* Lead: Omar Vidal

### Communications

How to reach us:

* Chat: #harbor

Office hours:

* Tuesdays
`).catalog
    )
    expect(paths).toEqual(['Engineering > Docking', 'Engineering > Relay'])
  })
})

describe('a section written from the table every team has', () => {
  it('is a team though its heading names a process ("Project Management")', () => {
    const table = (lead: string) => `| Slack | GitHub | Role |
| --- | --- | --- |
| @${lead} | [@${lead}](https://github.com/${lead}) | Lead |
`
    const paths = teamPaths(
      imported(`# Harbor Teams

### Project Management

${table('ada')}
### Infrastructure (\`#team-infra\`)

${table('omar')}
### Backend (\`#team-backend\`)

${table('rita')}
### Frontend (\`#team-frontend\`)

${table('leo')}`).catalog
    )
    expect(paths.map((path) => path.split(' > ').pop())).toEqual([
      'Project Management',
      'Infrastructure',
      'Backend',
      'Frontend'
    ])
  })
})

describe('two teams written from one template of field labels', () => {
  it('are enough to read a process-named section written so as one more team', () => {
    const section = (name: string, duty: string, person: string) => `### ${name}

Responsibilities:

- ${duty}

Roles:

- Coordinator: ${person}
`
    const paths = teamPaths(
      imported(`# Staff

The staff of the Lumen Foundation run the programs the board approves.

## Programs

${section('Grants', 'Grant reviews', 'Mia Holt')}
${section('Communications', 'Newsletter', 'Ines Roy')}
${section('Events', 'Annual summit', 'Tom Ash')}`).catalog
    )
    expect(paths).toEqual(['Programs > Grants', 'Programs > Communications', 'Programs > Events'])
  })
})
