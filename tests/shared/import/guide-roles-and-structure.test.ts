// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * An open project's community page lists the roles its people hold beside its bodies ("Committer
 * is anyone with commit access", "Contributor is anyone who sends a patch", "Code Owner is the
 * person responsible for an area") in one list (issue 14, session 15, from the opened sets).
 * Made-up pages in that style.
 */
const names = (markdown: string): string[] =>
  teamPaths(imported(markdown).catalog).map((path) => path.split(' > ').at(-1)!)

describe("a project's roles of people in its list of teams", () => {
  const page = `# Heron Project

## Teams

* __[Steering Team](#steering-team)__ is the small group that sets the direction of the project
* __[Code Owner](#code-owners)__ is the person responsible for one area of the code
* __[Committer](/contributing/#commit-access)__ is anyone with commit access to the repositories
* __[Contributor](/contributing/)__ is anyone who sends a patch or reviews one
* __[Approver](/contributing/#approvers)__ is anyone who may approve a change
* __[Release Team](#release-team)__ is the group that cuts and ships every release
`

  it('are people, not teams', () => {
    expect(names(page)).toEqual(['Steering Team', 'Release Team'])
  })
})

/**
 * "## Community Structure", "## Project Structure": a heading that says how the community or
 * project is laid out heads its list of bodies, as "Organization structure" does; it is no unit
 * of its own (issue 14, session 15, from the opened sets: such a heading over a list of roles,
 * the core team and a bold "Workgroups" line over five workgroups was read as a division, its
 * list left out).
 */
describe("a heading of the community's or project's structure", () => {
  const page = (heading: string) => `---
title: Community Overview
---

The Heron community builds an open language in the open, with anyone who wishes to join.

## ${heading}

The project needs a clear lead. Roles within the community include:

* __[Steering Team](#steering-team)__ is the small group that sets the direction of the project
* __[Committer](/contributing/#commit-access)__ is anyone with commit access to the repositories
* __[Contributor](/contributing/)__ is anyone who sends a patch or reviews one
* __Workgroups__
   * __[Docs Workgroup](/docs-workgroup)__ is a team that guides the documentation of Heron
   * __[Tooling Workgroup](/tooling-workgroup)__ is a team that looks after the editor plug-ins
   * __[Website Workgroup](/website-workgroup)__ is a steering team for the project's website

#### Steering Team

The Steering Team sets the direction of the project and appoints the workgroups' members.
`

  it.for(['Community Structure', 'Project Structure', 'Company structure'])(
    'reads "## %s" as no level, its list as the teams',
    (heading) => {
      const paths = teamPaths(imported(page(heading)).catalog)
      expect(paths.some((path) => path.includes(heading))).toBe(false)
      expect(paths.map((path) => path.split(' > ').at(-1))).toEqual(
        expect.arrayContaining([
          'Steering Team',
          'Docs Workgroup',
          'Tooling Workgroup',
          'Website Workgroup'
        ])
      )
      expect(paths).toContain('Workgroups > Docs Workgroup')
    }
  )
})
