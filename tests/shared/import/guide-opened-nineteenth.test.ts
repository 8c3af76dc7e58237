// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { onlyTeam, teamPaths } from '../../fixtures/imported-catalog'
import { imported } from '../../fixtures/guides'
import { importGuide } from '../../../src/shared/import/import-guide'
import { TEAM_WORD } from '../../../src/shared/import/section-assessment'

/**
 * Rules found when the nineteenth held-out set was opened for diagnosis (tests/corpus README,
 * "Session 28"). Each fixture is made up in the style that failed, with none of those documents'
 * names, and fails without its rule.
 */

/** A company's list of the apps it uses: a heading per app, linked to the app's own site. */
const APPS_PAGE = `---
title: Software we use
---

Listing of the applications and services we use at Brightloom.

## [Quillpay](https://quillpay.example/)

Payroll and benefits.

Every team member has their own account.

## [Calmeet](https://www.calmeet.example/)

Calendar scheduling tool.

Team members who want the paid version may ask for it.

## [Ledger Books](https://app.ledgerbooks.example/)

Accounting. Account details are in the \`Finance\` vault.

## [Deskmail Suite](https://suite.deskmail.example/)

Email, documents and calendars.

### Non-team-member email addresses

- \`ap\`: accounts payable, monitored by Operations
- \`events\`: events inbox, monitored by Marketing

## [Sendpost](https://sendpost.example/)

Transactional email for the product.

## Finance team

The Finance team owns payroll, accounting and expenses.
`

/** The same shape for teams: headings linked to the teams' pages on the company's site. */
const LINKED_TEAMS = `# Brightloom Engineering

## [Payments](https://handbook.brightloom.example/teams/payments)

The Payments team owns checkout and refunds.

## [Search](https://handbook.brightloom.example/teams/search)

The Search team owns the search index and ranking.

## [Growth](https://handbook.brightloom.example/teams/growth)

The Growth team owns onboarding and experiments.

## [Identity](https://handbook.brightloom.example/teams/identity)

The Identity team owns sign-in and accounts.
`

describe('a page of the apps a company uses, each heading linked to its site', () => {
  const paths = teamPaths(imported(APPS_PAGE).catalog)

  it('makes no app a team, nor a section under an app ("Non-team-member email addresses")', () => {
    expect(
      paths.filter((path) => /Quillpay|Calmeet|Ledger|Deskmail|Sendpost|email/u.test(path))
    ).toEqual([])
  })

  it('keeps the team the page names as one', () => {
    expect(
      paths.some((path) => path.endsWith('> Finance team') || path.endsWith('> Finance'))
    ).toBe(true)
  })
})

describe('team headings linked to the teams’ pages stay teams', () => {
  it('reads each as a team', () => {
    expect(teamPaths(imported(LINKED_TEAMS).catalog)).toHaveLength(4)
  })
})

/** A project's governance page: ways in, levels and roles by their privileges, votes, moderation. */
const GOVERNANCE_PAGE = `# Lanternfish's Governance Model

## Introduction

Lanternfish is run by its community, with the help of the company that started it.

## Get involved

### Lanternfish User Collective

Our contributor collective is where we meet and plan.

### Areas for contribution

Lanternfish welcomes contributions in many forms.

- Documentation and examples
- Plugins and starters
- Triage of issues

## Other roles

### Maintainer

#### Privileges

- Merge pull requests.

#### Responsibilities

- Review pull requests within a week.

#### Nomination

Any maintainer can nominate a contributor.

### Admin

#### Privileges

- Everything a maintainer may do.

#### Responsibilities

- Keep the infrastructure running.

#### Nomination

Admins are nominated by the core team.

#### Leaving Team

A member who is inactive for six months leaves the team.

## Voting

### General Voting Rules

Votes run for a week. A majority of the votes cast decides.

- Every maintainer has one vote.
- Admins may veto.

### Voting: Maintainer Nomination

A nomination passes with two thirds of the maintainers' votes.

- The nominee is told first.
- The result is announced on the forum.

## Moderation

### Reporting

Anyone can report a violation of the code of conduct.

- Use the report form.
- Or write to the moderators.

### Review

Two moderators review every report.

- They ask both sides.
- They decide within two weeks.
`

describe('a governance page: levels and roles, votes and moderation, no team', () => {
  const result = importGuide(GOVERNANCE_PAGE, { file: 'governance.md' })

  it('reads no team: roles by their privileges, votes and moderation are no teams, nor is the page', () => {
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors[0].message).toMatch(/^no teams found/u)
  })

  it('with a team of its own beside them, reads that team alone', () => {
    const withTeam = `${GOVERNANCE_PAGE}
## Core team

The Core team owns the release process and the website.
`
    const paths = teamPaths(imported(withTeam).catalog)
    expect(paths).toHaveLength(1)
    expect(paths[0]).toMatch(/ > Core team$/u)
  })
})

/** A volunteer project's "getting involved" page: the kinds of help it needs, as bold labels. */
const HELP_WE_NEED = `# Getting Involved

Thank you for wanting to help with Tidepool Relief.

## What help we need

* **Front-End Engineers:**

  We have lots of code to write! Our stack is React, TypeScript and Firebase.
  If you have experience with these technologies, your help is wanted.

* **Community Managers:**

  Many people join our Slack hoping to volunteer. We need someone to welcome them.

  **Responsibilities:**

  * Onboard incoming volunteers
  * Work with the social media managers on content

* **Social Media Manager**:

  We would like someone to join our marketing team to head up our presence on
  social media (Twitter, Instagram, LinkedIn), including:
  * Creating content to share
  * Answering on our accounts

We also keep a list of the roles we seek help for.

## Meetings

We meet on Tuesdays.
`

describe('the kinds of help a project needs', () => {
  it('are no team, and their technologies no team’s: the page names none', () => {
    const result = importGuide(HELP_WE_NEED, { file: 'getting-involved.md' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0].message).toMatch(/^no teams found/u)
  })
})

/**
 * An agency's page of whom to ask on each team: a title line with no "#", a list of names each
 * (some empty, as the page left them), and a heading written with no space after its "##", which
 * makes the section above it look like the one team with text.
 */
const POINTS_OF_CONTACT = `Team Points of Contact

## opendata.city 
* Rosa Delgado
* Imani Okafor


## 21C 
* Tomas Varga


## Grants Platform
* [Lena Fischer](https://github.com/lenafischer)
* 

## Web Analytics Program 
* Marta Kovac
* Ben Osei

## Service Design Studio
* 
* 

## Records Search
* Hana Ito

## Permits Service 
* [Lena Fischer](https://github.com/lenafischer)

## permits.city 
* Omar Haddad 
* Sofia Marin

##citypay
* Sofia Marin

## Design Systems Community of Practice
* Priya Raman 
`

describe('a page of each team’s points of contact', () => {
  const paths = teamPaths(imported(POINTS_OF_CONTACT).catalog)

  it('reads each section as a team, its names its people', () => {
    for (const team of [
      'opendata.city',
      '21C',
      'Grants Platform',
      'Service Design Studio',
      'permits.city'
    ])
      expect(paths.some((path) => path.endsWith(`> ${team}`))).toBe(true)
  })

  it('makes a community of practice no team', () => {
    expect(paths.filter((path) => /Community of Practice/u.test(path))).toEqual([])
    expect(paths).toHaveLength(8)
  })
})

/** A team's charter titled by the page's kind alone, its team named in its first paragraph. */
const UNNAMED_CHARTER = `# Team Charter

## Preface

### Intent

To give clarity on the purpose and scope of the Cloud Enablement team for all stakeholders.
This charter will:
- Communicate expectations to stakeholders
- Set out how the team will add value

### History

Before the cloud, every branch ran its own servers.

## Objectives

- Move the department's services to the cloud by 2028.
`

describe('a charter titled "Team Charter" alone', () => {
  it('is the charter of the team its text names, capitals and all', () => {
    expect(teamPaths(imported(UNNAMED_CHARTER).catalog)).toEqual([
      expect.stringMatching(/(?:^| > )Cloud Enablement$/u)
    ])
  })
})

/** A department's page: the sentence before a list says it lists languages, an earlier one projects. */
const SERVICES_PAGE = `# Consulting

The Consulting team builds software for clients.

## Custom development

We build products and features for clients. At the end of each project we hand over clean code with tests. Our engineers have experience in languages like:

- Rust
- Go
- TypeScript
- and many more...
`

describe('a list after a paragraph whose last sentence says it lists languages', () => {
  it('is the team’s stack, whatever an earlier sentence named', () => {
    const team = onlyTeam(imported(SERVICES_PAGE).catalog)
    expect(team.stack).toEqual(expect.arrayContaining(['Rust', 'Go', 'TypeScript']))
    expect(team.projects.map((project) => project.title)).not.toContain('Rust')
  })
})

describe('a page that gives no team', () => {
  it('says why most of its headings were left out, when one reason stands for most', () => {
    const apps = APPS_PAGE.slice(
      APPS_PAGE.indexOf('Listing of'),
      APPS_PAGE.indexOf('## Finance team')
    )
    const result = importGuide(apps, { file: 'apps.md' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors[0].message).toEqual(
      expect.stringMatching(
        /^no teams found: .*; 5 of its 6 headings were left out: one of a list of tools/u
      )
    )
  })
})

describe('the word for a team', () => {
  it('names a team, not people called team members', () => {
    for (const text of ['Payments team', 'Team Alpha', 'SIG Apps', 'Data squad'])
      expect(TEAM_WORD.test(text), text).toBe(true)
    for (const text of [
      'Non-team-member email addresses',
      'Team members',
      'Team member onboarding'
    ])
      expect(TEAM_WORD.test(text), text).toBe(false)
  })
})
