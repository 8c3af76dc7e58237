// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { loadCatalogText } from '../../../src/shared/catalog/load'
import type { CatalogFile, Group } from '../../../src/shared/catalog/schema'
import { importedCatalogYaml } from '../../../src/shared/import/catalog-yaml'
import type { ImportPlan, OutlineEntry } from '../../../src/shared/import/import-plan'
import { loadGuideText } from '../../../src/shared/sources/load-source'
import { importGuide } from '../../../src/shared/import/import-guide'
import { imported } from '../../fixtures/guides'
import { teamNamed } from '../../fixtures/imported-catalog'

type Team = CatalogFile['divisions'][number]['teams'][number]

/** Every team with the names of the units above it, outermost first. */
function teamPaths(plan: ImportPlan): { name: string; path: string[]; team: Team }[] {
  const out: { name: string; path: string[]; team: Team }[] = []
  const walk = (unit: { name: string; teams: Team[]; groups?: Group[] }, path: string[]) => {
    for (const team of unit.teams) out.push({ name: team.name, path, team })
    for (const group of unit.groups ?? []) walk(group, [...path, group.name])
  }
  for (const division of plan.catalog.divisions) walk(division, [division.name])
  return out
}

function flat(entries: OutlineEntry[]): OutlineEntry[] {
  return entries.flatMap((entry) => [entry, ...flat(entry.children)])
}

function entry(plan: ImportPlan, label: string): OutlineEntry {
  const found = flat(plan.outline).find((e) => e.label === label)
  if (!found) throw new Error(`no outline entry "${label}"`)
  return found
}

function notes(plan: ImportPlan, kind: string): string[] {
  return plan.notes
    .filter((note) => note.kind === kind)
    .map((note) => `${note.line} ${note.message}`)
}

/** The plan's catalog as `orgscope import` writes it, through the real loader. */
function reloads(plan: ImportPlan): boolean {
  return loadCatalogText(importedCatalogYaml(plan.catalog, 'guide.md'), 'guide.yaml').ok
}

const HANDBOOK = `---
title: "Acme Engineering Handbook"
description: "How we are organized"
---

## Platform

The platform division runs the infrastructure.

### Runtime

The Runtime team owns the scheduler and the container runtime.

#### Areas of ownership

- Scheduler
- Container runtime

#### Links

- [Runbook](https://runbook.acme.test)
- [Dashboard](https://grafana.acme.test)

### Storage

The Storage team maintains the object store.

- Backups v2
- Ceph migration

## How to reach us

- #eng-help on Slack

## Job families

- Backend Engineer
`

describe('importGuide reads a guide by what its sections hold', () => {
  const plan = imported(HANDBOOK)

  it('strips YAML front matter, takes the company from its title and keeps line numbers', () => {
    expect(plan.catalog.schemaVersion).toBe(2)
    expect(plan.catalog.company.name).toBe('Acme')
    expect(entry(plan, 'Platform')).toMatchObject({ line: 6, role: 'division' })
    expect(plan.catalog.divisions.map((d) => d.name)).toEqual(['Platform'])
    expect(teamPaths(plan).map((t) => t.name)).toEqual(['Runtime', 'Storage'])
    expect(JSON.stringify(plan.catalog)).not.toContain('title:')
  })

  it('skips contact and job-family sections and reports each at its line', () => {
    expect(entry(plan, 'How to reach us')).toMatchObject({ role: 'skip', line: 31 })
    expect(notes(plan, 'skipped')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^31 skipped "How to reach us": reads as contact or chat channels/),
        expect.stringMatching(/^35 skipped "Job families": reads as hiring or job families/)
      ])
    )
  })

  it('keeps areas of ownership as responsibilities and a list of links as links, never as projects', () => {
    const runtime = teamNamed(plan.catalog, 'Runtime')
    expect(runtime.responsibilities).toEqual(['Scheduler', 'Container runtime'])
    expect(runtime.links.map((link) => link.label)).toEqual(['Runbook', 'Dashboard'])
    expect(runtime.projects.map((project) => project.title)).toEqual([])
    expect(teamNamed(plan.catalog, 'Storage').projects.map((project) => project.title)).toEqual([
      'Backups v2',
      'Ceph migration'
    ])
  })

  it('gives every part of the outline a stable key, a role and a reason', () => {
    expect(entry(plan, 'Runtime')).toMatchObject({
      key: 'acme-engineering-handbook/platform/runtime',
      role: 'team',
      inferred: 'team'
    })
    expect(entry(plan, 'Areas of ownership')).toMatchObject({ role: 'team-part' })
    for (const e of flat(plan.outline)) expect(e.reason.length).toBeGreaterThan(5)
    // Editing another section leaves the key as it was: a mapping keeps its meaning.
    const edited = imported(HANDBOOK.replace('### Storage', '### Storage and Backups'))
    expect(entry(edited, 'Runtime').key).toBe(entry(plan, 'Runtime').key)
    expect(reloads(plan)).toBe(true)
  })
})

describe('importGuide decides units by content, not depth', () => {
  it('reads a group level between a division and its teams (teams under the group)', () => {
    const plan = imported(`# Initech Engineering

## Product

### Commerce

#### Checkout

The Checkout team owns the cart.

- One-click checkout

#### Payments

The Payments team owns card processing.

- Payouts

### Growth

The Growth team works on onboarding experiments.

- Welcome tour
`)
    expect(teamPaths(plan).map((t) => [t.name, t.path.join(' › ')])).toEqual([
      ['Growth', 'Product'],
      ['Checkout', 'Product › Commerce'],
      ['Payments', 'Product › Commerce']
    ])
    expect(entry(plan, 'Commerce')).toMatchObject({ role: 'group' })
    expect(reloads(plan)).toBe(true)
  })

  it('reads bold-label and linked-bullet team lines, and resolves relative links with baseUrl', () => {
    const guide = `# Initech Engineering

## Product

- **Checkout** — owns the cart and payments flow
- **Growth**: experiments and onboarding
- **[Mobile](https://initech.test/mobile)**: the iOS and Android apps

## Infrastructure

- [SRE](sre/index.md): keeps production up
- [Data](data/index.md) runs the warehouse
`
    const plan = imported(guide)
    expect(teamPaths(plan).map((t) => [t.name, t.path[0]])).toEqual([
      ['Checkout', 'Product'],
      ['Growth', 'Product'],
      ['Mobile', 'Product'],
      ['SRE', 'Infrastructure'],
      ['Data', 'Infrastructure']
    ])
    expect(teamNamed(plan.catalog, 'Checkout').summary).toBe('owns the cart and payments flow')
    expect(teamNamed(plan.catalog, 'Mobile').links).toEqual([
      { label: 'Mobile', url: 'https://initech.test/mobile' }
    ])
    expect(notes(plan, 'skipped')).toContain(
      '11 link "SRE" in team "SRE" left out: "sre/index.md" is relative; give the address the guide is published at (the import preview\'s "Links relative to" field, or --base-url) to resolve it'
    )
    expect(notes(plan, 'problem').join('\n')).not.toMatch(/outside any team/)
    const based = imported(guide, { baseUrl: 'https://handbook.initech.test/eng/' })
    expect(teamNamed(based.catalog, 'SRE').links).toEqual([
      { label: 'SRE', url: 'https://handbook.initech.test/eng/sre/index.md' }
    ])
  })

  it('reads nested linked bullets as a group of teams', () => {
    const plan = imported(`# Code Graph engineering org

## Teams

- The [Search teams](./search/index.md) enable searching
  - [Search Core team](./search/core.md)
  - [Search Product team](./search/product.md)
- The [Insights team](./insights/index.md) enables measuring
`)
    expect(teamPaths(plan).map((t) => [t.name, t.path.join(' › ')])).toEqual([
      ['Insights team', 'Code Graph'],
      ['Search Core team', 'Code Graph › Search teams'],
      ['Search Product team', 'Code Graph › Search teams']
    ])
    expect(entry(plan, 'Teams')).toMatchObject({ role: 'skip' })
  })

  it('reads a GFM team table: description, stack, lead and open roles, ragged rows reported', () => {
    const plan = imported(`+++
title = "Globex Teams"
company = "Globex Corp"
+++

## Teams

| Team | Description | Stack | Lead | Open roles |
|------|-------------|-------|------|------------|
| Payments | Moves money | Go, PostgreSQL; Kafka | Ana Ruiz | Senior Go Engineer |
| Search | Finds things | Elasticsearch | Bo Li |
| Ads |
`)
    expect(plan.catalog.company.name).toBe('Globex Corp')
    expect(teamNamed(plan.catalog, 'Payments')).toMatchObject({
      summary: 'Moves money',
      stack: ['Go', 'PostgreSQL', 'Kafka'],
      lead: { name: 'Ana Ruiz' },
      roles: [{ title: 'Senior Go Engineer', status: 'open' }]
    })
    expect(teamNamed(plan.catalog, 'Ads')).toMatchObject({ status: 'active', summary: '' })
    expect(notes(plan, 'problem')).toEqual([
      '11 this table row has 4 cells, its header 5: the missing ones are read as empty',
      '12 this table row has 1 cell, its header 5: the missing ones are read as empty'
    ])
    expect(reloads(plan)).toBe(true)
  })

  it('reads a mermaid org chart into a division, groups and teams', () => {
    const plan = imported(`---
title: "Infrastructure"
---

## Organization structure

\`\`\`mermaid
flowchart LR
    I[Infrastructure]
    I --> DA[Data Access]
    I --> DX[Developer Experience]
    DA --> DF[Database Framework]
    DA --> Gitaly
    DX --> DT[Developer Tooling]
    click DT "/handbook/dt/"
\`\`\`

## Mission

Keep GitLab.com up.
`)
    expect(teamPaths(plan).map((t) => [t.name, t.path.join(' › ')])).toEqual([
      ['Database Framework', 'Infrastructure › Data Access'],
      ['Gitaly', 'Infrastructure › Data Access'],
      ['Developer Tooling', 'Infrastructure › Developer Experience']
    ])
    expect(entry(plan, 'Gitaly')).toMatchObject({ line: 13, role: 'team' })
  })

  it('reads a page about one team as that team, its sections as parts', () => {
    const plan = imported(`# Web team

The web team builds the web app.

## Vision statement

Fast pages.

## Tech stack

TypeScript, React, Go.

## Team syncs

We meet on Mondays.
`)
    expect(teamPaths(plan).map((t) => t.name)).toEqual(['Web team'])
    // The "Tech stack" part's sentence is the team's stack (session 18; it was mentioned).
    expect(teamNamed(plan.catalog, 'Web team').stack).toEqual(
      expect.arrayContaining(['TypeScript', 'React', 'Go'])
    )
    expect(entry(plan, 'Team syncs')).toMatchObject({ role: 'team-part' })
  })
})

describe('importGuide names the company', () => {
  const body = '\n\n## Search\n\nThe Search team owns search at Hooli.\n\n- Ranking v2\n'

  it('prefers front matter, then an org-naming title, then the text, then the option', () => {
    expect(
      imported(`---\ncompany: Initech\ntitle: Globex Handbook\n---\n${body}`).catalog.company.name
    ).toBe('Initech')
    expect(imported(`# Globex Engineering Handbook\n${body}`).catalog.company.name).toBe('Globex')
    expect(imported(body, { companyName: 'Pied Piper' }).catalog.company.name).toBe('Hooli')
    expect(
      imported('## Search\n\nThe Search team owns search.\n\n- Ranking\n', {
        companyName: 'Pied Piper'
      }).catalog.company.name
    ).toBe('Pied Piper')
  })

  it('takes the organization a title says the page is at, without the "at"', () => {
    for (const title of ['Engineering at Initech', 'How we build software at Initech']) {
      const plan = imported(`# ${title}\n${body}`)
      expect(plan.catalog.company.name, title).toBe('Initech')
    }
  })

  it('never takes a question-style or page-naming title for the company', () => {
    for (const title of ['How are our teams organized?', 'Team structure', 'Org chart']) {
      const plan = imported(`# ${title}\n${body}`)
      expect(plan.catalog.company.name, title).toBe('Hooli')
      expect(flat(plan.outline)[0]).toMatchObject({ label: title, role: 'skip' })
    }
  })
})

describe('importGuide with a mapping', () => {
  const guide =
    '# Acme Engineering\n\n## Platform\n\nThe platform.\n\n### Runtime\n\nThe Runtime team owns the scheduler.\n\n- Scheduler v2\n\n### Storage\n\nThe Storage team owns disks.\n\n- Ceph migration\n'

  it('applies the roles of a mapping by key: a division read as one team with its parts', () => {
    const plan = imported(guide, {
      mapping: {
        version: 1,
        roles: {
          'acme-engineering/platform': 'team',
          'acme-engineering/platform/runtime': 'team-part',
          'acme-engineering/platform/storage': 'team-part'
        }
      }
    })
    expect(teamPaths(plan).map((t) => t.name)).toEqual(['Platform'])
    expect(teamNamed(plan.catalog, 'Platform').projects.map((p) => p.title)).toEqual([
      'Scheduler v2',
      'Ceph migration'
    ])
    expect(entry(plan, 'Storage')).toMatchObject({ role: 'team-part', inferred: 'team' })
    expect(plan.guessed).toBe(false)
  })

  it('reports the keys of a mapping that the guide no longer has', () => {
    const plan = imported(guide, {
      mapping: { version: 1, roles: { 'acme-engineering/gone': 'team' } }
    })
    expect(notes(plan, 'problem')).toContain(
      '1 the mapping gives a role to "acme-engineering/gone", which is not in the guide\'s outline (renamed or removed?)'
    )
  })
})

describe('importGuide on names with control characters', () => {
  // QA (q30): a team named by a list item lost its control character without a word.
  it('reports them dropped from a list item that names a team, as from a heading', () => {
    const guide =
      '# Acme\n\n## Teams\n\n- **Pay\u001b[31mRED** — owns payments\n- **Search** — owns the index\n'
    const plan = imported(guide)
    expect(teamPaths(plan).map((t) => t.name)).toContain('Pay[31mRED')
    expect(notes(plan, 'problem')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^5 dropped U\+001B ESCAPE from the list item "Pay\[31mRED/)
      ])
    )
  })

  it('drops bidi overrides and controls from heading names, reports them, and the loader accepts the catalog', () => {
    const guide =
      '## Pay\u202Ements\n\nThe Payments team owns card processing.\n\n- Payouts\n\n## Se\u0007arch\n\nThe Search team owns ranking.\n\n- Ranking v2\n'
    const plan = imported(guide)
    expect(teamPaths(plan).map((t) => t.name)).toEqual(['Payments', 'Search'])
    expect(notes(plan, 'problem')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^1 dropped U\+202E RIGHT-TO-LEFT OVERRIDE from the heading "Payments"/
        ),
        expect.stringMatching(/^7 dropped U\+0007 from the heading "Search"/)
      ])
    )
    const loaded = loadGuideText(guide, 'guide.md')
    expect(loaded.ok).toBe(true)
  })
})

describe('importGuide on more guide styles', () => {
  it('reads plain bullets under a "Teams" heading, nested ones as a group of teams', () => {
    const plan = imported(`# Ops sub-department

## Teams

- Verify stage
  - Build Farm: runs the builds
  - Test Lab
- Artifacts: the artifact store
`)
    expect(teamPaths(plan).map((t) => [t.name, t.path.join(' › ')])).toEqual([
      ['Artifacts', 'Ops'],
      ['Build Farm', 'Ops › Verify stage'],
      ['Test Lab', 'Ops › Verify stage']
    ])
    expect(teamNamed(plan.catalog, 'Artifacts').summary).toBe('the artifact store')
  })

  it('skips headings that name people or roles, and tables of people', () => {
    const plan = imported(`# Globex Engineering

## Search

The Search team owns ranking.

- Ranking v2

## Engineering Manager

Ana Ruiz

## Individual Contributors

| Name | Title |
|------|-------|
| Bo Li | Engineer |
`)
    expect(teamPaths(plan).map((t) => t.name)).toEqual(['Search'])
    expect(entry(plan, 'Engineering Manager')).toMatchObject({ role: 'skip' })
    expect(notes(plan, 'skipped')).toContain(
      '9 skipped "Engineering Manager": reads as people or roles, not a team'
    )
  })

  it('takes Hugo shortcodes and Liquid tags out, keeping every line', () => {
    const plan = imported(`# Globex Engineering

## Search {{< badge "new" >}}

{{% alert %}}The Search team owns ranking.{{% /alert %}}

- Ranking v2
`)
    expect(teamPaths(plan).map((t) => t.name)).toEqual(['Search'])
    expect(teamNamed(plan.catalog, 'Search').summary).toBe('The Search team owns ranking.')
    expect(entry(plan, 'Search')).toMatchObject({ line: 3, column: 1 })
  })
})

describe('importGuide on heading names', () => {
  it('drops heading ids and a "Team:" label from names', () => {
    const plan = imported(
      '## Team: Payments {#payments}\n\nThe Payments team owns card processing.\n\n- Payouts\n\n## Search {#search}\n\nThe Search team owns ranking.\n\n- Ranking v2\n'
    )
    expect(teamPaths(plan).map((t) => t.name)).toEqual(['Payments', 'Search'])
    expect(entry(plan, 'Payments').key).toBe('payments')
  })
})

describe('importGuide on teams outside every division', () => {
  it('puts them in "Other teams" beside an Engineering division; people lists give lead, headcount and roles', () => {
    const plan = imported(`# Acme Engineering

## Small teams

### Engineering

#### [Pipeline](/pipeline)
- Ana Ruiz (Team lead, Engineer)
- Bo Li (Engineer)
- Product: Supported by Eve Park
- _Hiring for a [data engineer](/careers/data)_

#### [Ingestion](/ingestion)
- Cy Ng (Team lead, Engineer)

### [Marketing](/marketing)
- Di Ho (Team lead, Marketer)
`)
    expect(plan.catalog.divisions.map((d) => [d.name, d.teams.map((t) => t.name)])).toEqual([
      ['Engineering', ['Pipeline', 'Ingestion']],
      ['Other teams', ['Marketing']]
    ])
    expect(teamNamed(plan.catalog, 'Pipeline')).toMatchObject({
      members: 2,
      lead: { name: 'Ana Ruiz' },
      projects: [],
      roles: [{ title: 'Data engineer', status: 'open' }]
    })
  })
})

describe('importGuide on a team listed twice', () => {
  it('reads a team table row and a later heading of the same name as one team', () => {
    const plan = imported(`# Globex Engineering

## Teams

| Team | Description |
|------|-------------|
| Search | Finds things |
| Ads | Sells space |

## Search

The Search team owns ranking.

- Ranking v2
`)
    expect(teamPaths(plan).map((t) => t.name)).toEqual(['Search', 'Ads'])
    expect(notes(plan, 'inferred')).toContain(
      '10 "Search" is listed again (line 7): read as the same team'
    )
  })
})

describe('importGuide on a handbook page with the odd prose section', () => {
  // The shape of a department's handbook page (GitLab's Core Platform index, 18F's Engineering
  // page): process, people and mission sections, and one or two prose sections that are no team.
  const PAGE = `---
title: Platform Sub-department
---

## Vision

Offer a platform that is reliable and fast.

## All Team Members

The following people are permanent members of the sub-department:

{{< team-by-manager-slug manager="someone" >}}

## How We Work

We work in monthly milestones.

## Documentation

Our best practices guide has details about Git, code reviews, and more.

## Lunch and Learns

We hold monthly sessions where team members present their work to each other.

### 2024 Schedule

Sign up for a month below.
`

  it('makes no team of a prose section that process and people sections outnumber', () => {
    const result = importGuide(PAGE, { file: 'page.md' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0].message).toMatch(/^no teams found/u)
  })

  it('still reads a guide of prose sections only as its teams', () => {
    const plan = imported(`# Acme Engineering

## Search

The search engine and its indexers, written in Go.

## Storage

The blob store and its replication.

## How We Work

We work in monthly milestones.
`)
    expect(teamPaths(plan).map((t) => t.name)).toEqual(['Search', 'Storage'])
  })
})

describe('importGuide on a group page that lists its own members', () => {
  it('reads the page as one team: the process sections under "Work" are its parts', () => {
    // The shape of a GitLab group's page titled "<Name> Group" (the Import group's page): the
    // process sub-sections say what the team works on and hold lists, like teams would.
    const plan = imported(`---
title: Billing Group
description: The Billing Group runs invoicing.
---

## About

The Billing group supports the product by sending invoices.

## How to reach us

Create an issue with the group label.

## Team Members

The following people are permanent members of the group:

{{< team-by-manager-slug manager="someone" >}}

## Work

The Product Manager compiles the list of Deliverable issues.

### Issue Boards

The work for the Billing group can be tracked on the following boards:

- [Current milestone board](https://example.com/boards/1)

### Issue Labels

Team members work on issues with these labels, for example \`~"Integration::Jira"\`:

- \`~"group::billing"\`
- \`~"Category:Invoices"\`
`)
    // Named as a reader names it since issue 14's sweep: "Billing Group" is the Billing team.
    expect(teamPaths(plan).map((t) => t.name)).toEqual(['Billing'])
    expect(entry(plan, 'Issue Labels').role).toBe('team-part')
    expect(entry(plan, 'Work').role).toBe('team-part')
  })
})
