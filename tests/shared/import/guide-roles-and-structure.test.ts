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
