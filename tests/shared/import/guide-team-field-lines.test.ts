// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * A team's own fields written as lines of its list, "Label: value" with the label plain or bold
 * (session 16, h109's QA: "- Stack: Go, PostgreSQL" became a project, and in bold a team named
 * "Stack"). Fixtures in that style.
 */
function onlyTeam(page: string) {
  const { catalog } = imported(page)
  expect(teamPaths(catalog)).toHaveLength(1)
  return catalog.divisions[0].teams[0]
}

it('says how many people a team lists, one person as one', () => {
  const { notes } = imported(`# Payments team

We run checkout.

- Lead: Ana Ruiz
`)
  expect(notes.map((note) => note.message)).toContain(
    'team "Payments team": 1 person listed, led by Ana Ruiz'
  )
})

describe("a team's fields written as list lines", () => {
  for (const bold of [false, true]) {
    const label = (text: string) => (bold ? `**${text}**` : text)
    it(`gives its stack, responsibilities, lead and links${bold ? ' (bold labels)' : ''}, no project`, () => {
      const team = onlyTeam(`# Payments team

We run checkout and the ledger.

- ${label('Stack')}: Go, PostgreSQL
- ${label('Owns')}: checkout, refunds
- ${label('Lead')}: Ana Ruiz
- ${label('Slack')}: #payments
- ${label('Repos')}: [payments-api](https://github.com/acme/payments-api)
- Ledger migration to the new schema
`)
      expect(team.stack).toEqual(['Go', 'PostgreSQL'])
      expect(team.responsibilities).toEqual(['checkout', 'refunds'])
      expect(team.lead?.name).toBe('Ana Ruiz')
      expect(team.links.map((link) => link.url)).toContain('https://github.com/acme/payments-api')
      expect(team.projects.map((project) => project.title)).toEqual([
        'Ledger migration to the new schema'
      ])
    })
  }

  it('leaves a line whose label names a piece of work a project', () => {
    const team = onlyTeam(`# Payments team

We run checkout and the ledger.

- Checkout: the cart and the payment page
- Refunds: self-service refunds
`)
    expect(team.projects).toHaveLength(2)
  })
})

describe('a list of teams whose names are also field labels', () => {
  it('reads "- Framework: the shared runtime" beside other teams as a team, not a stack line', () => {
    const { catalog, notes } = imported(`# Lumen Robotics engineering

Our engineering is organized into these teams.

- Framework: the shared robotics runtime, maintained by the framework team
- Docs: user and developer documentation
- Infrastructure: build farms, CI and cloud accounts
`)
    const stackNotes = notes.filter((note) => /in the stack of/u.test(note.message))
    expect(stackNotes).toEqual([])
    const named = catalog.divisions.flatMap((division) => [
      ...division.teams.map((team) => team.name),
      ...division.teams.flatMap((team) => team.projects.map((project) => project.title))
    ])
    expect(named).toContain('Framework')
  })

  it('still reads "- Frameworks: React, Next.js" as the stack', () => {
    const team = onlyTeam(`# Web team

We build the storefront.

- Frameworks: React, Next.js
- Owns: the storefront
`)
    expect(team.stack).toEqual(['React', 'Next.js'])
  })
})

describe("a short list of a team's fields that reads as its people", () => {
  it('keeps the stack and scope beside the lead', () => {
    const { catalog } = imported(`# Harbor teams

## Docking

Runs the docking engine.

- Lead: Ada Moss
- Stack: Rust, PostgreSQL

## Relay

Runs the relay network.

- Lead: Omar Vidal
- Owns: the relay network
`)
    const teams = catalog.divisions.flatMap((division) => division.teams)
    const docking = teams.find((team) => team.name === 'Docking')
    const relay = teams.find((team) => team.name === 'Relay')
    expect(docking?.lead?.name).toBe('Ada Moss')
    expect(docking?.stack).toEqual(['Rust', 'PostgreSQL'])
    expect(docking?.members).toBe(1)
    expect(relay?.lead?.name).toBe('Omar Vidal')
    expect(relay?.responsibilities).toEqual(['the relay network'])
  })
})

describe("a team's links written as a field line without markdown links", () => {
  it('makes repositories named, not linked, its projects, and addresses written out its links', () => {
    const { catalog, notes } = imported(`# Payments team

We run checkout and the ledger.

- Stack: Go
- Repos: acme/payments-api, ledger
- Links: https://wiki.acme.example/payments, github.com/acme/refunds
- Dashboard: the Grafana payments board
`)
    const team = catalog.divisions[0].teams[0]
    expect(team.projects.map((project) => project.title)).toEqual(['acme/payments-api', 'ledger'])
    expect(team.links.map((link) => link.url)).toEqual([
      'https://wiki.acme.example/payments',
      'https://github.com/acme/refunds'
    ])
    // What is no link is said to be left out, not read as links that never arrive.
    expect(notes.map((note) => note.message)).toContain(
      '"Dashboard:" in team "Payments team" holds no link: "the Grafana payments board" left out'
    )
  })
})

describe('a team whose lead is both a field line and one of its listed people', () => {
  // h112's QA: "- Lead: Greta Holm" over "## Members" listing Greta Holm and two others made
  // "4 people listed": the field line's person and the list's were counted apart.
  it('counts the lead once', () => {
    const { catalog } = imported(`# Payments Team

- Lead: Greta Holm
- Stack: Java, Kafka, PostgreSQL

## Members
- Greta Holm
- Ivan Petrov
- Lucy Grant
`)
    const [team] = catalog.divisions[0].teams
    expect(team.lead?.name).toBe('Greta Holm')
    expect(team.members).toBe(3)
  })
})

describe("a team's fields written as lines of a paragraph", () => {
  it('make each section a team with its fields, whatever its heading word', () => {
    const section = (name: string, owns: string, stack: string, lead: string) => `## ${name}
Owns: ${owns}
Stack: ${stack}
Lead: ${lead}
`
    const { catalog } = imported(`# Engineering Teams

${section('Core Services', 'accounts, permissions', 'Elixir, PostgreSQL', 'Dan Moore')}
${section('Reporting', 'dashboards, exports', 'Python, ClickHouse', 'Kira Sato')}
${section('Tools', 'internal admin, feature flags', 'TypeScript, React', 'Ben Ross')}`)
    expect(teamPaths(catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Core Services',
      'Reporting',
      'Tools'
    ])
    const core = catalog.divisions[0].teams[0]
    expect(core.stack).toEqual(['Elixir', 'PostgreSQL'])
    expect(core.responsibilities).toEqual(['accounts', 'permissions'])
    expect(core.lead?.name).toBe('Dan Moore')
    expect(core.summary).toBe('')
  })
})

describe("a team's fields written as paragraphs of their own", () => {
  // Session 17, h114's QA: a handbook's "**Stack:** Go, PostgreSQL" under each team's heading
  // gave no stack at all (every technology only "mentioned"), and "Lead: Grace Holloway" no lead.
  for (const bold of [false, true]) {
    const label = (text: string) => (bold ? `**${text}:**` : `${text}:`)
    it(`gives its stack and lead${bold ? ' (bold labels)' : ''}`, () => {
      const { catalog } = imported(`# Engineering at Pebblebrook

## Patient Experience

### Appointments Team

${label('Lead')} Grace Holloway

Owns online booking, clinic calendars and the reminder pipeline.

${label('Stack')} Go, PostgreSQL, Redis

### Video Visits Team

${label('Lead')} Mateo Rossi

${label('Stack')} TypeScript, React, WebRTC
`)
      const teams = catalog.divisions.flatMap((division) => division.teams)
      expect(teams.map((team) => [team.name, team.lead?.name, team.stack])).toEqual([
        ['Appointments Team', 'Grace Holloway', ['Go', 'PostgreSQL', 'Redis']],
        ['Video Visits Team', 'Mateo Rossi', ['TypeScript', 'React', 'WebRTC']]
      ])
      expect(teams[0].summary).toBe(
        'Owns online booking, clinic calendars and the reminder pipeline.'
      )
    })
  }

  it('leaves a lead line that says more than who leads the team its text', () => {
    const team = onlyTeam(`# Records team

Lead: Daniel Mensah until March, then Data Platform (Kafka, Go)

Stack: Java, Kafka
`)
    expect(team.lead).toBeUndefined()
    expect(team.summary).toContain('Lead: Daniel Mensah until March')
    expect(team.stack).toEqual(['Java', 'Kafka'])
  })

  it('leaves a labelled paragraph of sentences prose', () => {
    const team = onlyTeam(`# Payments team

Stack: we moved from Ruby to Go last year. It went well.
`)
    expect(team.stack).toEqual([])
    expect(team.summary).toContain('we moved from Ruby to Go')
  })

  it("leaves a project's own owner under the team's projects to the project", () => {
    // Session 17, h117: "Owner: Kim Lee" under "### Pricing page redesign" under "## Projects"
    // made Kim Lee the Growth team's lead, with 2 people counted (none before the rule).
    const team = onlyTeam(`# Growth Team

We run experiments on signup and pricing.

## Projects

### Pricing page redesign

Owner: Kim Lee

New layout with annual plans.

### Referral program

Lead: Tom Hart

Invite friends for credit.

## Stack

Stack: Next.js, Amplitude
`)
    expect(team.lead).toBeUndefined()
    expect(team.members).toBeUndefined()
    expect(team.stack).toEqual(['Next.js', 'Amplitude'])
  })

  it('leaves the owner of a thing the team runs, a heading under one of its parts, to that thing', () => {
    // Session 17, h117: "Owner: Sara Lind" under "### Deploy API" under "## Services" made
    // Sara Lind the Platform team's lead, with 2 people counted (none before the rule).
    const team = onlyTeam(`# Platform Team

We run the shared infrastructure.

Lead: Ivo Petrov

## Services

### Deploy API

Owner: Sara Lind

Ships builds to production.

### Secrets Vault

Owner: Ahmed Khan

Stack: Go, Vault
`)
    expect(team.lead?.name).toBe('Ivo Petrov')
    // Only the lead is named: no headcount (session 18; it was 1, the lead alone, and 2 before
    // h117's rule).
    expect(team.members).toBeUndefined()
    expect(team.stack).toEqual(['Go', 'Vault'])
  })

  it('still reads a lead under a part of the team that names its people', () => {
    const team = onlyTeam(`# Payments Team

## Team

### Who we are

Lead: Ana Ruiz
`)
    expect(team.lead?.name).toBe('Ana Ruiz')
  })
})

describe("a team's headcount and open roles written as its fields", () => {
  // Session 17, h114's QA: "- **Headcount:** 6" was dropped and the lead alone counted, so the
  // card said "1 person"; "- **Hiring:** Senior Backend Engineer (Go)" gave no open role.
  it('gives the headcount over the people listed, and each open role', () => {
    const page = `# Appointments team

We run online booking.

- **Lead:** Grace Holloway
- **Headcount:** 6 engineers
- **Hiring:** Senior Backend Engineer (Go); Staff Engineer, Data Platform
- **Stack:** Go, PostgreSQL
`
    const team = onlyTeam(page)
    expect(team.lead?.name).toBe('Grace Holloway')
    expect(team.members).toBe(6)
    expect(imported(page).notes.map((note) => note.message)).toContain(
      'team "Appointments team": 6 people, as its headcount says, led by Grace Holloway'
    )
    expect(team.roles.map((role) => [role.title, role.status])).toEqual([
      ['Senior Backend Engineer (Go)', 'open'],
      ['Staff Engineer, Data Platform', 'open']
    ])
    expect(team.stack).toEqual(['Go', 'PostgreSQL'])
  })

  it('reads "Team size: 6" on a line of its own, and no size that gives no number', () => {
    expect(onlyTeam(`# Payments team\n\nWe run checkout.\n\nTeam size: 6\n`).members).toBe(6)
    const team = onlyTeam(`# Payments team\n\nWe run checkout.\n\nSize: medium, growing\n`)
    expect(team.members).toBeUndefined()
    expect(team.summary).toContain('Size: medium, growing')
  })
})

describe("a team's fields on one line between dots", () => {
  it('reads "Lead: … · 6 engineers · Hiring: …" as its lead, headcount and open role', () => {
    const team = onlyTeam(`# Infrastructure team

Lead: Sarah Lindqvist · 5 engineers · Hiring: Site Reliability Engineer (Kubernetes, Terraform)

Runs our Kubernetes clusters.
`)
    expect(team.lead?.name).toBe('Sarah Lindqvist')
    expect(team.members).toBe(5)
    expect(team.roles).toMatchObject([
      {
        title: 'Site Reliability Engineer (Kubernetes, Terraform)',
        technologies: ['Kubernetes', 'Terraform']
      }
    ])
    expect(team.summary).toBe('Runs our Kubernetes clusters.')
  })

  it("leaves a dotted line that is not all fields the team's text", () => {
    const team = onlyTeam(`# Infrastructure team

Berlin · Remote-friendly · Lead: Sarah Lindqvist
`)
    expect(team.summary).toContain('Berlin · Remote-friendly')
  })
})
