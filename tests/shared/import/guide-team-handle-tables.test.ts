// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'
import { fileTeams, teamPaths } from '../../fixtures/imported-catalog'

/**
 * Rules from the check errors of h54's sweep: a maintainers file whose tables of "people" give
 * a code host's team per row, under role headings, beside an escalation path. Made up in that
 * style; each expectation fails without its rule.
 */
const page = `# Maintainers

## Active Maintainers

### Project Lead

| Name | GitHub | Area |
|:---|:---|:---|
| Acme Founders | [@acme/founders](https://github.com/orgs/acme/teams/founders) | Overall direction |

### Core Maintainers

| Name | GitHub | Area |
|:---|:---|:---|
| Core Team | [@acme/core](https://github.com/orgs/acme/teams/core) | \`core/\` crates |

### Domain Maintainers

| Name | GitHub | Area |
|:---|:---|:---|
| Radio Team | \`@acme/radio\` | \`radio/\` drivers |
| Storage Team | \`@acme/storage\` | \`storage/\` engines |

### Security Team

| Name | GitHub | Area |
|:---|:---|:---|
| Security Team | [@acme/security](https://github.com/orgs/acme/teams/security) | Crypto and triage |

## Escalation Path

- **Domain question or PR review**: ask the domain's team
- **Security vulnerability**: write to the security team
`

describe("a table of a code host's teams under headings of people", () => {
  it('reads each row as a team, each at the top of the page', () => {
    const plan = imported(page)
    expect(teamPaths(plan.catalog).map((path) => path.split(' > ').pop())).toEqual([
      'Acme Founders',
      'Core Team',
      'Radio Team',
      'Storage Team',
      'Security Team'
    ])
    // No unit made of a role ("Project Lead") or of the team's own heading ("Security Team").
    for (const path of teamPaths(plan.catalog)) {
      expect(path).not.toMatch(/Project Lead|Security Team >/u)
    }
  })

  it('reads an escalation path as process, not teams', () => {
    const plan = imported(page)
    expect(fileTeams(plan.catalog).map((team) => team.name)).not.toContain('Security vulnerability')
  })
})

describe('a list of code host teams by their handles', () => {
  it('reads each "@org/team — text" item as the team its handle names', () => {
    // Session 22: "- @acme/payments — owns billing" under "# Teams" gave no team (read as an
    // account), and a bold handle kept its "@acme/" where a heading of one drops it.
    for (const written of ['@harbour/ledger', '**@harbour/ledger**', '`@harbour/ledger`']) {
      const plan = imported(`# Teams

- ${written} — owns invoices and refunds
- ${written.replace('ledger', 'lookup')} — owns search
- ${written.replace('ledger', 'gatehouse')} — owns sign-in
`)
      expect(fileTeams(plan.catalog).map((team) => [team.name, team.summary])).toEqual([
        ['ledger', 'owns invoices and refunds'],
        ['lookup', 'owns search'],
        ['gatehouse', 'owns sign-in']
      ])
    }
  })
})

describe('a list of teams by their lower-case slugs', () => {
  it('reads "payments — owns billing" under a teams heading as the team "payments"', () => {
    // Session 22: slugs as code hosts and chat channels name teams gave no team (no capital).
    const plan = imported(`# Teams

- ledger — owns invoices and refunds
- lookup-core: owns search and ranking
- gatehouse — owns sign-in
`)
    expect(fileTeams(plan.catalog).map((team) => [team.name, team.summary])).toEqual([
      ['ledger', 'owns invoices and refunds'],
      ['lookup-core', 'owns search and ranking'],
      ['gatehouse', 'owns sign-in']
    ])
  })

  it('leaves a glossary of lower-case terms beside the teams alone', () => {
    const plan = imported(`# Engineering

## Ledger

The Ledger team owns invoices.

## Lookup

The Lookup team owns search.

## Glossary

- sprint: two weeks of work
- standup — a daily call
- retro: a look back at the sprint
`)
    expect(fileTeams(plan.catalog).map((team) => team.name)).toEqual(['Ledger', 'Lookup'])
  })
})
