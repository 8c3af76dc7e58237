// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importedTeam } from '../../fixtures/guides'

/**
 * A team page's "Vision", "3 year goals", "Short-term" and "Philosophy" parts (session 11, helper
 * h63's sweep: four of nine new team pages, two small-team pages, a release team's page and a
 * handbook group page, made 32 projects of them): their lists say where the team wants to get,
 * not what it works on, so they are never projects; a technology they name is still mentioned.
 * Fixture written in that style, not copied.
 */
describe('aims parts of a team page', () => {
  it('makes no projects of a team’s goals, vision, horizon and philosophy lists', () => {
    const found = importedTeam(`# Checkout team

The Checkout team builds the payment pages of Acme's shops.

## Vision

The Checkout team will:

- Make paying as quick as opening a door
- Never lose a basket, even offline

## Roadmap

### 2 year goals
* Every shop takes card and wallet payments
* Checkout pages load in under a second

### Short-term

- Cut build times of the checkout service in half

- Move the fraud checks to Kafka consumers

## How we work

### Philosophy

- We write the runbook before we ship
- Small changes, shipped daily
`)
    expect(found.projects).toEqual([])
    expect(found.mentions).toContain('Kafka')
  })

  it('makes no projects of how a team works or is asked for help (session 11, the lead, from both sweeps)', () => {
    const found = importedTeam(`# Delivery team

The Delivery team ships every release of Acme's apps.

## Current work

- Release train automation

## Requesting our support

- This channel is regularly checked
- Please do NOT message an engineer directly

## Rituals

- Daily standup
- Bi-weekly retrospective

## Runbook

1. Update the service.yaml file
2. Roll the deployment in Kubernetes
`)
    expect(found.projects.map((project) => project.title)).toEqual(['Release train automation'])
    expect(found.mentions).toContain('Kubernetes')
  })

  it('still reads a list of work under a heading of projects as projects', () => {
    const found = importedTeam(`# Checkout team

The Checkout team builds the payment pages of Acme's shops.

## Goals and current projects

- Wallet payments
- One-page checkout
`)
    expect(found.projects.map((project) => project.title)).toEqual([
      'Wallet payments',
      'One-page checkout'
    ])
  })

  it('reads a list its introduction says is projects, under any heading', () => {
    const found = importedTeam(`# Checkout team

## Mission

Make paying easy. The projects we are working on:

- Wallet payments
- One-page checkout
`)
    expect(found.projects.map((project) => project.title)).toEqual([
      'Wallet payments',
      'One-page checkout'
    ])
  })
})
