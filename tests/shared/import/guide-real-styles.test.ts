// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules found on real team guides (tests/corpus, dev split): each fixture is written in the style
 * of those documents, not copied from them, and fails without its rule.
 */

describe('team lists written as plain bullets', () => {
  it('reads "Teams and …" and "… teams list" headings as the team list', () => {
    const plan = imported(`# Acme

## Teams and Handbook Pages

- Billing
- Search

## Small Teams list

- Checkout
`)
    expect(teamPaths(plan.catalog)).toEqual(['Acme > Billing', 'Acme > Search', 'Acme > Checkout'])
  })

  it('reads a plain name with its scope in parentheses as a team', () => {
    const plan = imported(`## Small teams

* Core Experience (trends, retention, funnels)
* Marketing (includes website)
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Core Experience',
      'Engineering > Marketing'
    ])
    expect(plan.catalog.divisions[0].teams[0].summary).toContain('trends, retention, funnels')
  })

  it('reads "Name - [handbook](…)" bullets, nested under a stage, as teams in a group', () => {
    const plan = imported(`---
title: Ops Sub-department
---

## Teams

- Verify stage - [handbook](https://example.test/verify/)
  - Runner - [handbook](https://example.test/runner/), [jtbd](https://example.test/runner/jtbd/)
  - CI Platform - [handbook](https://example.test/ci/)
- Deploy stage
  - Environments - [handbook](https://example.test/env/), jtbd
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Ops > Verify stage > Runner',
      'Ops > Verify stage > CI Platform',
      'Ops > Deploy stage > Environments'
    ])
    const runner = plan.catalog.divisions[0].groups![0].teams[0]
    expect(runner.links.map((link) => link.url)).toContain('https://example.test/runner/')
  })
})

describe('department titles', () => {
  it('reads a "Sub Department" title spelled with a space as the division it names', () => {
    const plan = imported(`---
title: Data Access Sub Department
---

### Database Operations

The Database Operations team owns the PostgreSQL fleet.

### Durability

The Durability team maintains backups and restores.
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Data Access > Database Operations',
      'Data Access > Durability'
    ])
  })
})

describe('headings whose words say "not a team" over sections that are teams', () => {
  it('reads a heading of people over teams as no unit: its teams belong to the unit above', () => {
    const plan = imported(`---
title: Data Sub-department
---

## Vision

Data access that stays fast as it grows.

## All Team Members

The following people are members of teams of the sub-department:

### Storage

The Storage team maintains the object store.

### Backups

The Backups team owns restores.
`)
    expect(teamPaths(plan.catalog)).toEqual(['Data > Storage', 'Data > Backups'])
  })

  it('skips a qualified body of people ("Emeritus Leaders") even when its text says what they owned', () => {
    const plan = imported(`# Acme Groups

## [Network](https://example.test/network)

The Network group owns the service mesh.

- Mesh v2

## [Storage](https://example.test/storage)

The Storage group owns the volume drivers.

- CSI drivers

## Emeritus Leaders

We thank the people who led and were responsible for these groups:

- Ada, Grace
`)
    expect(teamPaths(plan.catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Network',
      'Storage'
    ])
  })

  it('reads working groups with a charter each as the teams, and a plain list of them as no team', () => {
    const chartered = imported(`# Runtime Working Groups

## Current Working Groups

### [Website](https://example.test/website)

The website working group's purpose is to build and maintain the public site.

Its responsibilities are:
* Maintain the build of the site.

### [Streams](https://example.test/streams)

The streams working group is responsible for the Streams API.

Its responsibilities are:
* Review changes to streams.
`)
    expect(teamPaths(chartered.catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Website',
      'Streams'
    ])
    const listed = imported(`# Acme

## Payments

The Payments team owns card processing.

- Payouts

## Working Groups

- Batch: time-bounded, owned by Payments
- Release: time-bounded, owned by Payments
`)
    expect(teamPaths(listed.catalog).map((path) => path.split(' > ').pop())).toEqual(['Payments'])
  })
})

describe('the organization the text and its links name', () => {
  const links = `
See [our site](https://about.initech.test/teams), [the chat](https://initech.slack.com/archives/C1),
[the code](https://github.com/initech/platform) and [the list](https://groups.google.com/g/initech-dev).
Initech builds things; Google Groups hosts our list.
`

  it('takes the company from the name the text uses and the links name, trimming a title to it', () => {
    const teams = '\n## Search\n\nThe Search team owns search.\n\n- Ranking v2\n'
    expect(imported(`${links}${teams}`).catalog.company.name).toBe('Initech')
    expect(imported(`# Initech Working Groups\n${links}${teams}`).catalog.company.name).toBe(
      'Initech'
    )
    // Without the links, the title alone decides: "Working Groups" are the page's own words.
    expect(imported(`# Initech Working Groups\n${teams}`).catalog.company.name).toBe('Initech')
  })

  it("never pairs a team with the company's own name", () => {
    const plan = imported(`# Node.js Working Groups

See [the TSC](https://github.com/nodejs/TSC), [the site](https://github.com/nodejs/website) and
[the images](https://github.com/nodejs/docker-node).

## Current Working Groups

### [Docker](https://github.com/nodejs/docker-node)

The Docker working group's purpose is to build and maintain official Docker images for Node.js.

Their responsibilities are:
* Keep the Docker images updated with new Node.js releases.

### [Streams](https://github.com/nodejs/readable-stream)

The Streams working group maintains the Streams API of Node.js and npm.

Their responsibilities are:
* Review changes to streams in Node.js.
`)
    expect(plan.catalog.company.name).toBe('Node.js')
    const technologies = plan.catalog.divisions.flatMap((division) =>
      division.teams.map((team) => [team.name, [...team.stack, ...team.mentions].sort()])
    )
    expect(technologies).toEqual([
      ['Docker', ['Docker']],
      ['Streams', ['npm']]
    ])
    expect(plan.notes.map((note) => note.message)).toContain(
      '"Node.js" is the company\'s own name: not made a technology of its teams'
    )
  })
})

describe('a guide that lists its teams', () => {
  it('reads a section elsewhere that is not in the list, links nowhere and is not called a team as no team', () => {
    const plan = imported(`---
title: Ops Sub-department
---

## Teams

- Runner
- Environments

## Planning exercise

Each team estimated its sustaining work for the year.

### Sustaining work

Sustaining work is what the teams work on to keep the lights on:

- \`bug::availability\`
- \`bug::performance\`

## Escalations

### Customers on dedicated instances

When teams are asked to triage requests, follow these steps:

1. Create an access request.
1. Assign it to the manager.
`)
    expect(teamPaths(plan.catalog)).toEqual(['Ops > Runner', 'Ops > Environments'])
    expect(plan.guessed).toBe(true)
  })
})

describe('a guide writes its teams alike', () => {
  const names = (markdown: string): string[] =>
    teamPaths(imported(markdown).catalog).map((path) => path.split(' > ').pop()!)

  it('reads a section named with a skip word but linked like its sibling teams as a team', () => {
    expect(
      names(`# Org chart

## [Engineering](https://example.test/eng)

Run by the VP of Engineering.

## [Legal](https://example.test/legal)

Run by the General Counsel.

## [Business Operations & Strategy](https://example.test/bizops)

Run by the Director of Analytics.
`)
    ).toEqual(['Engineering', 'Legal', 'Business Operations & Strategy'])
  })

  it('reads a section with the same sub-headings as its sibling teams as a team', () => {
    const team = (name: string) =>
      `### ${name}\n#### Chairs\n| Name |\n|---|\n| [Ada](https://example.test/ada) |\n#### Tech Leads\n| Name |\n|---|\n| [Lin](https://example.test/lin) |\n`
    expect(
      names(
        `# Acme Advisory Groups\n\n## Group Leadership\n\n${team('Network')}${team('Contributor Strategy')}${team('Storage')}`
      )
    ).toEqual(['Network', 'Contributor Strategy', 'Storage'])
  })

  it('reads a section with one sign of a team, written unlike its linked sibling teams, as no team', () => {
    expect(
      names(`# Engineering Ownership

## [Search](https://example.test/search)

### General

- Ranking and indexing

## [Delivery](https://example.test/delivery)

### General

- Deployment tooling

## Owners files

Owners files work like the CODENOTIFY files we use:

- An OWNERS file can appear in any directory.
- Owners files are recursive.
`)
    ).toEqual(['Search', 'Delivery'])
  })
})

describe('linked headings', () => {
  it("names a team by its heading's link when a remark in parentheses follows it", () => {
    const plan = imported(`# Engineering Ownership

## [Delivery](https://example.test/delivery) (and Delivery Tiger Team)

### General

- Deployment methods

## [Search](https://example.test/search)

### General

- Ranking
`)
    expect(teamPaths(plan.catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Delivery',
      'Search'
    ])
  })
})

describe('tooling lists', () => {
  const tooling = (items: string) =>
    imported(`## [Developer Experience](https://example.test/devx)

The Developer Experience team owns CI.

### Tooling

${items}
`).catalog.divisions[0].teams[0].stack

  it('keeps a name said again with a product word after it ("Github and Github Applications")', () => {
    expect(tooling('- Github and Github Applications\n- Buildkite')).toEqual(
      expect.arrayContaining(['GitHub', 'Buildkite'])
    )
  })

  it('reads an unknown phrase with a lowercase word as a description, not a technology', () => {
    expect(tooling('- Monitoring generator\n- Buildkite')).toEqual(['Buildkite'])
  })

  it("reads a tool linked to the organization's own pages as in-house, not a technology", () => {
    expect(tooling('- [sg](../tools/sg/index.md)\n- Buildkite')).toEqual(['Buildkite'])
  })
})

describe('technologies in addresses', () => {
  it('finds no technology in a host name or a repository path', () => {
    const plan = imported(`## [Code Intelligence](https://example.test/codeintel)

The Code Intelligence team owns precise navigation.

### Repositories

- lsif/lsif.github.io
- sourcegraph/lsif-go
`)
    const team = plan.catalog.divisions[0].teams[0]
    expect([
      ...team.stack,
      ...team.mentions,
      ...team.projects.flatMap((p) => p.technologies)
    ]).toEqual([])
  })
})

describe('headings that are no team by their words', () => {
  it('skips template placeholders and instructions to the reader', () => {
    const plan = imported(`# Acme Engineering

## Payments

The Payments team owns card processing.

- Payouts

## Search

The Search team owns ranking.

- Ranking v2

## Other teams: TODO

Not all teams are listed here yet.

## [insert team name] Team

The team owns the area it was chartered for.

- Its first project

## How to edit

This page is generated; to add a team:

1. Edit the data file.
2. Open a pull request.

## Starting a team

A team starts by writing down what it owns:

- A charter
- Three members
`)
    expect(teamPaths(plan.catalog)).toEqual(['Engineering > Payments', 'Engineering > Search'])
    expect(plan.notes.map((note) => `${note.line} ${note.message}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^15 skipped "Other teams: TODO": reads as a template placeholder/),
        expect.stringMatching(/^25 skipped "How to edit": reads as instructions to the reader/)
      ])
    )
  })
})

describe('the linked organization is a guess that stronger evidence overrides', () => {
  const k8sLinks =
    'We run on [Kubernetes](https://kubernetes.io/docs/), see [the API](https://kubernetes.io/docs/reference/), [kubectl](https://github.com/kubernetes/kubectl) and [the charts](https://github.com/kubernetes/charts).\n'

  it('keeps a title that names the organization over a name the links give', () => {
    const plan = imported(
      `# Acme Engineering Handbook\n\n${k8sLinks}\n## Platform\n\nThe Platform team owns the clusters on Kubernetes.\n\n- Upgrades\n`
    )
    expect(plan.catalog.company.name).toBe('Acme')
    expect(plan.catalog.divisions[0].teams[0].mentions).toContain('Kubernetes')
  })

  it("keeps the company's name in a team's stack list, which says it outright", () => {
    const plan = imported(
      `${k8sLinks}\n## Platform\n\nThe Platform team owns the clusters.\n\n### Tech stack\n\n- Kubernetes\n- Go\n`
    )
    expect(plan.catalog.company.name).toBe('Kubernetes')
    expect(plan.catalog.divisions[0].teams[0].stack).toEqual(['Kubernetes', 'Go'])
  })

  it("never pairs a team with the company's own products either, by the dictionary's families", () => {
    const plan = imported(
      `# Engineering

## Logs

The Logs team runs log storage for every service.

Stack: Grafana Loki, Kubernetes, Go
`,
      { companyName: 'Grafana Labs' }
    )
    const [team] = plan.catalog.divisions.flatMap((division) => division.teams)
    expect([...team.stack, ...team.mentions].sort()).toEqual(['Go', 'Kubernetes'])
    expect(plan.notes.map((note) => note.message)).toContain(
      '"Loki" is the company\'s own name: not made a technology of its teams'
    )
  })
})
