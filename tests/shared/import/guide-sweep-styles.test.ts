// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams, teamPaths } from '../../fixtures/imported-catalog'
import { TechnologyDictionary } from '../../../src/shared/technology/technology-dictionary'

/**
 * Rules found by a sweep of new public team pages (issue 14/15, 2026-12-05), in the styles the
 * blind held-out set lists. Each fixture is written in the style of the swept pages, not copied
 * from them, and fails without its rule.
 */

function pairs(markdown: string): string[] {
  return fileTeams(imported(markdown).catalog).flatMap((team) =>
    [...(team.stack ?? []), ...(team.mentions ?? [])].map((name) => `${team.name}: ${name}`)
  )
}

describe('a one-team page title with an aside in parentheses', () => {
  const page = `---
title: "Storage Operations Team (formerly the Storage Reliability (SRE) team)"
---

## Mission

The team runs the PostgreSQL clusters of the hosted service.

## Team Members

{{< team-by-manager-slug "jdoe" >}}

## Escalations

We have an escalation process for storage incidents.

## Key Skills

The team has expertise in:

- Tuning PostgreSQL in production.
- Configuration management with tools such as Ansible and Terraform.
`
  it('reads the page as that one team, its sections as parts of it', () => {
    expect(teamPaths(imported(page).catalog)).toHaveLength(1)
    expect(fileTeams(imported(page).catalog)[0].name).toMatch(/^Storage Operations/u)
  })

  it("gives the page's technologies to that team, not to a section read as a team", () => {
    expect(pairs(page).sort()).toEqual(
      ['Ansible', 'PostgreSQL', 'Terraform'].map((name) => `${teamOf(page)}: ${name}`)
    )
  })
})

function teamOf(markdown: string): string {
  return fileTeams(imported(markdown).catalog)[0].name
}

describe("a table of a team's projects", () => {
  it('reads rows with a repository location as projects, not teams with a stack', () => {
    const page = `---
title: "Packaging"
---

## Overview

The Packaging team builds the installers.

## All Projects

| Name | Location | Description |
| --- | --- | --- |
| Linux packages | [acme/packages](https://example.com/acme/packages) | Builds packages for Ubuntu and Debian |
| Container image | [acme/image](https://example.com/acme/image) | Builds the Docker image |
| Helm chart | [acme/charts](https://example.com/acme/charts) | Deploys on Kubernetes |
`
    const names = fileTeams(imported(page).catalog).map((team) => team.name)
    expect(names).not.toContain('Linux packages')
    expect(names).not.toContain('Helm chart')
    expect(pairs(page).filter((pair) => /^(?:Linux|Container|Helm) /u.test(pair))).toEqual([])
  })
})

describe('a title-case phrase before parentheses', () => {
  const dictionary = new TechnologyDictionary()
  const names = (text: string) => dictionary.find(text).map((match) => match.name)

  it('reads a technology that opens a description in parentheses', () => {
    expect(
      names('- Database Observability (Prometheus instrumentation, workload analysis)')
    ).toEqual(['Prometheus'])
  })

  it("still reads a person's employer alone in parentheses as no technology", () => {
    expect(names('Chairs: John Q. Smith (VMware); Jane Roe (Red Hat, Inc.)')).toEqual([])
  })
})
