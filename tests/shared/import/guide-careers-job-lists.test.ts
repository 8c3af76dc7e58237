// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

const teams = (markdown: string): [string, string[]][] =>
  imported(markdown, { file: 'README.md' })
    .catalog.divisions.flatMap((division) => division.teams)
    .map((team) => [team.name, team.roles.map((role) => role.title)])

describe('a careers page whose team headings hold only job titles', () => {
  it('reads each heading as a team hiring, under "Open roles by team"', () => {
    expect(
      teams(`# Careers at Tidewater

We're hiring across engineering.

## Open roles by team

### Payments

- Senior Backend Engineer
- Staff SRE

### Mobile

- iOS Engineer

## Benefits

- Remote-first
`)
    ).toEqual([
      ['Payments', ['Senior Backend Engineer', 'Staff SRE']],
      ['Mobile', ['iOS Engineer']]
    ])
  })

  it('under "Open positions" on a page titled "Join Northwind"', () => {
    expect(
      teams(`# Join Northwind

## Open positions

### Data Platform

- Data Engineer
- Senior Data Engineer

### Web

- Frontend Developer (React)
`)
    ).toEqual([
      ['Data Platform', ['Data Engineer', 'Senior Data Engineer']],
      ['Web', ['Frontend Developer']]
    ])
  })

  it('on a page titled "Jobs", each title linked to its ad', () => {
    expect(
      teams(`# Jobs

## Payments

- [Senior Backend Engineer](https://lumen.example/jobs/1)
- [Staff SRE](https://lumen.example/jobs/2)

## Search

- [Machine Learning Engineer](https://lumen.example/jobs/3)
`)
    ).toEqual([
      ['Payments', ['Senior Backend Engineer', 'Staff SRE']],
      ['Search', ['Machine Learning Engineer']]
    ])
  })
})
