// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import { htmlPageMarkdown } from '../../../src/shared/import/html-page'
import { htmlTables } from '../../../src/shared/import/html-tables'
import type { OutlineEntry } from '../../../src/shared/import/import-plan'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules found when the twentieth held-out set was opened for diagnosis (tests/corpus README,
 * "Session 24"). Each fixture is made up in the style that failed, with none of those documents'
 * names, and fails without its rule.
 */

/** An engine project's teams page written in HTML under Jekyll front matter, tab-indented. */
const HTML_PAGE = `---
title: "Lumen Engine - Teams"
layout: page
---

<div class="container">
\t<p>
\t\tThis page lists the teams working on Lumen Engine, and how to reach each of them.
\t</p>

\t<h2 id="runtime">Runtime</h2>

\t<div class="team">
\t\t<h4 id="core">Core • <a href="https://chat.example.org/channel/core">#core</a></h4>

\t\t<p>
\t\t\t<em>Low-level API: objects, variants and the scene tree.</em>
\t\t</p>

\t\t<p>Ana Ruiz (<a href="https://github.com/anaruiz">@anaruiz</a>), Bo Chen</p>
\t</div>

\t<div class="team">
\t\t<h4 id="editor">Editor • <a href="https://chat.example.org/channel/editor">#editor</a></h4>

\t\t<p>
\t\t\t<em>Everything about the editor, its tools and its usability.</em>
\t\t</p>

\t\t<p>Cy Park, Di Novak</p>
\t</div>

\t<h2 id="systems">Systems</h2>

\t<div class="team">
\t\t<h4 id="audio">Audio • <a href="https://chat.example.org/channel/audio">#audio</a></h4>

\t\t<p>
\t\t\t<em>Audio playback, buses and effects.</em>
\t\t</p>

\t\t<p>Ed Lee, Fay Wong</p>
\t</div>

\t<div class="team">
\t\t<h4 id="physics">Physics • <a href="https://chat.example.org/channel/physics">#physics</a></h4>

\t\t<p>
\t\t\t<em>Rigid bodies, joints and collision detection.</em>
\t\t</p>

\t\t<p>Gus Ortiz</p>
\t</div>
</div>
`

describe('a page written in HTML rather than markdown', () => {
  it('reads its HTML headings, paragraphs and units as a markdown page', () => {
    const plan = imported(HTML_PAGE, { file: 'teams.md' })
    expect(plan.catalog.company.name).toBe('Lumen Engine')
    expect(teamPaths(plan.catalog)).toEqual([
      'Runtime > Core',
      'Runtime > Editor',
      'Systems > Audio',
      'Systems > Physics'
    ])
    expect(plan.catalog.divisions[0].teams[0].summary).toContain('Low-level API')
  })

  it("says where each team is in the file: its heading's own line", () => {
    const plan = imported(HTML_PAGE, { file: 'teams.md' })
    const lines = HTML_PAGE.split('\n')
    const entries: OutlineEntry[] = []
    const walk = (list: OutlineEntry[]) => {
      for (const entry of list) {
        if (entry.role === 'team') entries.push(entry)
        walk(entry.children)
      }
    }
    walk(plan.outline)
    expect(entries.map((entry) => lines[entry.line - 1].trim().slice(0, 12))).toEqual([
      '<h4 id="core',
      '<h4 id="edit',
      '<h4 id="audi',
      '<h4 id="phys'
    ])
  })

  it('leaves markdown with some HTML in it as markdown', () => {
    const readme = `<p align="center"><img src="logo.png" alt="Lumen"></p>

# Lumen Engine teams

## Core

Owns the scene tree.
`
    expect(htmlPageMarkdown(readme)).toBeUndefined()
    // No heading at all, but markdown's own lists after the logo: markdown still.
    const list = `<p align="center"><img src="logo.png" alt="Lumen"></p>

- **Payments**: owns checkout
- **Ledger**: owns invoices
`
    expect(htmlPageMarkdown(list)).toBeUndefined()
    expect(htmlPageMarkdown('Plain text, no markup.\n')).toBeUndefined()
  })

  it('writes each block on its own line, a blank line between blocks', () => {
    const markdown = htmlPageMarkdown(
      '<h2>Teams</h2>\n<p>One</p>\n<p>Two</p>\n<ul><li>Core</li></ul>\n'
    )
    expect(markdown?.split('\n').filter((line) => line !== '')).toEqual([
      '## Teams',
      'One',
      'Two',
      '- Core'
    ])
    // No two blocks on adjacent lines: "One" and "Two" stay two paragraphs.
    const lines = markdown!.split('\n')
    const one = lines.indexOf('One')
    expect(lines[one + 1]).toBe('')
  })
})

describe('an HTML table whose rows are each headed by a <th>', () => {
  it('has no header row: every row is one of its rows', () => {
    const [table] = htmlTables(`<table>
  <tr><th>Data Structures</th><td>Ana Ruiz, Bo Chen</td></tr>
  <tr><th>Threading</th><td>Cy Park</td></tr>
</table>`)
    expect(table.header).toEqual(['', ''])
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Data Structures', 'Ana Ruiz, Bo Chen'],
      ['Threading', 'Cy Park']
    ])
  })
})

describe('a team heading followed by its chat channel after a separator', () => {
  it('names the team without the channel', () => {
    const plan = imported(`# Lumen teams

## Audio • #audio

Owns audio playback, buses and effects.

## Physics | #physics

Owns rigid bodies and collision detection.
`)
    expect(teamPaths(plan.catalog)).toEqual(['Engineering > Audio', 'Engineering > Physics'])
  })
})

describe("a proposal's own record at its top", () => {
  it('is no team, even under a title that names teams', () => {
    const plan = imported(`# RFC 12: Sub teams

* Authors: Ana Ruiz, Bo Chen
* Created: 2021-03-04
* Last Modified: 2021-05-06

The core team is small. This RFC creates sub teams.

## The sub teams

- **Docs**: writes and reviews the documentation.
- **Releases**: cuts and ships the releases.
`)
    const names = teamPaths(plan.catalog)
    expect(names.some((name) => /Authors|Created|Last Modified/u.test(name))).toBe(false)
  })
})

/** A start-up's page on how it is organized: principles, teams nested under the last one. */
const PRINCIPLES_PAGE = `# How We're Organized

We are engineers and researchers teaching robots.

## Organizational Principles

### Flat & Flexible

- Minimal layers
- Decisions made close to the work

**What this means day-to-day:**

- Anyone can talk to anyone

### Teams Own Their Mission

Each team exists to solve real problems.

**How we work:**

- Clear goals, freedom in how

### Science Drives Everything

We can't cut corners on rigor.

#### Research (RES)

**Mission**: Make robots see and understand

- Fundamental research

#### Engineering (ENG)

**Mission**: Build robust systems

- Platform development

#### Finance (FIN)

**Mission**: Keep the lights on

- Budgets and payroll
`

describe("a roadmap's periods", () => {
  it('head no team', () => {
    const plan = imported(`${PRINCIPLES_PAGE}
## What's Next

### Near Term (Next 6 Months)

We're heads down on making our first pilot a success. That means:

- Getting our perception stack to 99.9% uptime
- Shipping the teaching interface that workers want to use
- Building out our ML systems team (we're hiring!)

### Medium Term (End of 2026)

- Open source more of our tools

### By End of 2027 (2-3 Years)

We want robots in ten customer sites.
`)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Research',
      'Engineering > Engineering',
      'Engineering > Finance'
    ])
  })
})

describe("a page's principles", () => {
  it('are no teams; teams nested under the last principle belong to the unit above', () => {
    const plan = imported(PRINCIPLES_PAGE)
    expect(teamPaths(plan.catalog)).toEqual([
      'Engineering > Research',
      'Engineering > Engineering',
      'Engineering > Finance'
    ])
  })
})

describe("a company's functions as the page's sections", () => {
  it('reads each as a team (a department), however little it says', () => {
    const plan =
      imported(`Organizational structures vary, but these are guidelines on how the functions of a business take part in a response.

Every department should have a point of contact, an on-call rotation and a clear escalation path.

## Engineering

Engineers are the primary responders and [subject matter experts](../roles) during a response.

Which engineering teams take part varies: in some companies an "Operations" or "Site Reliability" team triages new issues first.

## Customer Support / Customer Success

Support is the voice of the customer. A member of the Customer Support team is the default [liaison](../liaison), updating customers through the status page.

## Marketing

Marketing or Public Relations leads the response to any public relations incident.

## Product Management and Design

Product Managers help the responders decide which service to bring back first; they also take part in the [post-mortem](../post-mortem).

## Executive Team

A clear process for updating the executive team gives leadership the context it needs, and prevents [swoops](../glossary).

## Sales

Salespeople are notified when an impact may affect demos or customer conversations.

## Human Resources (HR)

HR is involved in any incident affecting the safety of employees; the security team may need to coordinate with HR.

## Finance

Finance is a stakeholder when billing or accounting is affected, and should have a clear on-call rotation too.

!!! tip "Consider Your Entire Organization"

Other parts of your organization may need to take part as responders or stakeholders.
`)
    expect(teamPaths(plan.catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Engineering',
      'Customer Support / Customer Success',
      'Marketing',
      'Product Management and Design',
      'Executive Team',
      'Sales',
      'Human Resources',
      'Finance'
    ])
    // "HR is involved…": a section's own abbreviation is no company.
    expect(plan.catalog.company.name).not.toBe('HR')
  })
})

describe('a section on how to get access', () => {
  it('is no team', () => {
    const plan = imported(`# <%= current_page.data.title %>

## Helpdesk
For general queries:

- [Service Portal](https://portal.example.org/)
- Telephone: 0300 123 456

## Access to service portal
The [service portal](https://portal.example.org/) is the standard tool to request changes.

Contractors are onboarded by their line manager with the [New starter form](https://portal.example.org/new).

## Network Operations
For requests related to DNS and the VPN, use the [request form](https://portal.example.org/any).

## Platform support
For requests related to the hosting platform, use the [platform form](https://portal.example.org/platform).

## Identity Sign-In
Chat channel: [#sign-in](https://chat.example.org/sign-in)
`)
    expect(teamPaths(plan.catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Helpdesk',
      'Network Operations',
      'Platform support',
      'Identity Sign-In'
    ])
  })
})

describe("a page titled by a kind of work's practices", () => {
  it('is no team\'s page: "Hosting best practices" over its topics gives no team', () => {
    const result = importGuide(
      `Hosting best practices
======================

When we're responsible for a site staying up, here are some things to consider.

Backups
-------

The database should be backed up daily.

Monitoring
----------

Every site gets an uptime check.
`,
      { file: 'hosting.md' }
    )
    expect(result.ok).toBe(false)
  })
})

describe('a heading saying how to apply for something', () => {
  it('"Applying for Candidacy" heads no team', () => {
    const result = importGuide(
      `---
title: Harbor Board Elections & Governance Update
---

The Harbor programme is two years old, and we are preparing the next Board elections.

## Board Elections

The Board of Directors is the central decision-making body for the Harbor programme.

A Director seat is an elected position with a term of 2 years.

### Mentoring

This year we'd like new candidates to be paired with a former Director. **If this interests you, apply.**

### Applying for Candidacy

There are 3 steps to express interest:

1. Learn about the role of a Director on the [Governance page](https://harbor.example.org/governance).
2. Prepare a written introduction about yourself.
3. **Apply before July 2nd** by e-mailing [board@harbor.example.org](mailto:board@harbor.example.org).

Voting takes place in July, and we announce the results after.

## Governance Update

We created two new concepts within the Working Group: Domains and Domain Leads.

### Domains

A Domain in the Working Group is an area of interest. We're starting with these 3 domains:

- **Development**: Developing and maintaining the Harbor software
- **Community**: Looks after the forum and the public presence of Harbor
- **Operations**: Responsible for the tooling and infrastructure Harbor needs

### Domain Leads

Within a domain, 2-3 Domain Leads set the direction and priorities.
`,
      { file: 'post.md' }
    )
    const names = result.ok ? teamPaths(result.value.catalog) : []
    expect(names.some((name) => name.endsWith('Applying for Candidacy'))).toBe(false)
  })
})
