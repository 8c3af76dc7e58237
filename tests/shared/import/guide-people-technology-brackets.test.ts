// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

const teams = (markdown: string) =>
  imported(markdown, { file: 'README.md' }).catalog.divisions.flatMap((division) => division.teams)

describe('a person in a team’s people list with a bracket of technologies', () => {
  it('"- Ana Silva (Go, Kafka)" under "## People" is one of the team’s people', () => {
    const [team] = teams(`# Payments team

We own card payments and refunds.

## People

- Ana Silva (Go, Kafka)
- Bo Lindqvist (React)
- Chen Wei (Engineering Manager)
`)
    expect([team.members, team.lead?.name]).toEqual([3, 'Chen Wei'])
  })

  it('counts them in a "Members:" line too', () => {
    expect(
      teams(`# Acme Engineering

## Identity

Owns login and SSO.

Members: Dara Okafor (Go), Eli Cohen (Rust, PostgreSQL), Femi Ade (Lead)

## Search

Owns product search.

Members: Gus Lee (Elasticsearch), Hana Kim (Python)
`).map((team) => [team.name, team.members])
    ).toEqual([
      ['Identity', 3],
      ['Search', 2]
    ])
  })

  it('mentions what its people’s brackets name: the team’s people work with it', () => {
    const [team] = teams(`# Payments team

We own card payments and refunds.

## Team members

- Ana Silva (Backend Engineer, Go, Kafka)
- Bo Lindqvist (React)
- Chen Wei (Engineering Manager)
`)
    expect([team.stack, team.mentions]).toEqual([[], ['Go', 'Kafka', 'React']])
  })

  it('mentions them from a "People:" line and a dash-and-role list as well', () => {
    expect(
      teams(`# Acme Engineering

## Identity

Owns login and SSO.

**People:** Dara Okafor (Staff Engineer, Go), Eli Cohen (SRE, Terraform), Femi Ade (Lead)

## Mobile

Builds the apps.

### Team

- **Ana Ruiz** — Tech Lead (Swift)
- **Bo Chen** — Senior Engineer (Kotlin)
`).map((team) => [team.name, [...team.mentions].sort()])
    ).toEqual([
      ['Identity', ['Go', 'Terraform']],
      ['Mobile', ['Kotlin', 'Swift']]
    ])
  })
})
