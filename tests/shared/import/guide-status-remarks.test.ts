// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'
import { teamNameAsRead } from '../../../src/shared/import/team-name'

/**
 * A team heading's status in brackets after its name ("Triage Team [Needs people!]", "Review
 * Team (hiring!)", "Docs [WIP]"): how the team stands today, no word of its name, and no sign
 * that the section is a page of jobs (session 22's sweep: a volunteer project's team page wrote
 * two of its team headings so, and the teams came out named with the remark). Made-up names.
 */
describe('a status remark after a team heading', () => {
  it('is no part of the name', () => {
    expect(teamNameAsRead('Triage Team [Needs people!]', [])).toBe('Triage Team')
    expect(teamNameAsRead('Docs [WIP]', [])).toBe('Docs')
    expect(teamNameAsRead('Search (Deprecated)', [])).toBe('Search')
    expect(teamNameAsRead('Mobile [looking for volunteers]', [])).toBe('Mobile')
  })

  it('leaves brackets that say which one, or a placeholder', () => {
    expect(teamNameAsRead('Cloud (Managed Instances)', [])).toBe('Cloud (Managed Instances)')
    expect(teamNameAsRead('Payments [EU]', [])).toBe('Payments [EU]')
  })

  it('reads each team of a page of such headings, hiring or not', () => {
    const plan = imported(`# Harbor Works teams

We have defined teams and responsibilities so that we can move forward together.

## 1. Triage Team [Needs people!]

A person on the triage team is the first to review newly opened issues.

## 2. Review Team (hiring!)

The review team edits and approves each request before it is published.

## 3. Publishing Team

The publishing team opens a pull request for each approved request.
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([
      'Triage Team',
      'Review Team',
      'Publishing Team'
    ])
  })
})
