// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { importGuide } from '../../../src/shared/import/import-guide'
import { fileTeams, teamPaths } from '../../fixtures/imported-catalog'

/**
 * Single-team pages of orgs no rule was written on (issue 14/15, h37's and h38's sweeps). Each
 * fixture is written in the style of the swept pages, not copied from them, and fails without its
 * rule.
 */

describe("the company named on a single team's page", () => {
  it('ends at the sentence: "at Acme." does not swallow the next sentence', () => {
    const page = `# Billing Team

The Billing team owns invoicing at Quantilo. We Run The Payment Service on Kafka.

## Responsibilities

- Invoices and receipts
`
    expect(imported(page).catalog.company.name).toBe('Quantilo')
  })

  it('is the organization a `github.com/orgs/X` link names', () => {
    const page = `# Ingestion

The ingestion team keeps every Quantilo customer's events flowing into the warehouse.

- Team board: [Ingestion board](https://github.com/orgs/Quantilo/projects/12)
- Roadmap: [Ingestion roadmap](https://github.com/orgs/Quantilo/projects/14)
- Repository: [pipeline](https://github.com/Quantilo/pipeline)
`
    expect(imported(page).catalog.company.name).toBe('Quantilo')
  })
})

describe('a qualified "Areas of Ownership" heading on a one-team page', () => {
  it('is a part of the team the title names, not a team under a division', () => {
    const page = `# Delivery (Platform)

The Delivery team ships every release of the product to hosted and on-premise customers.

## Top-level Areas of Ownership

The team regularly works on the following, most important first:

- Running the build pipelines on Kubernetes

- Release bots on GitHub
`
    const teams = fileTeams(imported(page).catalog)
    expect(teams.map((team) => team.name)).toEqual(['Delivery (Platform)'])
    expect([...(teams[0].stack ?? []), ...(teams[0].mentions ?? [])]).toEqual(
      expect.arrayContaining(['Kubernetes', 'GitHub'])
    )
  })
})

describe('sub-sections the page never calls teams', () => {
  it('are parts of the one team the title names, not teams of a division', () => {
    const page = `# Payments Platform

Much of the Payments Platform team's work is running the services below.

## [Ledger](./ledger.md)

> Ledger infrastructure is owned by the Payments Platform team, but the service is owned by #ledger-dev.

## [Card Vault](./card-vault.md)

## [Refunds service](./refunds.md)

## Settlement project

The Google Cloud project that holds the settlement jobs, kept apart for audits.
`
    const plan = imported(page)
    expect(teamPaths(plan.catalog)).toEqual(['Engineering > Payments Platform'])
  })

  it('are still teams when the page calls them so', () => {
    const page = `# Payments

Payments is the home of the Ledger team and the Card Vault team.

## [Ledger](./ledger.md)

> Ledger infrastructure is owned by the Payments group, and the Ledger team runs the service.

## [Card Vault](./card-vault.md)

## [Refunds](./refunds.md)
`
    expect(teamPaths(imported(page).catalog)).toEqual([
      'Payments > Ledger',
      'Payments > Card Vault',
      'Payments > Refunds'
    ])
  })
})

describe('a title with the team word first', () => {
  const page = `---
title: Team Ledger
sidebar: Handbook
---

<TeamMembers />

## Mission

We keep every customer's balance right to the cent.

## Q3 Goals

### Goal 1: Ship the ledger to Android users

Most new signups come from Android, so balances must sync there first.

### Goal 2: Reconcile nightly

## Areas of responsibility

- **Balances** - what each account holds
`

  it('names the one team the page is about, not an organization', () => {
    const plan = imported(page)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Team Ledger'])
    expect(plan.catalog.company.name).not.toBe('Ledger')
  })

  it('is not read so when the word after it names a section ("Team Members")', () => {
    const members = page.replace('title: Team Ledger', 'title: Team Members')
    const result = importGuide(members, { file: 'guide.md' })
    const names = result.ok ? fileTeams(result.value.catalog).map((team) => team.name) : []
    expect(names).not.toContain('Team Members')
  })
})

describe('a getting-started section on a one-team page', () => {
  it('holds steps, not teams, when the page calls none of its sub-sections a team', () => {
    const page = `# Ledger Platform

The Ledger Platform runs every service that moves money.

## Getting started

### Service code

Write the service in Go against the platform's runtime library:

- one entry point per service
- configuration read from the environment

### Service images

#### Prepare the image

Build the image with Docker and push it to the registry.
`
    expect(teamPaths(imported(page).catalog)).toEqual(['Engineering > Ledger Platform'])
  })
})

describe('bold words opening a sentence in a list item', () => {
  it('are emphasis, not team labels', () => {
    const page = `# Ledger Platform

The Ledger Platform runs every service that moves money, on Kubernetes.

## Operating services

All manifests live in one repository.

- **Guidance for service operators** is available in the [operations](./ops.md) pages.
- **Guidance for broad incidents** is available in [incident response](./incidents.md) - meant for the platform's on-call.
`
    expect(teamPaths(imported(page).catalog)).toEqual(['Engineering > Ledger Platform'])
  })

  it('still name a team when the sentence says so', () => {
    const page = `# Payments

## Our teams

- **Ledger** is the team that records every movement of money.
- **Card Vault** is the team that keeps card numbers safe.
`
    expect(teamPaths(imported(page).catalog)).toEqual([
      'Payments > Ledger',
      'Payments > Card Vault'
    ])
  })
})

describe('a title that names a team before one of its operations ("Infra Team Triage")', () => {
  it('is the page of that one team: its sections are its parts, not teams', () => {
    const page = `# Quillmark Build Team Triage

This page says how the build team triages its issues.

## Releases

The build team owns the release train and cuts a release every Tuesday.

- Tag the branch
- Publish the notes

## Incidents

The build team owns the pager for the build farm.

- Open an incident channel
- Write the review
`
    const plan = imported(page)
    expect(teamPaths(plan.catalog)).toEqual(['Engineering > Quillmark Build'])
    expect(plan.reading?.kind).toBe('one-team')
  })

  it('names the team for a triage page, a runbook or a rotation alike', () => {
    for (const page of ['Issue Triage', 'Runbooks', 'On-call Rotation', 'Guide']) {
      const titled = `# Quillmark Build Team ${page}

## Releases

The build team owns the release train and cuts a release every Tuesday.

- Tag the branch

## Incidents

The build team owns the pager for the build farm.

- Open an incident channel
`
      expect(teamPaths(imported(titled).catalog), page).toEqual(['Engineering > Quillmark Build'])
    }
  })
})

describe('pictographs before a title\'s words ("👋 Welcome to Ledger")', () => {
  it('decorate it: the title names the team its words name', () => {
    const page = `# 👋 Welcome to Ledger

Ledger keeps the books of every customer.

## 🛠️ Tech stack

- Kotlin
- PostgreSQL

## 📬 Contact

- #ledger on chat
`
    const teams = fileTeams(imported(page).catalog)
    expect(teams.map((team) => team.name)).toEqual(['Ledger'])
    expect(teams[0].stack).toEqual(['Kotlin', 'PostgreSQL'])
  })
})

describe('a title written as a breadcrumb ("[Playbook](../README.md) / InfraSec")', () => {
  it('is the page its last crumb names; its tutorials are reading, not teams', () => {
    const page = `# [Engineering Playbook](../README.md) / InfraSec

## Overview

We help project teams run their services safely, in the cloud and on premises.

## Cloud Providers

- AWS
- Azure

## Tutorials

### AWS

- [Setting up your user](./aws/user.md)
- [Your first function](./aws/lambda.md)

### Security

- [One-time passwords](./security/otp.md)
- [Hardware keys](./security/keys.md)
`
    const plan = imported(page)
    expect(teamPaths(plan.catalog)).toEqual(['Engineering > InfraSec'])
    const [team] = fileTeams(plan.catalog)
    expect([...team.stack, ...team.mentions]).toEqual(expect.arrayContaining(['AWS', 'Azure']))
    // Crumbs that are no links ("CI / CD") are the title's words, not a path.
    expect(teamPaths(imported(page.replace(/^# .*$/mu, '# CI / CD')).catalog)).toEqual([
      'Engineering > CI / CD'
    ])
  })
})

describe('a page titled by a job ("Platform Engineer"), as a careers page is', () => {
  it('is the page of the team its text calls one, not of a team named after the job', () => {
    const page = `# Senior Platform Engineer

Quillmark is hiring. The platform team is responsible for our Kubernetes clusters and our
Terraform modules, and you would join it.

## Our culture

We write things down and we ship small changes.
`
    const plan = imported(page)
    expect(teamPaths(plan.catalog)).toEqual(['Engineering > Platform'])
    // The job is the role the team is hiring for.
    expect(fileTeams(plan.catalog)[0].roles).toMatchObject([
      { title: 'Senior Platform Engineer', status: 'open' }
    ])
    // A job page whose text calls nothing a team stays the page of its title.
    expect(teamPaths(imported(page.replace('The platform team is', 'We are')).catalog)).toEqual([
      'Engineering > Senior Platform Engineer'
    ])
  })
})

describe("a job posting's sections on a team's page", () => {
  it('are who the team seeks, not its projects', () => {
    const page = `# Senior Platform Engineer

Quillmark is hiring a Senior Platform Engineer to join the Platform team.

## About the team

The Platform team runs our Kubernetes clusters and our Terraform modules.

## Requirements

- 5+ years with Go or Python
- Experience with Terraform

## Nice to have

- Rust
`
    const plan = imported(page)
    expect(fileTeams(plan.catalog)[0].projects.map((project) => project.title)).toEqual([])
    expect(plan.notes.map((note) => note.message)).toContain(
      'list under "Requirements" in team "Platform" read as the team\'s hiring, not its projects'
    )
  })
})

describe('a team page\'s "Hiring" or "Open roles" list', () => {
  it('gives the team its open roles, each with the technologies its title names', () => {
    const page = `# Payments Team

The Payments team owns checkout and refunds, in Go.

## Projects

- Checkout
- Refunds

## Hiring

- Senior Go Engineer
- Site Reliability Engineer (remote)
- We are always happy to hear from you.
`
    const plan = imported(page)
    const [team] = fileTeams(plan.catalog)
    expect(team.projects.map((project) => project.title)).toEqual(['Checkout', 'Refunds'])
    expect(team.roles).toEqual([
      { title: 'Senior Go Engineer', technologies: ['Go'], status: 'open' },
      { title: 'Site Reliability Engineer', technologies: [], status: 'open' }
    ])
  })
})

describe('a page whose opening says which team it is about', () => {
  it('is that team’s page under a title that names nothing ("About")', () => {
    const page = `# About

This document provides some information about the infrastructure team.

## Stakeholders

The stakeholders of the infrastructure team are:

- _Developers_: they download releases from it.
- _Sponsors_: they give us credits to use their services.

## Values

We put wellbeing first.
`
    expect(teamPaths(imported(page).catalog)).toEqual(['Engineering > Infrastructure team'])
  })

  it('names none when the opening is about something else', () => {
    const page = `# About

This document provides some information about the release process.

## Stakeholders

- _Developers_: they download releases from it.
- _Sponsors_: they give us credits to use their services.
`
    const result = importGuide(page, { file: 'about.md' })
    const teams = result.ok ? teamPaths(result.value.catalog) : []
    expect(teams.join('\n')).not.toMatch(/release/iu)
  })
})

describe("a team's playbook, manual or wiki", () => {
  it('is that team’s page, named by the team, whatever section holds its information', () => {
    const page = `# Platform Team Playbook

* [FAQ](platform_faq.md)

## Team Information

### Team Goals

* Robust internal tools and infrastructure
* Powerful data and APIs

### Our Apps

* [Gravity](https://github.com/acme/gravity): main API
* [Gemini](https://github.com/acme/gemini): image processing
`
    expect(teamPaths(imported(page).catalog)).toEqual(['Engineering > Platform'])
  })
})
