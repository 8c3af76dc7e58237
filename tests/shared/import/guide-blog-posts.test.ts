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
