// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * A heading naming a person by what they do, "User that submits issue", "Anyone who reports a
 * bug": a role in the page's process, beside the teams that handle what they do, and no team
 * (session 22's sweep: a volunteer campaign's numbered team headings opened on such a role, read
 * as one more team). Made-up names.
 */
describe('a heading naming a person by what they do', () => {
  it.each(['User that submits a request', 'Anyone who reports a bug', 'People who file issues'])(
    '"%s" is a role, no team',
    (role) => {
      const plan = imported(`# Harbor Works teams

We have defined teams and responsibilities so that we can move forward together.

## 1. ${role}

Anyone who would like to add a request for their town opens an issue following the guidelines.

## 2. Triage Team

A person on the triage team is the first to review newly opened issues.

## 3. Review Team

The review team edits and approves each request before it is published.
`)
      expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual([
        'Triage Team',
        'Review Team'
      ])
    }
  )
})
