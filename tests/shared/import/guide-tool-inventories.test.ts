// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importGuide } from '../../../src/shared/import/import-guide'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/** The teams a page gives, or none when the import finds no team. */
function teamNames(markdown: string): string[] {
  const result = importGuide(markdown, { file: 'guide.md' })
  return result.ok ? fileTeams(result.value.catalog).map((team) => team.name) : []
}

/**
 * A tool inventory, a heading per tool (session 21 sweep: the held-out page that gave 59 teams
 * was one; so is a real agency page with a heading per kind of tool). Each tool's section has a
 * line and a list, as a team's does, and all are written alike: read by their names, most of
 * them technologies, they are tools, not teams. Fixtures made up; the tools are well known.
 */
describe('tool inventories', () => {
  it('reads no team from a heading per tool, though one tool is an unknown internal one', () => {
    const page = `# Engineering tools

This page lists the tools we use and who to ask about them.

## Jira

We track all work in Jira. Ask in #help-jira for access.

- Boards per squad
- Sprints of two weeks

## Sentry

Sentry collects the errors of every service.

- Alerts go to the owning channel
- Releases are tagged on deploy

## Terraform

All infrastructure is written in Terraform and applied from CI.

- Modules live in the infra repository
- Plans are reviewed like code

## Grapevine

Our own feature-flag console.

- One flag per experiment
- Flags expire after a quarter

## Datadog

Dashboards and monitors for every service.

- One dashboard per service
- Monitors page the on-call engineer
`
    expect(teamNames(page)).toEqual([])
  })

  it('keeps teams written alike whose names are not technologies, and one named by a tool', () => {
    const page = `# Platform teams

## Pipelines

Builds and deploys every service.

- The build farm
- The deploy tool

## Observability

Runs the metrics and logging stack on Prometheus.

- Dashboards
- Alert routing

## Kafka

Runs the event streams every team publishes to.

- The brokers
- The schema registry
`
    expect(fileTeams(imported(page).catalog).map((team) => team.name)).toEqual([
      'Pipelines',
      'Observability',
      'Kafka'
    ])
  })

  it('keeps platform teams named by technologies when the page calls them teams', () => {
    const page = `# Mobile

## iOS

The iOS team builds the iPhone and iPad apps.

- The checkout flow
- Push notifications

## Android

The Android team builds the phone app.

- The checkout flow
- Offline mode

## Flutter

Our newest app, for tablets.

- The tablet layout
- Sync
`
    expect(fileTeams(imported(page).catalog).map((team) => team.name)).toEqual([
      'iOS',
      'Android',
      'Flutter'
    ])
  })
})
