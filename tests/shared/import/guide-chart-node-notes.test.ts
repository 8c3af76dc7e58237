// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

const teams = (markdown: string): [string, string[]][] =>
  imported(markdown, { file: 'README.md' })
    .catalog.divisions.flatMap((division) => division.teams)
    .map((team) => [team.name, team.stack])

describe('an org chart node whose note is one technology', () => {
  it('reads "Mobile — Swift" in a text tree as the team Mobile with Swift', () => {
    expect(
      teams(`# Acme teams

\`\`\`
Engineering (CTO: Ana Silva)
├── Web team — React
├── Mobile — Swift
├── Data — Spark
└── Platform — Go
\`\`\`
`)
    ).toEqual([
      ['Web team', ['React']],
      ['Mobile', ['Swift']],
      ['Data', ['Spark']],
      ['Platform', ['Go']]
    ])
  })

  it('reads a mermaid node "Mobile - Swift" the same way, not as a team "Mobile - Swift"', () => {
    expect(
      teams(`# Northwind teams

\`\`\`mermaid
graph TD
  ENG[Engineering] --> WEB[Web team - React]
  ENG --> MOB[Mobile - Swift]
  ENG --> DATA[Data - Spark]
  ENG --> OPS["Ops (Lead: Bo Chen)"]
\`\`\`
`)
    ).toEqual([
      ['Web team', ['React']],
      ['Mobile', ['Swift']],
      ['Data', ['Spark']],
      ['Ops', []]
    ])
  })
})

describe('a team list line whose description is only technologies', () => {
  const stacks = (markdown: string): [string, string[], string][] =>
    imported(markdown, { file: 'README.md' })
      .catalog.divisions.flatMap((division) => division.teams)
      .map((team) => [team.name, team.stack, team.summary])

  it('"- Mobile — Swift" under an org chart heading: Swift is the stack, not the summary', () => {
    expect(
      stacks(`# Lumen org chart

- Engineering
  - Web team — React
  - Mobile — Swift
  - Data — Spark
`)
    ).toEqual([
      ['Web team', ['React'], ''],
      ['Mobile', ['Swift'], ''],
      ['Data', ['Spark'], '']
    ])
  })

  it('"- **Web**: React, TypeScript" in a list of teams', () => {
    expect(
      stacks(`# Teams

- **Web**: React, TypeScript
- **Payments**: card payments and refunds
`)
    ).toEqual([
      ['Web', ['React', 'TypeScript'], ''],
      ['Payments', [], 'card payments and refunds']
    ])
  })
})
