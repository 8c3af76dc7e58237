// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules kept by cross-validation (issue 14, 2026-12-05, helper h51): a page of teams named by
 * their code host handles ("# @acme/admins") imported as no team. Fixtures in its style.
 */

describe('teams named by their code host handles', () => {
  const page = `# People

* Ana Lee, Acme (@ana)
* Bo Chen, Acme (@bo)

# Teams

The sections below list the members of the organization's teams.

# \`@acme/admins\`

* @ana

## \`@acme/developers\`

* @ana
* @bo
`

  it('reads each handle heading as a team, a nested one beside the other', () => {
    expect(teamPaths(imported(page).catalog).map((path) => path.split(' > ').at(-1))).toEqual([
      'admins',
      'developers'
    ])
  })
})
