// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * An engineering blog post by one team of an organization: a title naming the organization, the
 * team only as "our developer team" in its prose, and headlines for sections (session 16, from
 * the thirteenth set, opened: its sections were made four teams with nineteen false pairs).
 * Fixtures in that style, not copied.
 */
const POST = `---
title: "Technology choices at Harbor"
---
A few weeks ago we opened our hiring campaign, and people asked which languages our developer team works in.

## Being pragmatic and moving quickly

Most of what we build are web applications, in Laravel and PHP.

## Goal 1: Optimizing for reuse

Our partners run what we build, so we pick what their IT teams know, like Drupal.

## Goal 2: Trying new things

We also build with React and Node.js.

## The road ahead

We will keep sharing what we learn. Our small team is growing: come and work at Harbor.
`

describe('a blog post by one team', () => {
  it('is the page of the team its writers call theirs, with the post’s stack', () => {
    const { catalog } = imported(POST)
    expect(catalog.company.name).toBe('Harbor')
    expect(teamPaths(catalog)).toEqual(['Engineering > Developer'])
    const [team] = catalog.divisions[0].teams
    const technologies = [...team.stack, ...team.mentions]
    expect(technologies).toEqual(expect.arrayContaining(['Laravel', 'PHP', 'Drupal', 'React']))
  })

  it('reads no headline as a team', () => {
    const names = teamPaths(imported(POST).catalog).join('\n')
    expect(names).not.toMatch(/Goal|pragmatic|road ahead/u)
  })

  it('names no team by a title running into the text ("our offsite" then "The Billing team")', () => {
    const { catalog } = imported(`# Notes from our offsite

The Billing team showed a demo in Kotlin. The Search team showed one in Go.
`)
    expect(teamPaths(catalog).join('\n')).not.toMatch(/Offsite The Billing/iu)
  })
})

describe('a blog post with a markdown title and a headline over words a team page uses', () => {
  // h111's QA: "The road ahead" over "Next we will adopt Bazel for builds" was the post's one
  // team ("builds" reads as what a team works on; "The" capitalized was no headline), and the
  // opening's Rust, C++ and Ansible were lost.
  const post = `# Engineering at Lumen Robotics

Our developer team ships the software that runs on every Lumen robot. We write most of it in Rust, with some C++ for the motor controllers, and we deploy with Ansible.

## Being pragmatic about rewrites

We moved the planner from C++ to Rust last year.

## Goal 1: faster releases

We release every two weeks now.

## The road ahead

Next we will adopt Bazel for builds.
`

  it('is the writers’ team’s page, with the stack the whole post names', () => {
    const { catalog } = imported(post)
    // The markdown title names the organization, as the front matter's does.
    expect(catalog.company.name).toBe('Lumen Robotics')
    expect(teamPaths(catalog)).toEqual(['Engineering > Developer'])
    const [team] = catalog.divisions[0].teams
    expect([...team.stack, ...team.mentions]).toEqual(
      expect.arrayContaining(['Rust', 'C++', 'Ansible', 'Bazel'])
    )
  })
})

describe('team headings written in sentence case, opening on a line of work in -ing', () => {
  // h112's QA: "# Teams" over "## Billing and invoicing platform", "## Marketing data and
  // analytics", "## Shipping and returns operations" and "## Customer accounts" gave four teams
  // before the headline rule and none after it: a gerund over three words in lower case read as a
  // post's headline, though "Billing" and "Marketing" name work, as teams are named.
  const PAGE = `# Teams

## Billing and invoicing platform
Generates invoices and runs the payment schedule. Stack: Java, PostgreSQL.

## Marketing data and analytics
Campaign attribution and reporting. Stack: Python, dbt.

## Shipping and returns operations
Label printing, carriers and returns. Stack: Go.

## Customer accounts
Login and profile. Stack: Ruby.
`

  it('reads each heading as a team', () => {
    expect(teamPaths(imported(PAGE).catalog)).toEqual([
      'Engineering > Billing and invoicing platform',
      'Engineering > Marketing data and analytics',
      'Engineering > Shipping and returns operations',
      'Engineering > Customer accounts'
    ])
  })
})
