// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'
import { statedTeamCount } from '../../../src/shared/import/stated-team-count'

/**
 * A page titled by its organization's name alone ("# Brightwave") over sections that describe
 * its teams: the title names the company when the text says so ("Brightwave is a logistics
 * company") or the sections are as many as the teams the text says it has ("has three teams").
 * Found by QA (session 16): such a page was read as one team named after the company.
 */
describe('a page titled by its organization alone', () => {
  it('names the company when the text says what kind of organization it is', () => {
    const plan = imported(`# Brightwave

Brightwave is a logistics company based in Leeds. This page describes our engineering teams.

## Routing

Plans delivery routes. Written in Python with OR-Tools.

## Warehouse

The warehouse management system, in Java and Spring Boot.
`)
    expect(plan.catalog.company.name).toBe('Brightwave')
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Routing', 'Warehouse'])
  })

  it('holds the teams the text counts, each a section written alike', () => {
    const plan = imported(`# Brightwave

Brightwave builds payment software for small shops. Our engineering organization has three teams.

## Payments

Owns card and bank transfers. Stack: Go, PostgreSQL, Kafka.

## Mobile

Builds the iOS and Android apps in Swift and Kotlin.

## Platform

Runs our Kubernetes clusters on AWS with Terraform.
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([
      'Payments',
      'Mobile',
      'Platform'
    ])
  })

  it("stays one team's page when the count is of something else", () => {
    const plan = imported(`# Brightwave

Brightwave is the team behind our checkout. It has three priorities this year.

## Checkout

Faster card payments. Written in Go.

## Refunds

Refunds in one click.

## Disputes

Fewer chargebacks.
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Brightwave'])
  })

  it('reads a name written over its sentence as the name alone', () => {
    expect(
      imported(`# Acme

Acme is a logistics company based in Leeds.

## Routing

Plans delivery routes.

## Depots

Runs the depots.
`).catalog.company.name
    ).toBe('Acme')
  })
})

describe('statedTeamCount', () => {
  it('reads the count a page gives of its own teams, in digits or words', () => {
    expect(statedTeamCount('Our engineering organization has three teams.')).toBe(3)
    expect(statedTeamCount('Engineering is organized into 5 squads.')).toBe(5)
    expect(statedTeamCount('Meet our four product teams below.')).toBe(4)
  })

  it('reads none where no count, or two different counts, are given', () => {
    expect(statedTeamCount('Two teams worked on the launch.')).toBeUndefined()
    expect(statedTeamCount('It has three priorities.')).toBeUndefined()
    expect(statedTeamCount('We have three teams in Leeds and of 5 teams in all.')).toBeUndefined()
  })
})

describe('bold-label paragraphs as many as the teams the page counts', () => {
  it('are those teams, whatever word names one', () => {
    const plan = imported(`# Engineering at Quillmate

Quillmate builds note-taking apps. Our engineering group has four teams.

**Editor**
: The rich-text editor and its plugins. TypeScript, ProseMirror.

**Sync**
: Real-time sync between devices. PostgreSQL.

**Mobile**
: iOS and Android apps. Swift, Kotlin.

**Infrastructure**
: Kubernetes on GCP, Terraform, Grafana.
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([
      'Editor',
      'Sync',
      'Mobile',
      'Infrastructure'
    ])
  })
})
