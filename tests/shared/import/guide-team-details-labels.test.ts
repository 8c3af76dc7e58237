// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams } from '../../fixtures/imported-catalog'

/**
 * A team's details written under bold labels, as engineering-organization templates lay them
 * out: "**Description:** …", "**Primary Responsibilities:**" over a list, "**Team Members:**"
 * over a Name | Role | Responsibilities | Contact table, "**Tech Stack:**" over a list and
 * "**Communication:**" over "- **Standup:** …" lines (session 19, the lead's own page after a
 * public template filled in that way came out wrong: the communication lines were read as two
 * teams, making each team a group of them and dropping its details; the members table gave no
 * people; "Description:" and "Team Members:" stayed in the summary).
 */
const page = `# Engineering Organization

An overview of our engineering teams for planning.

## Team Details

### Ledger

**Description:** Keeps the books: every payment and refund, double-entry.

**Primary Responsibilities:**
- Journal service
- Month-end reconciliation

**Team Members:**

| Name | Role | Responsibilities | Contact |
|------|------|------------------|---------|
| Hana Sato | Engineering Manager | People and delivery | @hana |
| Diego Ruiz | Senior Engineer | Journal | @diego |
| Femi Ade | Engineer | Reconciliation | @femi |

**Tech Stack:**
- Java
- PostgreSQL

**Communication:**
- **Standup:** Daily 9:15
- **Team Channel:** #team-ledger

### Onboarding

**Description:** Gets new customers from sign-up to first payment.

**Primary Responsibilities:**
- Sign-up flow
- Identity checks

**Team Members:**

| Name | Role | Responsibilities | Contact |
|------|------|------------------|---------|
| Noor Haddad | Tech Lead | Identity | @noor |
| Pia Berg | Engineer | Sign-up | @pia |

**Tech Stack:**
- TypeScript
- React

**Communication:**
- **Standup:** Daily 10:00
- **Team Channel:** #team-onboarding
`

describe("a team's details under bold labels", () => {
  const [ledger, onboarding] = fileTeams(imported(page).catalog)

  it('reads each team, with no team made of its communication lines', () => {
    expect([ledger.name, onboarding.name]).toEqual(['Ledger', 'Onboarding'])
    expect(ledger.projects).toEqual([])
    expect(ledger.responsibilities).toEqual(['Journal service', 'Month-end reconciliation'])
  })

  it('counts the people of the members table and takes its manager or tech lead as lead', () => {
    expect([ledger.members, ledger.lead?.name]).toEqual([3, 'Hana Sato'])
    expect([onboarding.members, onboarding.lead?.name]).toEqual([2, 'Noor Haddad'])
  })

  it('keeps the stack and a summary without its labels', () => {
    expect(ledger.stack).toEqual(['Java', 'PostgreSQL'])
    expect(ledger.summary).toBe('Keeps the books: every payment and refund, double-entry.')
  })
})
