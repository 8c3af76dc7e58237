// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams, teamPaths } from '../../fixtures/imported-catalog'

/**
 * A page titled for how the organization itself is laid out: "The Harbor Institute
 * organisation", "harborworks.org Team Organization" (session 22's sweep: a national archive's
 * engineering handbook and a volunteer campaign's team page, each read as one more unit named
 * for the organization above its teams). A proper name with "The", or a web address, names an
 * organization, never a department ("Data Team Organization", "Platform org" stay units).
 * Made-up names.
 */
describe('a title naming the organization before "organisation"', () => {
  it('names the company, no unit above the teams', () => {
    const plan = imported(`# The Harbor Institute organisation

## Digital directorate

The digital directorate at The Harbor Institute runs every public service. It has two teams.

### Catalogue team

The catalogue team owns the search service and its records API.

### Archiving team

The archiving team owns the ingest pipeline for born-digital records.
`)
    expect(plan.catalog.company.name).toBe('The Harbor Institute')
    expect(teamPaths(plan.catalog)).toEqual([
      'Digital directorate > Catalogue team',
      'Digital directorate > Archiving team'
    ])
  })

  it('reads a web address before "Team Organization" as the organization', () => {
    const plan = imported(`# harborworks.org Team Organization

We have defined teams and responsibilities so that we can move forward together.

## Triage Team

A person on the triage team is the first to review newly opened issues.

## Review Team

The review team edits and approves each request before it is published.

## Publishing Team

The publishing team opens a pull request for each approved request.
`)
    expect(plan.catalog.company.name).toBe('harborworks.org')
    expect(plan.catalog.divisions.map((division) => division.name)).not.toContain(
      'harborworks.org Team'
    )
    expect(fileTeams(plan.catalog)).toHaveLength(3)
  })

  it("leaves a department's own 'Team Organization' a unit", () => {
    const plan = imported(`# Data Team Organization

The Data Team is organized in three pillars.

## Analytics

The analytics team owns the dashboards.

## Platform

The platform team owns the warehouse.
`)
    expect(teamPaths(plan.catalog)[0]).toBe('Data Team > Analytics')
  })
})
